use crate::Span;
use serde::{Deserialize, Serialize};

/// Index of an attribution within its document's list (0-based, in output order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AttributionId(pub u32);

/// How the content is rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AttributionKind {
    /// The content is a quotation: `"We will not," she said.`
    Direct,
    /// Reported speech: `She said they would not.`
    Indirect,
    /// Reported speech that quotes some words: `She called it "a disaster".`
    Mixed,
    /// A source named for a claim without speech: `according to WP`, `citing officials`,
    /// `X reports with reference to Y`.
    Citation,
}

/// What kind of thing a source phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionClass {
    /// A named person: `Marco Rubio`, `Rubio`.
    Person,
    /// A named person with a title or role: `U.S. Secretary of State Marco Rubio`.
    TitledPerson,
    /// A news outlet or agency: `The Washington Post`, `Reuters`, `WP`.
    Outlet,
    /// Any other named or described body: `the State Department`, `the Kremlin`.
    Organization,
    /// An unnamed but specific source: `an official familiar with the situation`.
    Anonymous,
    /// A source too vague to check: `media reports`, `experts`, `sources say`.
    Vague,
    /// A personal pronoun: `he`, `she`, `they`.
    Pronoun,
    /// A reference back to an outlet: `the publication`, `the newspaper`, `the agency`.
    PublicationAnaphor,
    /// The publisher speaking of itself: `UNN reported that` in a UNN article.
    #[serde(rename = "self")]
    SelfRef,
}

/// A phrase that names a source or a recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Where the phrase lies in the input.
    pub span: Span,
    /// The phrase as written, without markup (the prose view's text, white space runs as one
    /// space).
    pub text: String,
    /// What kind of thing it names.
    pub class: MentionClass,
}

/// One attribution: a source, a cue and the content they attribute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// Position in the document's list.
    pub id: AttributionId,
    /// Direct, indirect, mixed or citation.
    pub kind: AttributionKind,
    /// The words that mark the attribution: `said`, `according to`, `told`, `:`.
    pub cue: Span,
    /// Who or what the content is attributed to, when stated.
    pub source: Option<Mention>,
    /// What is attributed, when it can be delimited.
    pub content: Option<Span>,
    /// Who was told: `told Reuters`.
    pub recipient: Option<Mention>,
    /// Where it was said: `on Twitter`, `in a statement`.
    pub medium: Option<Span>,
    /// Why the source is unnamed: `on condition of anonymity`, `familiar with the situation`.
    pub anonymity: Option<Span>,
    /// The attribution this one is reported through: in `"…," said an official, the
    /// publication writes`, the official's attribution has the publication's as parent.
    pub parent: Option<AttributionId>,
}

/// What the parser could not place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// An opening quotation mark that no closing mark matches before its quote must end.
    UnclosedQuote,
    /// A closing quotation mark with no opening mark before it.
    UnopenedQuote,
    /// Input the parser gave up on (too deeply nested, too long) and skipped.
    Skipped,
    /// A pronoun or anaphor (`he said`, `the publication writes`) with nothing to refer to.
    UnresolvedReference,
}

/// A problem found while parsing, with the span it concerns. Parsing never fails; it reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// What went wrong.
    pub kind: ProblemKind,
    /// Where.
    pub span: Span,
    /// A sentence for humans.
    pub message: String,
}

/// True for a lowercase noun naming a document a body issues (`statement`, `report`,
/// `figures`): in `a Plessey statement` or `provisional Bank of Italy figures` the body named
/// before it is the source.
pub fn is_document_noun(lower: &str) -> bool {
    matches!(
        lower,
        "statement"
            | "statements"
            | "report"
            | "reports"
            | "release"
            | "announcement"
            | "figures"
            | "data"
            | "statistics"
            | "survey"
            | "estimates"
            | "forecast"
    )
}

/// True for a lowercase noun of a document or a study a body puts out (`figures`, `analysis`,
/// `research`): `analysis by the Institute for Fiscal Studies` is the institute's.
pub fn is_study_noun(lower: &str) -> bool {
    is_document_noun(lower)
        || matches!(
            lower,
            "analysis"
                | "research"
                | "study"
                | "review"
                | "poll"
                | "audit"
                | "assessment"
                | "investigation"
                | "memo"
                | "letter"
                | "filing"
        )
}

/// True for a lowercase noun that describes one person the article has named, as sports,
/// feature and local copy refer back to them (`"…," the Arsenal boss said`, `the 34-year-old
/// said`, `the mother-of-two told ABC`): a role in a team, a relation, an age. Not the heads of
/// unnamed sources (`official`, `spokesman`, `dealer`), which stand for someone the article
/// does not name as often as for someone it did, nor the descriptions political copy gives
/// people other than the last it named (`the GOP front-runner`, `the businessman`).
pub fn is_description_noun(lower: &str) -> bool {
    // An age (`34-year-old`), or a parent counted (`mother-of-two`, `father-of-three`).
    let age = lower.ends_with("-year-old") && lower.starts_with(|c: char| c.is_ascii_digit());
    let counted = lower.split_once("-of-").is_some_and(|(who, _)| {
        matches!(
            who,
            "mother" | "father" | "mum" | "dad" | "grandmother" | "grandfather"
        )
    });
    age || counted
        || matches!(
            lower,
            "boss"
                | "coach"
                | "captain"
                | "skipper"
                | "midfielder"
                | "striker"
                | "forward"
                | "winger"
                | "defender"
                | "goalkeeper"
                | "keeper"
                | "batsman"
                | "bowler"
                | "pitcher"
                | "quarterback"
                | "rider"
                | "jockey"
                | "champion"
                | "star"
                | "veteran"
                | "youngster"
                | "teenager"
                | "rookie"
                | "debutant"
                | "newcomer"
                | "grandmother"
                | "grandfather"
                | "mother"
                | "father"
                | "mum"
                | "mom"
                | "dad"
                | "widow"
                | "widower"
                | "pensioner"
                | "retiree"
                | "singer"
        )
}

/// True for a lowercase noun naming one person by their tie to someone the article names:
/// `his lawyer`, `her husband`, `Smith's publicist`, `the family's attorney`. Such a source
/// is someone an editor can name, not an anonymous one whose anonymity calls for a reason. Not
/// the ties that many share (`aide`, `friend`, `colleague`): `Lyng's aide` is one of many.
pub fn is_relation_noun(lower: &str) -> bool {
    matches!(
        lower,
        "lawyer"
            | "attorney"
            | "counsel"
            | "solicitor"
            | "barrister"
            | "agent"
            | "publicist"
            | "manager"
            | "rep"
            | "representative"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "brother"
            | "sister"
            | "mother"
            | "father"
            | "uncle"
            | "aunt"
            | "fiance"
            | "fiancee"
            | "fiancé"
            | "fiancée"
            | "partner"
            | "girlfriend"
            | "boyfriend"
            | "widow"
            | "widower"
            | "biographer"
            | "doctor"
            | "physician"
            | "surgeon"
            | "landlord"
            | "employer"
    )
}

/// True for a capitalised noun for one person of a people (`Spaniard`, `Briton`, `Norwegian`):
/// `the Spaniard said` refers back to a person named. Only nouns said of one person as often
/// as of the people (not `Japanese`, `Swiss`), and no surname (not `Cuban` or `Turk`: `Mark
/// Cuban`).
pub fn is_demonym_noun(word: &str) -> bool {
    matches!(
        word,
        "Spaniard"
            | "Briton"
            | "Swede"
            | "Pole"
            | "Frenchman"
            | "Frenchwoman"
            | "Englishman"
            | "Englishwoman"
            | "Irishman"
            | "Irishwoman"
            | "Welshman"
            | "Scotsman"
            | "Dutchman"
            | "Kiwi"
            | "Aussie"
            | "Czech"
            | "Filipino"
            | "Serb"
            | "Croat"
            | "Kenyan"
            | "Ugandan"
            | "Texan"
            | "American"
            | "Canadian"
            | "Mexican"
            | "Brazilian"
            | "Argentinian"
            | "Colombian"
            | "Chilean"
            | "Italian"
            | "German"
            | "Belgian"
            | "Norwegian"
            | "Russian"
            | "Ukrainian"
            | "Serbian"
            | "Croatian"
            | "Nigerian"
            | "Jamaican"
            | "Indian"
            | "Korean"
    )
}
