//! Word lists of the grammar: reporting verbs and their forms, source nouns, titles, outlets.
//!
//! Lookups take an ASCII-lowercased token (see [`crate::tokens::Tok::lower`]) and are `match`
//! statements or binary searches over sorted static tables: no allocation, no hashing. The one
//! exception is the lookup that runs at every token, [`cue`] (and [`verb`]): a hash table built
//! once, that takes the token's text in any case.

/// How a cue verb behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VerbClass {
    /// Verbs of speech and writing: said, told, wrote, added. Every construction.
    Speech,
    /// Verbs of belief or intent: think, believe, hope. Only `S V (that) C` and `C, S V`.
    Belief,
    /// Verbs of evidence: show, find, suggest, indicate, reveal. Only `S V that C` (or a poll-like
    /// subject).
    Evidence,
    /// Verbs of the manner of speaking, past tense only: fumed, exclaimed, whispered, laughed.
    /// Only beside a quote (`"Q," S fumed.`, `"Q," fumed S.`): elsewhere they report no words
    /// (`the crowd laughed`, `he pressed for a vote`).
    Manner,
    /// Verbs of speech acts that take an object: called, accused, criticized, praised, blamed.
    /// They report what someone said of something without quoting a clause: in `S V O …` the
    /// object and what follows it are the content (`Clinton accused Sanders of a "flip-flop."`,
    /// `Rubio called the statement "offensive"`), also after a comma as a gerund (`, calling it
    /// a disgrace`) and beside a quote; never in an all-capitals headline. Their readings that
    /// report nothing (`called off`, `called Putin on Tuesday`, `dismissed the suit`) are told
    /// apart by [`crate::frames`].
    Act,
}

/// The grammatical form of a verb token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// say, think
    Base,
    /// says, thinks
    Present3,
    /// said, thought (also the past participle when it has the same form)
    Past,
    /// saying, thinking
    Gerund,
    /// written, shown, known (participle distinct from the past)
    Participle,
}

/// A verb form found in the lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Verb {
    pub class: VerbClass,
    pub form: Form,
    /// May stand after its subject in inverted order: `"…," said Caddell`.
    pub inverts: bool,
    /// How often the form is a noun ([`is_noun_ambiguous`], [`is_noun_first`]), set when the
    /// table is built, so that the frames read a field of the cue instead of lowercasing and
    /// matching it (several times per cue). It fits in the padding of the cue.
    pub noun: Noun,
}

/// How often a verb form is a noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Noun {
    /// A verb only: said, told.
    Never,
    /// As often a noun: reports, claims ([`is_noun_ambiguous`]).
    Often,
    /// Far more often a noun: estimates ([`is_noun_first`]).
    Mostly,
}

impl Noun {
    /// The nounness of an ASCII-lowercased verb form.
    pub(crate) fn of(lower: &str) -> Noun {
        if is_noun_first(lower) {
            Noun::Mostly
        } else if is_noun_ambiguous(lower) {
            Noun::Often
        } else {
            Noun::Never
        }
    }
}

impl Verb {
    /// The form is more often a noun (`media reports`, `his comments`): [`is_noun_ambiguous`].
    pub(crate) fn noun_ambiguous(self) -> bool {
        self.noun != Noun::Never
    }

    /// The form is far more often a noun (`Wall Street estimates`): [`is_noun_first`].
    pub(crate) fn noun_first(self) -> bool {
        self.noun == Noun::Mostly
    }
}

/// Irregular verbs: (form, lemma-class, kind, invert).
const IRREGULAR: &[(&str, VerbClass, Form, bool)] = &[
    ("fear", VerbClass::Belief, Form::Base, false),
    ("feared", VerbClass::Belief, Form::Past, false),
    ("fears", VerbClass::Belief, Form::Present3, false),
    ("felt", VerbClass::Belief, Form::Past, false),
    ("found", VerbClass::Evidence, Form::Past, false),
    ("knew", VerbClass::Belief, Form::Past, false),
    ("known", VerbClass::Belief, Form::Participle, false),
    ("quoted", VerbClass::Speech, Form::Past, false),
    ("said", VerbClass::Speech, Form::Past, true),
    ("say", VerbClass::Speech, Form::Base, false),
    ("saying", VerbClass::Speech, Form::Gerund, false),
    ("says", VerbClass::Speech, Form::Present3, true),
    ("shown", VerbClass::Evidence, Form::Participle, false),
    ("stated", VerbClass::Speech, Form::Past, true),
    ("estimated", VerbClass::Belief, Form::Past, true),
    // `The World Health Organization estimates that …`: nouns far more often ([`is_noun_first`]).
    ("estimate", VerbClass::Belief, Form::Base, false),
    ("estimates", VerbClass::Belief, Form::Present3, false),
    // A court's or a judge's decision (`Parker ruled`, `The court ruled that …`); not `rules`
    // or `ruling`, nouns as often (`the ruling party`).
    ("ruled", VerbClass::Speech, Form::Past, false),
    ("thought", VerbClass::Belief, Form::Past, false),
    // `The Straits Times understands that …`, `It is understood that …`, `X is understood to
    // have …`: a cue before `that` or a clause with its subject only (`understand the risks`
    // is no claim); not `understanding`, a noun as often (`an understanding that`).
    ("understand", VerbClass::Belief, Form::Base, false),
    ("understands", VerbClass::Belief, Form::Present3, false),
    ("understood", VerbClass::Belief, Form::Past, false),
    ("told", VerbClass::Speech, Form::Past, false),
    ("wrote", VerbClass::Speech, Form::Past, true),
    ("written", VerbClass::Speech, Form::Participle, false),
    // Verbs of manner, by their past forms only: their other forms are nouns as often
    // (`a laugh`, `the press`, `presses`).
    ("answered", VerbClass::Manner, Form::Past, true),
    ("bellowed", VerbClass::Manner, Form::Past, true),
    ("bristled", VerbClass::Manner, Form::Past, true),
    ("chided", VerbClass::Manner, Form::Past, true),
    ("chuckled", VerbClass::Manner, Form::Past, true),
    ("demanded", VerbClass::Manner, Form::Past, true),
    ("exclaimed", VerbClass::Manner, Form::Past, true),
    ("fumed", VerbClass::Manner, Form::Past, true),
    ("griped", VerbClass::Manner, Form::Past, true),
    ("groaned", VerbClass::Manner, Form::Past, true),
    ("grumbled", VerbClass::Manner, Form::Past, true),
    ("gushed", VerbClass::Manner, Form::Past, true),
    ("huffed", VerbClass::Manner, Form::Past, true),
    ("laughed", VerbClass::Manner, Form::Past, true),
    ("lamented", VerbClass::Manner, Form::Past, true),
    ("marveled", VerbClass::Manner, Form::Past, true),
    ("marvelled", VerbClass::Manner, Form::Past, true),
    ("mused", VerbClass::Manner, Form::Past, true),
    // What a document says beside its quote (`"…," read the email`, `"…!" a message on the
    // website reads`): a verb of manner, a cue only beside a quote.
    ("read", VerbClass::Manner, Form::Past, true),
    ("reads", VerbClass::Manner, Form::Present3, true),
    ("muttered", VerbClass::Manner, Form::Past, true),
    ("murmured", VerbClass::Manner, Form::Past, true),
    ("pressed", VerbClass::Manner, Form::Past, true),
    ("raved", VerbClass::Manner, Form::Past, true),
    ("reacted", VerbClass::Manner, Form::Past, true),
    ("remembered", VerbClass::Manner, Form::Past, true),
    ("scoffed", VerbClass::Manner, Form::Past, true),
    ("scolded", VerbClass::Manner, Form::Past, true),
    ("shouted", VerbClass::Manner, Form::Past, true),
    ("sighed", VerbClass::Manner, Form::Past, true),
    ("snapped", VerbClass::Manner, Form::Past, true),
    ("sniffed", VerbClass::Manner, Form::Past, true),
    ("teased", VerbClass::Manner, Form::Past, true),
    ("whispered", VerbClass::Manner, Form::Past, true),
    ("wondered", VerbClass::Manner, Form::Past, true),
    ("yelled", VerbClass::Manner, Form::Past, true),
];

/// Regular verbs as (base, third person, past, gerund, class, inverts).
const REGULAR: &[(&str, &str, &str, &str, VerbClass, bool)] = &[
    (
        "acknowledge",
        "acknowledges",
        "acknowledged",
        "acknowledging",
        VerbClass::Speech,
        true,
    ),
    ("add", "adds", "added", "adding", VerbClass::Speech, true),
    (
        "admit",
        "admits",
        "admitted",
        "admitting",
        VerbClass::Speech,
        true,
    ),
    (
        "agree",
        "agrees",
        "agreed",
        "agreeing",
        VerbClass::Belief,
        false,
    ),
    (
        "allege",
        "alleges",
        "alleged",
        "alleging",
        VerbClass::Speech,
        true,
    ),
    (
        "announce",
        "announces",
        "announced",
        "announcing",
        VerbClass::Speech,
        true,
    ),
    (
        "argue",
        "argues",
        "argued",
        "arguing",
        VerbClass::Speech,
        true,
    ),
    ("ask", "asks", "asked", "asking", VerbClass::Speech, true),
    (
        "assert",
        "asserts",
        "asserted",
        "asserting",
        VerbClass::Speech,
        true,
    ),
    (
        "boast",
        "boasts",
        "boasted",
        "boasting",
        VerbClass::Speech,
        true,
    ),
    (
        "believe",
        "believes",
        "believed",
        "believing",
        VerbClass::Belief,
        false,
    ),
    (
        "caution",
        "cautions",
        "cautioned",
        "cautioning",
        VerbClass::Speech,
        true,
    ),
    (
        "charge",
        "charges",
        "charged",
        "charging",
        VerbClass::Speech,
        false,
    ),
    (
        "claim",
        "claims",
        "claimed",
        "claiming",
        VerbClass::Speech,
        true,
    ),
    (
        "comment",
        "comments",
        "commented",
        "commenting",
        VerbClass::Speech,
        true,
    ),
    (
        "complain",
        "complains",
        "complained",
        "complaining",
        VerbClass::Speech,
        true,
    ),
    (
        "conclude",
        "concludes",
        "concluded",
        "concluding",
        VerbClass::Evidence,
        true,
    ),
    (
        "concede",
        "concedes",
        "conceded",
        "conceding",
        VerbClass::Speech,
        true,
    ),
    (
        "confirm",
        "confirms",
        "confirmed",
        "confirming",
        VerbClass::Speech,
        true,
    ),
    (
        "contend",
        "contends",
        "contended",
        "contending",
        VerbClass::Speech,
        true,
    ),
    (
        "continue",
        "continues",
        "continued",
        "continuing",
        VerbClass::Speech,
        true,
    ),
    (
        "counter",
        "counters",
        "countered",
        "countering",
        VerbClass::Speech,
        true,
    ),
    (
        "declare",
        "declares",
        "declared",
        "declaring",
        VerbClass::Speech,
        true,
    ),
    (
        "deny",
        "denies",
        "denied",
        "denying",
        VerbClass::Speech,
        true,
    ),
    (
        "disclose",
        "discloses",
        "disclosed",
        "disclosing",
        VerbClass::Speech,
        true,
    ),
    (
        "emphasize",
        "emphasizes",
        "emphasized",
        "emphasizing",
        VerbClass::Speech,
        true,
    ),
    (
        "emphasise",
        "emphasises",
        "emphasised",
        "emphasising",
        VerbClass::Speech,
        true,
    ),
    (
        "explain",
        "explains",
        "explained",
        "explaining",
        VerbClass::Speech,
        true,
    ),
    (
        "expect",
        "expects",
        "expected",
        "expecting",
        VerbClass::Belief,
        false,
    ),
    ("hope", "hopes", "hoped", "hoping", VerbClass::Belief, false),
    (
        "indicate",
        "indicates",
        "indicated",
        "indicating",
        VerbClass::Evidence,
        false,
    ),
    (
        "insist",
        "insists",
        "insisted",
        "insisting",
        VerbClass::Speech,
        true,
    ),
    ("joke", "jokes", "joked", "joking", VerbClass::Speech, true),
    (
        "learn",
        "learns",
        "learned",
        "learning",
        VerbClass::Evidence,
        false,
    ),
    (
        "maintain",
        "maintains",
        "maintained",
        "maintaining",
        VerbClass::Speech,
        false,
    ),
    (
        "mention",
        "mentions",
        "mentioned",
        "mentioning",
        VerbClass::Speech,
        false,
    ),
    ("note", "notes", "noted", "noting", VerbClass::Speech, true),
    (
        "observe",
        "observes",
        "observed",
        "observing",
        VerbClass::Speech,
        true,
    ),
    (
        "post",
        "posts",
        "posted",
        "posting",
        VerbClass::Speech,
        false,
    ),
    (
        "predict",
        "predicts",
        "predicted",
        "predicting",
        VerbClass::Belief,
        true,
    ),
    (
        "pledge",
        "pledges",
        "pledged",
        "pledging",
        VerbClass::Speech,
        false,
    ),
    (
        "promise",
        "promises",
        "promised",
        "promising",
        VerbClass::Speech,
        false,
    ),
    (
        "quip",
        "quips",
        "quipped",
        "quipping",
        VerbClass::Speech,
        true,
    ),
    (
        "recall",
        "recalls",
        "recalled",
        "recalling",
        VerbClass::Speech,
        true,
    ),
    (
        "remark",
        "remarks",
        "remarked",
        "remarking",
        VerbClass::Speech,
        true,
    ),
    (
        "reply",
        "replies",
        "replied",
        "replying",
        VerbClass::Speech,
        true,
    ),
    (
        "report",
        "reports",
        "reported",
        "reporting",
        VerbClass::Speech,
        false,
    ),
    (
        "respond",
        "responds",
        "responded",
        "responding",
        VerbClass::Speech,
        true,
    ),
    (
        "retort",
        "retorts",
        "retorted",
        "retorting",
        VerbClass::Speech,
        true,
    ),
    (
        "reveal",
        "reveals",
        "revealed",
        "revealing",
        VerbClass::Evidence,
        true,
    ),
    (
        "show",
        "shows",
        "showed",
        "showing",
        VerbClass::Evidence,
        false,
    ),
    (
        "signal",
        "signals",
        "signaled",
        "signaling",
        VerbClass::Speech,
        false,
    ),
    (
        "speculate",
        "speculates",
        "speculated",
        "speculating",
        VerbClass::Belief,
        true,
    ),
    (
        "stress",
        "stresses",
        "stressed",
        "stressing",
        VerbClass::Speech,
        true,
    ),
    (
        "suggest",
        "suggests",
        "suggested",
        "suggesting",
        VerbClass::Speech,
        true,
    ),
    (
        "suspect",
        "suspects",
        "suspected",
        "suspecting",
        VerbClass::Belief,
        false,
    ),
    (
        "testify",
        "testifies",
        "testified",
        "testifying",
        VerbClass::Speech,
        true,
    ),
    (
        "think",
        "thinks",
        "thought",
        "thinking",
        VerbClass::Belief,
        false,
    ),
    (
        "tweet",
        "tweets",
        "tweeted",
        "tweeting",
        VerbClass::Speech,
        true,
    ),
    ("urge", "urges", "urged", "urging", VerbClass::Speech, false),
    (
        "reiterate",
        "reiterates",
        "reiterated",
        "reiterating",
        VerbClass::Speech,
        true,
    ),
    ("vow", "vows", "vowed", "vowing", VerbClass::Speech, false),
    (
        "warn",
        "warns",
        "warned",
        "warning",
        VerbClass::Speech,
        true,
    ),
    // Verbs of speech acts with an object (in the alphabetical order of their own).
    (
        "accuse",
        "accuses",
        "accused",
        "accusing",
        VerbClass::Act,
        false,
    ),
    (
        "blame",
        "blames",
        "blamed",
        "blaming",
        VerbClass::Act,
        false,
    ),
    (
        "blast",
        "blasts",
        "blasted",
        "blasting",
        VerbClass::Act,
        false,
    ),
    ("call", "calls", "called", "calling", VerbClass::Act, false),
    (
        "characterize",
        "characterizes",
        "characterized",
        "characterizing",
        VerbClass::Act,
        false,
    ),
    (
        "characterise",
        "characterises",
        "characterised",
        "characterising",
        VerbClass::Act,
        false,
    ),
    (
        "condemn",
        "condemns",
        "condemned",
        "condemning",
        VerbClass::Act,
        false,
    ),
    (
        "criticize",
        "criticizes",
        "criticized",
        "criticizing",
        VerbClass::Act,
        false,
    ),
    (
        "criticise",
        "criticises",
        "criticised",
        "criticising",
        VerbClass::Act,
        false,
    ),
    (
        "decry",
        "decries",
        "decried",
        "decrying",
        VerbClass::Act,
        false,
    ),
    (
        "defend",
        "defends",
        "defended",
        "defending",
        VerbClass::Act,
        false,
    ),
    (
        "denounce",
        "denounces",
        "denounced",
        "denouncing",
        VerbClass::Act,
        false,
    ),
    (
        "describe",
        "describes",
        "described",
        "describing",
        VerbClass::Act,
        false,
    ),
    (
        "dismiss",
        "dismisses",
        "dismissed",
        "dismissing",
        VerbClass::Act,
        false,
    ),
    (
        "endorse",
        "endorses",
        "endorsed",
        "endorsing",
        VerbClass::Act,
        false,
    ),
    (
        "lambaste",
        "lambastes",
        "lambasted",
        "lambasting",
        VerbClass::Act,
        false,
    ),
    ("mock", "mocks", "mocked", "mocking", VerbClass::Act, false),
    (
        "praise",
        "praises",
        "praised",
        "praising",
        VerbClass::Act,
        false,
    ),
    (
        "question",
        "questions",
        "questioned",
        "questioning",
        VerbClass::Act,
        false,
    ),
    (
        "rebuke",
        "rebukes",
        "rebuked",
        "rebuking",
        VerbClass::Act,
        false,
    ),
    (
        "refer",
        "refers",
        "referred",
        "referring",
        VerbClass::Act,
        false,
    ),
    (
        "ridicule",
        "ridicules",
        "ridiculed",
        "ridiculing",
        VerbClass::Act,
        false,
    ),
    (
        "slam",
        "slams",
        "slammed",
        "slamming",
        VerbClass::Act,
        false,
    ),
    ("tout", "touts", "touted", "touting", VerbClass::Act, false),
    (
        "worry",
        "worries",
        "worried",
        "worrying",
        VerbClass::Belief,
        false,
    ),
    (
        "write",
        "writes",
        "wrote",
        "writing",
        VerbClass::Speech,
        true,
    ),
    ("tell", "tells", "told", "telling", VerbClass::Speech, false),
    ("cite", "cites", "cited", "citing", VerbClass::Speech, false),
    ("know", "knows", "knew", "knowing", VerbClass::Belief, false),
    ("feel", "feels", "felt", "feeling", VerbClass::Belief, false),
];

/// First words of the multi-word cue rules of [`crate::adjunct`] (`according to`; `with
/// reference to`, `citing`, and `in` of a poll's `In a poll …, 52 percent said`; `expressed
/// concern`): those rules run only at these words.
pub(crate) const ACCORDING_TO_FIRST: &[&str] = &["according"];
pub(crate) const CITING_FIRST: &[&str] = &["with", "in", "citing", "quoting"];
pub(crate) const EXPRESSED_NOUN_FIRST: &[&str] = &["expressed", "voiced", "expresses", "voices"];
/// First words of the phrase cues that a frame of their own reads: `put it`
/// ([`crate::frames::put_it`]).
pub(crate) const PHRASE_FIRST: &[&str] = &["put"];

/// What a word can be at the start of a cue: the verb form it is, which multi-word cue rules
/// start with it, whether an anonymity note may start with it, and the word classes of the
/// source-phrase reader it is in. The classes ride here so that [`crate::source`], which asks them
/// of the same tokens again and again, reads a bit of the token's one lookup instead of
/// lowercasing the word and matching it against each list.
///
/// Laid out flags first (`repr(C)`): in a token, whose kind tag takes two bytes, the flags then
/// fall on two bytes and the verb on four, each read and written at once. Measured: laid out by
/// the compiler, the verb came first, and the tokenizer moved each cue in five pieces.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[repr(C)]
pub(crate) struct Cue {
    /// Bits of the `Cue::` constants below: one `u16`, not a `bool` each, so that the cue still
    /// fits in the padding of a token.
    flags: u16,
    pub verb: Option<Verb>,
}

impl Cue {
    /// A word of [`ACCORDING_TO_FIRST`].
    pub const ACCORDING_TO: u16 = 1 << 0;
    /// A word of [`CITING_FIRST`].
    pub const CITING: u16 = 1 << 1;
    /// A word of [`EXPRESSED_NOUN_FIRST`] or [`PHRASE_FIRST`] (the rule of each tells them
    /// apart: no bit is free for a flag of its own).
    pub const EXPRESSED_NOUN: u16 = 1 << 2;
    /// The first word of one of the [`ANONYMITY_MARKERS`].
    pub const ANONYMITY: u16 = 1 << 3;
    /// A word of [`CLAUSE_BOUNDARIES`]: [`is_clause_boundary`].
    pub const CLAUSE_BOUNDARY: u16 = 1 << 4;
    /// A word of [`SUBJECT_BREAKERS`]: [`breaks_subject`].
    pub const BREAKS_SUBJECT: u16 = 1 << 5;
    /// A word of [`DETERMINERS`]: [`is_determiner`].
    pub const DETERMINER: u16 = 1 << 6;
    /// A word of [`PRONOUNS`]: [`is_pronoun`].
    pub const PRONOUN: u16 = 1 << 7;
    /// A word of [`PUBLICATION_NOUNS`]: [`is_publication_noun`].
    pub const PUBLICATION_NOUN: u16 = 1 << 8;
    /// A word of [`ANONYMOUS_HEADS`]: [`is_anonymous_head`].
    pub const ANONYMOUS_HEAD: u16 = 1 << 9;
    /// A word of [`VAGUE_HEADS`]: [`is_vague_head`].
    pub const VAGUE_HEAD: u16 = 1 << 10;
    /// [`is_source_noun`]: one of the three above or a word of [`SOURCE_NOUNS`].
    pub const SOURCE_NOUN: u16 = 1 << 11;
    /// A word of [`TITLES`]: [`is_title`].
    pub const TITLE: u16 = 1 << 12;
    /// A word of [`ORGANIZATION_WORDS`]: [`is_organization_word`].
    pub const ORGANIZATION_WORD: u16 = 1 << 13;
    /// A word where a cue rule of the sentence scan may start: a verb form, or a word of
    /// [`Cue::ACCORDING_TO`], [`Cue::CITING`] or [`Cue::EXPRESSED_NOUN`]. One bit for the
    /// scan's first test, set when the table is built.
    pub const STARTS_RULE: u16 = 1 << 14;
    /// A word of [`PRE_CUE_FILLERS`] or [`SENTENCE_OPENERS`]: [`is_pre_cue_filler`] (but for
    /// its adverbs in `-ly`) and [`is_sentence_opener`] are asked only of the words with this
    /// bit, not of every word lowercased. One bit for both lists, as no other is free.
    pub const ADVERB: u16 = 1 << 15;

    /// True when the word has any of the bits of `flags`.
    #[inline]
    pub fn has(self, flags: u16) -> bool {
        self.flags & flags != 0
    }
}

/// True when `word` has a bit of `flags` in the cue table (any ASCII case).
#[inline]
fn has_class(word: &str, flags: u16) -> bool {
    cue(word).is_some_and(|c| c.has(flags))
}

/// Looks up a word as a cue verb, ASCII case-insensitively (`Said` and `SAID` are `said`; a
/// word with a non-ASCII letter is none). The grammar asks [`crate::tokens::Tok::verb`], looked up
/// once per token; the tests check the table against the word lists with this.
#[cfg(test)]
pub(crate) fn verb(word: &str) -> Option<Verb> {
    cue(word)?.verb
}

/// What `word` can start, ASCII case-insensitively; `None` for the words that start no cue
/// (nearly all). The tokenizer asks [`CueTable::get`] directly, with the table looked up once
/// per sentence.
#[inline]
pub(crate) fn cue(word: &str) -> Option<Cue> {
    cue_table().get(word.as_bytes(), 0, word.len())
}

/// Eight bytes with their ASCII uppercase letters lowercased, all at once: a byte is `A`..=`Z`
/// when its low seven bits are at least `A` and below `[` and its high bit is clear (the sums
/// stay inside each byte, as the low seven bits plus at most `0x3f` are below `0x100`).
#[inline]
fn lower8(w: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let t = w & LOW7;
    let upper = (t + 0x3f3f_3f3f_3f3f_3f3f) & !(t + 0x2525_2525_2525_2525) & !w & HIGH;
    w | upper >> 2
}

/// A word as the cue table compares it: its first and last eight bytes ASCII-lowercased, read
/// as little-endian numbers (a word shorter than eight bytes is its bytes zero-padded, and has
/// no tail). Two words of the same length up to sixteen bytes are equal in any ASCII case
/// exactly when their keys are: a hit costs two comparisons, not a loop over the bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    head: u64,
    tail: u64,
}

impl Key {
    /// The key of the word at `buf[start..end]`. A short word is read with the bytes after it
    /// (one load, then masked) when `buf` has eight bytes from `start`: the tokenizer passes the
    /// whole text, so nearly every word is read that way.
    #[inline]
    fn of(buf: &[u8], start: usize, end: usize) -> Key {
        let len = end - start;
        if len < 8 {
            let head = match buf.get(start..).and_then(|b| b.first_chunk::<8>()) {
                Some(eight) => u64::from_le_bytes(*eight) & ((1 << (8 * len)) - 1),
                None => buf[start..end]
                    .iter()
                    .rev()
                    .fold(0, |k, &b| k << 8 | u64::from(b)),
            };
            return Key {
                head: lower8(head),
                tail: 0,
            };
        }
        let word = &buf[start..end];
        let (Some(head), Some(tail)) = (word.first_chunk::<8>(), word.last_chunk::<8>()) else {
            unreachable!("a word of eight bytes or more has a first and last eight")
        };
        Key {
            head: lower8(u64::from_le_bytes(*head)),
            tail: lower8(u64::from_le_bytes(*tail)),
        }
    }

    /// The slot of the table the probe for a word of `len` bytes starts at (`mask` is the
    /// table's size less one). Fibonacci hashing: the top bits of the product mix every bit.
    #[inline]
    fn slot(self, len: usize, mask: usize) -> usize {
        let mixed = self.head ^ self.tail.rotate_left(29) ^ len as u64;
        (mixed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & mask
    }
}

/// Every cue word (each verb form and each first word of a multi-word cue) in an open-addressing
/// hash table, built once. `slots` holds 1 + an index into `entries`, or 0 for an empty slot;
/// it is kept at most an eighth full so that a word that is no cue (nearly every word) mostly
/// lands on an empty slot. Measured: the linear scan over verb forms that came first was a
/// quarter of all instructions of `whosaid attributions` on Reuters, buckets by first letter
/// still a twentieth.
pub(crate) struct CueTable {
    entries: Vec<Entry>,
    slots: Vec<u16>,
    /// A first test that most words that are no cue fail, before their key is read: by
    /// [`shape`] of the first and last byte, a bit per length (the last bit for 31 bytes and
    /// more) set when an entry has that shape and length. Measured: three words in five are no
    /// cue, and their key and hash cost some fifty instructions each.
    shapes: Box<[u32; 1024]>,
    /// The words of eight bytes or fewer by their [`short_key`] alone, for the tokenizer's
    /// fast path ([`CueTable::get_short`]): an open-addressing table of keys (0 for an empty
    /// slot, as no form is empty) and, beside it, their cues. The key holds the word's length
    /// (its bytes after the word are zero), so a probe is one load and one comparison, with no
    /// shape test first: most words that are no cue land on an empty slot at once.
    /// Both of [`SHORT_SLOTS`], a constant: the probe's mask and bounds are known when
    /// compiled, not read from the table at every word.
    short_keys: Box<[u64; SHORT_SLOTS]>,
    short_cues: Box<[Cue; SHORT_SLOTS]>,
}

/// The slots of the table of short words: a power of two, at least four times the words of
/// eight bytes or fewer (some seven hundred), so that it stays at most a quarter full (the
/// table's building asserts it).
const SHORT_SLOTS: usize = 4096;

/// The [`CueTable::get_short`] key of a word of ASCII letters and digits: its bytes, lowercased,
/// as a little-endian number. `eight` is read from the word's start and holds the word in its
/// low `len` bytes (`len` from 1 to 8) and anything after it, which is masked off. For a letter
/// or digit, setting the `0x20` bit is lowercasing (a digit has it set already): one `or`, not
/// [`lower8`]'s range test.
#[inline]
pub(crate) fn short_key(eight: u64, len: usize) -> u64 {
    debug_assert!((1..=8).contains(&len));
    let mask = u64::MAX >> (64 - 8 * len);
    (eight | 0x2020_2020_2020_2020) & mask
}

/// The slot of [`CueTable::short_keys`] where the probe for `key` starts (`mask` is the size
/// less one): Fibonacci hashing, as [`Key::slot`].
#[inline]
fn short_slot(key: u64, mask: usize) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & mask
}

/// The first-and-last-byte index of a word into [`CueTable::shapes`]: the low five bits of each
/// byte, the same for a byte in either ASCII case (which differ in the sixth bit only).
#[inline]
fn shape(first: u8, last: u8) -> usize {
    usize::from(first & 0x1f) << 5 | usize::from(last & 0x1f)
}

/// The bit of a word of `len` bytes in its [`CueTable::shapes`] entry.
#[inline]
fn length_bit(len: usize) -> u32 {
    1 << len.min(31)
}

/// A word of the [`CueTable`] with its [`Key`].
struct Entry {
    key: Key,
    form: &'static str,
    cue: Cue,
}

impl CueTable {
    /// What the word at `buf[start..end]` can start, ASCII case-insensitively: [`cue`] of it.
    /// The shape test, then one key, one hash and, mostly, one probe of an empty slot: it runs
    /// at every word the tokenizer cuts, inlined there.
    #[inline]
    pub(crate) fn get(&self, buf: &[u8], start: usize, end: usize) -> Option<Cue> {
        let len = end - start;
        // An empty word (no form is empty) fails with its length bit, whatever bytes it reads.
        if let (Some(&first), Some(&last)) = (buf.get(start), end.checked_sub(1).map(|e| &buf[e])) {
            if self.shapes[shape(first, last)] & length_bit(len) == 0 {
                return None;
            }
        }
        self.probe(Key::of(buf, start, end), len, |form| {
            len <= 16 || form.as_bytes().eq_ignore_ascii_case(&buf[start..end])
        })
    }

    /// The cue of the entry of `key` and `len` bytes whose form passes `same` (asked only when
    /// the word is longer than its key); `None` at the first empty slot.
    #[inline(always)]
    fn probe(&self, key: Key, len: usize, same: impl Fn(&str) -> bool) -> Option<Cue> {
        let mask = self.slots.len() - 1;
        let mut at = key.slot(len, mask);
        loop {
            let slot = self.slots[at];
            let e = self.entries.get(usize::from(slot).checked_sub(1)?)?;
            if e.key == key && e.form.len() == len && same(e.form) {
                return Some(e.cue);
            }
            at = (at + 1) & mask;
        }
    }

    /// [`CueTable::get`] of a word of nine to sixteen ASCII letters and digits, by the
    /// [`short_key`]s of its first and last eight bytes: its [`Key`], as letters and digits are
    /// lowercased by the `0x20` bit. The tokenizer's fast path asks it with the bytes it has
    /// read, and no shape test: the probe of an empty slot costs about as much.
    #[inline]
    pub(crate) fn get_long(&self, head: u64, tail: u64, len: usize) -> Option<Cue> {
        debug_assert!((9..=16).contains(&len));
        self.probe(Key { head, tail }, len, |_| true)
    }

    /// [`CueTable::get`] of a word of one to eight ASCII letters and digits, by its
    /// [`short_key`]: the tokenizer reads the word's bytes once, to find where it ends, and
    /// makes the key from the same load. One probe, mostly of an empty slot.
    #[inline]
    pub(crate) fn get_short(&self, key: u64) -> Option<Cue> {
        let mask = SHORT_SLOTS - 1;
        let mut at = short_slot(key, mask);
        loop {
            let k = self.short_keys[at];
            if k == key {
                return Some(self.short_cues[at]);
            }
            if k == 0 {
                return None;
            }
            at = (at + 1) & mask;
        }
    }
}

/// Every verb form with its verb; an irregular entry wins over a regular one of the same form,
/// and of two regular ones the first listed.
fn verb_forms() -> Vec<(&'static str, Verb)> {
    let mut table: Vec<(&'static str, Verb)> =
        Vec::with_capacity(REGULAR.len() * 4 + IRREGULAR.len());
    for &(base, third, past, gerund, class, inverts) in REGULAR {
        for (word, form) in [
            (base, Form::Base),
            (third, Form::Present3),
            (past, Form::Past),
            (gerund, Form::Gerund),
        ] {
            let inverts = inverts && matches!(form, Form::Past | Form::Present3);
            table.push((
                word,
                Verb {
                    class,
                    form,
                    inverts,
                    noun: Noun::of(word),
                },
            ));
        }
    }
    // Irregular entries come last and win over a regular entry of the same form.
    for &(word, class, form, inverts) in IRREGULAR {
        table.retain(|(w, _)| *w != word);
        table.push((
            word,
            Verb {
                class,
                form,
                inverts,
                noun: Noun::of(word),
            },
        ));
    }
    table.sort_by(|a, b| a.0.cmp(b.0));
    table.dedup_by(|a, b| a.0 == b.0);
    table
}

/// The table of [`cue`], built at its first use.
pub(crate) fn cue_table() -> &'static CueTable {
    static TABLE: std::sync::OnceLock<CueTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut entries: Vec<(&'static str, Cue)> = verb_forms()
            .into_iter()
            .map(|(w, v)| {
                let cue = Cue {
                    verb: Some(v),
                    ..Cue::default()
                };
                (w, cue)
            })
            .collect();
        let anonymity_first: Vec<&'static str> = ANONYMITY_MARKERS.iter().map(|m| m[0]).collect();
        let source_nouns = [
            PUBLICATION_NOUNS,
            ANONYMOUS_HEADS,
            VAGUE_HEADS,
            SOURCE_NOUNS,
            PEOPLE_NOUNS,
        ]
        .concat();
        let marks: [(&[&'static str], u16); 17] = [
            (ACCORDING_TO_FIRST, Cue::ACCORDING_TO),
            (CITING_FIRST, Cue::CITING),
            (EXPRESSED_NOUN_FIRST, Cue::EXPRESSED_NOUN),
            (PHRASE_FIRST, Cue::EXPRESSED_NOUN),
            (&anonymity_first, Cue::ANONYMITY),
            (CLAUSE_BOUNDARIES, Cue::CLAUSE_BOUNDARY),
            (SUBJECT_BREAKERS, Cue::BREAKS_SUBJECT),
            (DETERMINERS, Cue::DETERMINER),
            (PRONOUNS, Cue::PRONOUN),
            (PUBLICATION_NOUNS, Cue::PUBLICATION_NOUN),
            (ANONYMOUS_HEADS, Cue::ANONYMOUS_HEAD),
            (VAGUE_HEADS, Cue::VAGUE_HEAD),
            (&source_nouns, Cue::SOURCE_NOUN),
            (TITLES, Cue::TITLE),
            (ORGANIZATION_WORDS, Cue::ORGANIZATION_WORD),
            (PRE_CUE_FILLERS, Cue::ADVERB),
            (SENTENCE_OPENERS, Cue::ADVERB),
        ];
        // A map from word to entry while building: a scan per word would be quadratic in the
        // lexicon.
        let mut index: std::collections::HashMap<&'static str, usize> = entries
            .iter()
            .enumerate()
            .map(|(i, (w, _))| (*w, i))
            .collect();
        for (words, flag) in marks {
            for &w in words {
                let at = *index.entry(w).or_insert_with(|| {
                    entries.push((w, Cue::default()));
                    entries.len() - 1
                });
                entries[at].1.flags |= flag;
            }
        }
        for (_, cue) in &mut entries {
            if cue.verb.is_some() || cue.has(Cue::ACCORDING_TO | Cue::CITING | Cue::EXPRESSED_NOUN)
            {
                cue.flags |= Cue::STARTS_RULE;
            }
        }
        let size = (entries.len() * 8).next_power_of_two();
        assert!(size <= usize::from(u16::MAX));
        let mut slots = vec![0_u16; size];
        let entries: Vec<Entry> = entries
            .into_iter()
            .map(|(form, cue)| Entry {
                key: Key::of(form.as_bytes(), 0, form.len()),
                form,
                cue,
            })
            .collect();
        for (i, e) in entries.iter().enumerate() {
            let mut at = e.key.slot(e.form.len(), size - 1);
            while slots[at] != 0 {
                at = (at + 1) & (size - 1);
            }
            slots[at] = (i + 1) as u16;
        }
        let mut shapes = Box::new([0_u32; 1024]);
        for e in &entries {
            let (Some(&first), Some(&last)) = (e.form.as_bytes().first(), e.form.as_bytes().last())
            else {
                unreachable!("no cue word is empty")
            };
            shapes[shape(first, last)] |= length_bit(e.form.len());
        }
        // The short table is kept at most a quarter full: a word that is no cue (most of them)
        // mostly finds its first slot empty, and the keys stay in a few pages.
        let short: Vec<&Entry> = entries.iter().filter(|e| e.form.len() <= 8).collect();
        assert!(
            short.len() * 4 <= SHORT_SLOTS,
            "SHORT_SLOTS must grow with the lexicon"
        );
        let short_size = SHORT_SLOTS;
        let mut short_keys = Box::new([0_u64; SHORT_SLOTS]);
        let mut short_cues = Box::new([Cue::default(); SHORT_SLOTS]);
        for e in short {
            // A form's key is its bytes lowercased: the number `short_key` makes of the
            // word in any case. (A form with other bytes than letters and digits is never
            // asked: the fast path takes no such word.)
            let mut eight = [0_u8; 8];
            for (d, s) in eight.iter_mut().zip(e.form.as_bytes()) {
                *d = s.to_ascii_lowercase();
            }
            let key = u64::from_le_bytes(eight);
            let mut at = short_slot(key, short_size - 1);
            while short_keys[at] != 0 {
                at = (at + 1) & (short_size - 1);
            }
            short_keys[at] = key;
            short_cues[at] = e.cue;
        }
        CueTable {
            entries,
            slots,
            shapes,
            short_keys,
            short_cues,
        }
    })
}

/// Words that follow a noun but never start what a verb of speech reports: finite verbs and
/// modals (`the report said`, `the notes will be redeemed`), conjunctions (`notes and bonds`),
/// a relative pronoun (`the report which`) and participles of a prepared text (`remarks
/// prepared for delivery`).
pub(crate) fn follows_nouns_only(lower: &str) -> bool {
    is_auxiliary(lower)
        || matches!(
            lower,
            "said"
                | "says"
                | "showed"
                | "shows"
                | "suggested"
                | "suggests"
                | "indicated"
                | "indicates"
                | "and"
                | "or"
                | "which"
                | "prepared"
                | "released"
                | "issued"
                | "published"
        )
}

/// Modals and the finite forms of `be` and `have`: a word that makes a clause of the words
/// around it (`Prices will rise`, `the report was`).
pub(crate) fn is_auxiliary(lower: &str) -> bool {
    matches!(
        lower,
        "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "must"
            | "should"
            | "shall"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
    )
}

/// Verb forms that are nearly always nouns in news copy (`Wall Street estimates`, `an initial
/// estimate`, `estimates vary`): cues only in `S V that C` or `S V C` with the clause's subject,
/// right after their own subject (`The World Health Organization estimates that …`, `Analysts
/// estimate the market will grow`). Also [`is_noun_ambiguous`].
pub(crate) fn is_noun_first(lower: &str) -> bool {
    matches!(lower, "estimate" | "estimates")
}

/// Verb forms that are more often nouns (`media reports`, `his comments`): cues only when a
/// clause, a quote or the end of the sentence follows.
pub(crate) fn is_noun_ambiguous(lower: &str) -> bool {
    matches!(
        lower,
        "reports"
            | "report"
            | "estimates"
            | "estimate"
            | "comments"
            | "comment"
            | "claims"
            | "claim"
            | "notes"
            | "note"
            | "charges"
            | "charge"
            | "posts"
            | "post"
            | "signals"
            | "signal"
            | "fears"
            | "fear"
            | "hopes"
            | "hope"
            | "promises"
            | "promise"
            | "remarks"
            | "remark"
            | "tweets"
            | "tweet"
            | "counters"
            | "counter"
            | "stresses"
            | "stress"
            | "warns"
            | "shows"
            | "show"
            | "states"
            | "asks"
            | "concerns"
            | "suspects"
            | "suspect"
            | "vows"
            | "vow"
            | "pledges"
            | "pledge"
            | "quips"
            | "quip"
            | "jokes"
            | "joke"
            | "reveals"
            | "boasts"
            | "calls"
            | "call"
            | "blame"
            | "blasts"
            | "blast"
            | "praise"
            | "questions"
            | "question"
            | "rebukes"
            | "rebuke"
            | "ridicule"
            | "mock"
    )
}

/// A list of lowercase words as a constant, for the cue table, and as a `matches!` test of
/// the same words: the test compiles to a switch on the length and a few comparisons, where a
/// scan of the list compares the word with each. One list, so the two cannot differ.
macro_rules! word_list {
    ($(#[$doc:meta])* $list:ident, $test:ident: $($word:literal),+ $(,)?) => {
        $(#[$doc])*
        pub(crate) const $list: &[&str] = &[$($word),+];

        /// True when `lower` is a word of the list of the same name.
        fn $test(lower: &str) -> bool {
            matches!(lower, $($word)|+)
        }
    };
}

/// Adverbs and conjunctions that open a sentence before its subject (`Later Rubio told…`,
/// `Meanwhile Smith said…`): capitalised there, but not part of a name.
pub(crate) fn is_sentence_opener(lower: &str) -> bool {
    is_sentence_opener_word(lower)
}

word_list! {
    /// The words of [`is_sentence_opener`]; in the cue table as [`Cue::ADVERB`].
    SENTENCE_OPENERS,
    is_sentence_opener_word:
        "later",
        "earlier",
        "meanwhile",
        "separately",
        "still",
        "also",
        "then",
        "now",
        "today",
        "yesterday",
        "however",
        "instead",
        "finally",
        "again",
        "previously",
        "subsequently",
        "afterwards",
        "but",
        "and",
        "yet",
        "moreover",
        "additionally",
        "nevertheless",
        "nonetheless",
        "indeed",
        "so",
        "thus",
}

/// Auxiliaries and adverbs that may stand between a source and its cue: `has said`,
/// `also said`, `did not say`.
pub(crate) fn is_pre_cue_filler(lower: &str) -> bool {
    (lower.ends_with("ly")
        && lower.len() > 4
        // Nouns in `-ly`, sources among them: `the daily said`, `the assembly said`.
        && !matches!(
            lower,
            "family"
                | "italy"
                | "july"
                | "ally"
                | "rally"
                | "supply"
                | "daily"
                | "weekly"
                | "monthly"
                | "quarterly"
                | "biweekly"
                | "assembly"
                | "elderly"
                | "monopoly"
                | "anomaly"
                | "reply"
        ))
        || is_pre_cue_filler_word(lower)
}

word_list! {
    /// The words of [`is_pre_cue_filler`] besides its adverbs in `-ly`; in the cue table as
    /// [`Cue::ADVERB`].
    PRE_CUE_FILLERS,
    is_pre_cue_filler_word:
        "has",
        "have",
        "had",
        "having",
        "however",
        "also",
        "later",
        "then",
        "previously",
        "earlier",
        "recently",
        "repeatedly",
        "often",
        "further",
        "again",
        "once",
        "overall",
        "publicly",
        "privately",
        "reportedly",
        "allegedly",
        "initially",
        "first",
        "last",
        "just",
        "today",
        "yesterday",
        "tonight",
        "already",
        "still",
        "separately",
        "frequently",
        "long",
        "openly",
        "explicitly",
        "flatly",
        "quickly",
        "simply",
        "bluntly",
        "even",
        "has-",
        "would",
        "will",
        "did",
        "does",
        "do",
        "may",
        "might",
        "could",
        "can",
        "should",
        "must",
        "afterward",
        "afterwards",
        "subsequently",
        "immediately",
        // `traders here said`, `officials there said`
        "here",
        "there",
}

/// Personal and relative pronouns that can be sources.
pub(crate) fn is_pronoun(lower: &str) -> bool {
    has_class(lower, Cue::PRONOUN)
}

/// The words of [`is_pronoun`], in the cue table as [`Cue::PRONOUN`].
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "i", "we", "it", "you", "who", "which", "one",
];

/// Numbers written as words, lowercase: `nine in 10`, `said about 30` as well as `about
/// thirty`.
pub(crate) fn is_number_word(lower: &str) -> bool {
    matches!(
        lower,
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "twelve"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "hundred"
            | "thousand"
            | "dozen"
    )
}

/// Fractions written as words, lowercase: `about half of`, `two-thirds of`.
pub(crate) fn is_fraction_word(lower: &str) -> bool {
    matches!(
        lower,
        "half" | "one-third" | "two-thirds" | "one-quarter" | "three-quarters"
    )
}

/// Nouns that refer back to an outlet: `the publication writes`.
pub(crate) fn is_publication_noun(lower: &str) -> bool {
    has_class(lower, Cue::PUBLICATION_NOUN)
}

/// The words of [`is_publication_noun`], in the cue table as [`Cue::PUBLICATION_NOUN`].
const PUBLICATION_NOUNS: &[&str] = &[
    "publication",
    "newspaper",
    "paper",
    "agency",
    "outlet",
    "broadcaster",
    "magazine",
    "daily",
    "weekly",
    "tabloid",
    "channel",
    "website",
    "site",
    "network",
    "newswire",
    "journal",
    "edition",
    "portal",
    "station",
    // `Tehran radio said`, `state television reported`.
    "radio",
    "television",
];

/// Head nouns of sources that name no one: `an official`, `sources`.
pub(crate) fn is_anonymous_head(lower: &str) -> bool {
    has_class(lower, Cue::ANONYMOUS_HEAD)
}

/// The words of [`is_anonymous_head`], in the cue table as [`Cue::ANONYMOUS_HEAD`].
const ANONYMOUS_HEADS: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "diplomat",
    "diplomats",
    "aide",
    "aides",
    "insider",
    "insiders",
    "person",
    "people",
    "staffer",
    "staffers",
    "employee",
    "employees",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "member",
    "members",
    "lawmaker",
    "lawmakers",
    "officer",
    "officers",
    "executive",
    "executives",
    "banker",
    "bankers",
    "trader",
    "traders",
    "individual",
    "individuals",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "representatives",
    "operative",
    "operatives",
    "strategist",
    "strategists",
];

/// Head nouns of sources too vague to check: `media reports`, `experts`.
pub(crate) fn is_vague_head(lower: &str) -> bool {
    has_class(lower, Cue::VAGUE_HEAD)
}

/// The words of [`is_vague_head`], in the cue table as [`Cue::VAGUE_HEAD`].
const VAGUE_HEADS: &[&str] = &[
    "reports",
    "report",
    "media",
    "experts",
    "analysts",
    "observers",
    "critics",
    "commentators",
    "rumors",
    "rumours",
    "speculation",
    // Unnamed research: `Some studies have found that …`.
    "studies",
    "some",
    "many",
    "others",
    "another",
    "most",
    "several",
    "everyone",
    "everybody",
    "pundits",
    "insiders",
    "reporting",
    "dealers",
    "brokers",
    "economists",
    // Unnamed outlets, many: `several local newspapers said`.
    "newspapers",
    "papers",
    "magazines",
    "dailies",
    "publications",
    "tabloids",
    "broadcasters",
    "outlets",
    "websites",
];

/// Source head nouns that are common nouns but clearly name a speaker or a document.
pub(crate) fn is_source_noun(lower: &str) -> bool {
    has_class(lower, Cue::SOURCE_NOUN)
}

/// Lowercase source head nouns (sorted): generated from the PolNeAR training split's annotated
/// sources by `scripts/lexicon.py` (heads seen at least three times), then reviewed by hand.
const SOURCE_NOUNS: &[&str] = &include!("../data/source_nouns.rs");

/// People who speak in general news beyond the political reporting [`SOURCE_NOUNS`] was learnt
/// from (`forecasters say`, `residents said`, `witnesses told`), written by hand. They are
/// neither anonymous nor vague heads: naming them is no finding.
const PEOPLE_NOUNS: &[&str] = &[
    "academics",
    "classmates",
    "clients",
    "colleagues",
    "confidants",
    "consumers",
    "creditors",
    "customers",
    "doctors",
    "engineers",
    "families",
    "farmers",
    "firefighters",
    "foes",
    "forecasters",
    "historians",
    "medics",
    "neighbors",
    "neighbours",
    "nurses",
    "owners",
    "paramedics",
    "parents",
    "participants",
    "passengers",
    "physicians",
    "regulators",
    "relatives",
    "rescuers",
    "residents",
    "respondents",
    "shareholders",
    "shoppers",
    "soldiers",
    "specialists",
    "students",
    "survivors",
    "teachers",
    "victims",
    "witnesses",
];

/// Portuguese, Spanish and Italian particles inside names: `Banco do Brasil`, `Caixa dos
/// Depositos`, `Banco del Pacifico`, `Banca di Roma`. Lowercase as written (a capitalised `Do`
/// opens a question).
pub(crate) fn is_name_particle(word: &str) -> bool {
    matches!(word, "do" | "dos" | "da" | "das" | "del" | "di")
}

/// Lowercase particles inside people's names, which are no role before a name: `Ursula von der
/// Leyen`, `Mark van Dijk`, `Osama bin Laden` (a superset of [`is_name_particle`]).
pub(crate) fn is_surname_particle(word: &str) -> bool {
    is_name_particle(word)
        || matches!(
            word,
            "al" | "bin"
                | "bint"
                | "ibn"
                | "de"
                | "della"
                | "den"
                | "der"
                | "du"
                | "el"
                | "la"
                | "le"
                | "ten"
                | "ter"
                | "van"
                | "von"
                | "zu"
        )
}

/// True when `lower` is the singular of a noun of people (`dealer`, `broker`, `farmer`, as
/// [`is_anonymous_head`], [`PEOPLE_NOUNS`] and the vague heads of people have their plurals):
/// `the dealer` is someone unnamed, not a body as `the firm` is.
pub(crate) fn is_person_singular(lower: &str) -> bool {
    let mut buf = [0; 32];
    let n = lower.len();
    if n == 0 || n + 2 >= buf.len() || !lower.is_ascii() {
        return false;
    }
    buf[..n].copy_from_slice(lower.as_bytes());
    // `witness`, `boss`: the plural adds `es` after a hissing sound.
    let es = ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|e| lower.ends_with(e));
    let end = if es {
        buf[n..n + 2].copy_from_slice(b"es");
        n + 2
    } else {
        buf[n] = b's';
        n + 1
    };
    let Ok(plural) = std::str::from_utf8(&buf[..end]) else {
        return false;
    };
    is_anonymous_head(plural)
        || PEOPLE_NOUNS.contains(&plural)
        || matches!(
            plural,
            "dealers"
                | "brokers"
                | "economists"
                | "analysts"
                | "experts"
                | "observers"
                | "critics"
                | "commentators"
                | "pundits"
        )
}

/// Titles that make a named source a titled person.
pub(crate) fn is_title(lower: &str) -> bool {
    has_class(lower, Cue::TITLE)
}

/// The words of [`is_title`], in the cue table as [`Cue::TITLE`].
const TITLES: &[&str] = &[
    "president",
    "vice",
    "secretary",
    "minister",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "gov.",
    "governor",
    "mayor",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chancellor",
    "premier",
    "general",
    "gen.",
    "lt.",
    "col.",
    "maj.",
    "capt.",
    "adm.",
    "lieutenant",
    "colonel",
    "admiral",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "ceo",
    "judge",
    "justice",
    "king",
    "queen",
    "pope",
    "prince",
    "princess",
    "sheikh",
    "dr.",
    "prof.",
    "professor",
    "speaker",
    "leader",
    "commissioner",
    "attorney",
    "prosecutor",
    "chief",
    "head",
    "deputy",
    "pres.",
    "amb.",
    "congressman",
    "congresswoman",
    "councilman",
    "councilwoman",
    "presidential",
    "candidate",
    "nominee",
    "founder",
    "economist",
    "analyst",
    "treasurer",
    // Members of parliaments: `Labour MP Jess Phillips`, `Conservative MEP Daniel Hannan`.
    "mp",
    "mep",
    "msp",
    // Offices written with a hyphen, as British, Australian and UN usage has them: `UN
    // Secretary-General Kofi Annan`, `Attorney-General Daryl Williams`.
    "secretary-general",
    "attorney-general",
    "solicitor-general",
    "director-general",
    "governor-general",
    "auditor-general",
    "inspector-general",
    "vice-president",
    "vice-chairman",
    "vice-chancellor",
    "vice-premier",
    "vice-minister",
    // Clergy: `the Rev. Jesse Jackson`, `The Reverend Tim Costello`, `Rabbi Jonathan Sacks`.
    "rev.",
    "reverend",
    "rabbi",
    "imam",
    "bishop",
    "archbishop",
    "cardinal",
];

/// Final words that make a capitalised name an outlet: `Kyiv Post`, `Fox News`.
pub(crate) fn is_outlet_word(word: &str) -> bool {
    matches!(
        word,
        "News"
            | "Post"
            | "Times"
            | "Journal"
            | "Herald"
            | "Tribune"
            | "Telegraph"
            | "Press"
            | "Gazette"
            | "Guardian"
            | "Observer"
            | "Independent"
            | "Magazine"
            | "Radio"
            | "TV"
            | "Television"
            | "Agency"
            | "Daily"
            | "Weekly"
            | "Economist"
            | "Reuters"
            | "Bloomberg"
            | "Politico"
            | "Axios"
            | "Xinhua"
            | "Interfax"
            | "Ukrinform"
            | "TASS"
            | "UNN"
            | "AFP"
            | "AP"
            | "CNN"
            | "BBC"
            | "NBC"
            | "CBS"
            | "ABC"
            | "MSNBC"
            | "NPR"
            | "WP"
            | "NYT"
            | "WSJ"
            | "FT"
            | "Breitbart"
            | "Pravda"
            | "Izvestia"
            | "Kommersant"
            | "Vedomosti"
            | "RIA"
            | "Novosti"
            | "Spiegel"
            | "Monde"
            | "Figaro"
            | "Jazeera"
            | "Bild"
            | "Axel"
            | "Kyodo"
            | "Yonhap"
            | "Anadolu"
            | "Reuters’"
            | "HuffPost"
            | "Wire"
            | "Report"
            | "Review"
            | "Standard"
            | "Mirror"
            | "Sun"
            | "Mail"
            | "Express"
            | "Courier"
            | "Chronicle"
            | "Bulletin"
            | "Examiner"
            | "Inquirer"
            | "Dispatch"
            | "Monitor"
            | "Hill"
            | "Atlantic"
            | "Slate"
            | "Vox"
            | "Newsweek"
            | "Forbes"
            | "Fortune"
            | "Variety"
            | "Tass"
            | "Interfax-Ukraine"
            | "Gallup"
    )
}

/// Final words that make a name an organization: `the Foreign Ministry`.
pub(crate) fn is_organization_word(lower: &str) -> bool {
    has_class(lower, Cue::ORGANIZATION_WORD)
}

/// The words of [`is_organization_word`], in the cue table as [`Cue::ORGANIZATION_WORD`].
const ORGANIZATION_WORDS: &[&str] = &[
    "subsidiary",
    "unit",
    "affiliate",
    "command",
    "ministry",
    "department",
    "office",
    "committee",
    "party",
    "council",
    "commission",
    "kremlin",
    "house",
    "pentagon",
    "government",
    "administration",
    "campaign",
    "company",
    "corporation",
    "bank",
    "group",
    "union",
    "association",
    "institute",
    "foundation",
    "university",
    "court",
    "police",
    "army",
    "military",
    "agency",
    "service",
    "board",
    "organization",
    "organisation",
    "center",
    "centre",
    "fund",
    "bureau",
    "staff",
    "team",
    "inc.",
    "inc",
    "corp",
    "co",
    "cos",
    "limited",
    "gmbh",
    "plc",
    "ag",
    "nv",
    "llc",
    "lp",
    "holdings",
    "bancshares",
    "bancorp",
    "industries",
    "systems",
    "products",
    "foods",
    "airlines",
    "lines",
    "motors",
    "partners",
    "partnership",
    "airways",
    "oil",
    "petroleum",
    "gas",
    "securities",
    "international",
    "resources",
    "electric",
    "brothers",
    "savings",
    "capital",
    "embassy",
    "chamber",
    "division",
    "management",
    "mint",
    "trust",
    "exchange",
    "corp.",
    "co.",
    "ltd",
    "nato",
    "un",
    "eu",
    "fbi",
    "cia",
    "poll",
    "survey",
    "study",
    "senate",
    "congress",
    "parliament",
    "cabinet",
    "opposition",
    "state",
    "authorities",
];

/// Words that end a source phrase when reading leftwards from the cue: clause openers.
pub(crate) fn is_clause_boundary(lower: &str) -> bool {
    has_class(lower, Cue::CLAUSE_BOUNDARY)
}

/// The words of [`is_clause_boundary`], in the cue table as [`Cue::CLAUSE_BOUNDARY`].
const CLAUSE_BOUNDARIES: &[&str] = &[
    "and", "but", "or", "nor", "because", "when", "while", "as", "after", "before", "since", "if",
    "although", "though", "so", "that", "where", "whereas", "unless", "until", "than", "yet",
    "what", "how", "why", "whether", "once", "then", "also",
];

/// Verbs and other words that cannot be inside a subject noun phrase.
pub(crate) fn breaks_subject(lower: &str) -> bool {
    has_class(lower, Cue::BREAKS_SUBJECT)
}

/// The words of [`breaks_subject`], in the cue table as [`Cue::BREAKS_SUBJECT`].
const SUBJECT_BREAKERS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "could", "should",
    "shall", "may", "might", "must", "do", "does", "did", "not", "to", "if", "there", "here",
    "said", "says", "told", "this", "these", "those", "it's", "we're", "you", "me", "him", "us",
    "them", "no", "very", "too", "just", "only", "has", "have", "had", "about", "into", "against",
    "like", "because",
];

/// Determiners and quantifiers that may open a source phrase.
pub(crate) fn is_determiner(lower: &str) -> bool {
    has_class(lower, Cue::DETERMINER)
}

/// The words of [`is_determiner`], in the cue table as [`Cue::DETERMINER`].
const DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "another",
    "one",
    "two",
    "three",
    "four",
    "five",
    "several",
    "some",
    "many",
    "most",
    "other",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "both",
    "all",
    "few",
    "senior",
    "top",
    "former",
    "new",
    "longtime",
    "veteran",
    "retired",
    "outgoing",
    "incoming",
    "acting",
    "interim",
    "current",
    "exit",
    "recent",
    "local",
    "federal",
    "state",
    "private",
    "internal",
    "independent",
    "unnamed",
    "anonymous",
    "leading",
    "prominent",
    "fellow",
    "friends",
];

/// Anonymity notes: phrases that explain or mark an unnamed source.
pub(crate) const ANONYMITY_MARKERS: &[&[&str]] = &[
    &["on", "condition", "of", "anonymity"],
    &["on", "the", "condition", "of", "anonymity"],
    // (Without the `who` before them: `who also declined to be identified`.)
    &["asked", "not", "to", "be", "named"],
    &["asked", "not", "to", "be", "identified"],
    &["declined", "to", "be", "named"],
    &["declined", "to", "be", "identified"],
    &["requested", "anonymity"],
    &["did", "not", "want", "to", "be", "named"],
    &["did", "not", "want", "to", "be", "identified"],
    &["not", "authorized", "to", "discuss"],
    &["not", "authorised", "to", "discuss"],
    &["speaking", "anonymously"],
    &["not", "authorized", "to", "speak"],
    &["not", "authorised", "to", "speak"],
    &["familiar", "with"],
    &["close", "to"],
    &["privy", "to"],
    &["briefed", "on"],
    &["knowledgeable", "about"],
    &["with", "knowledge", "of"],
    &["with", "direct", "knowledge", "of"],
    &["on", "background"],
    &["anonymously"],
    // `who asked that he not be identified`.
    &["not", "be", "identified"],
    &["not", "be", "named"],
];

/// Mediums after a cue: `on Twitter`, `in a statement`.
pub(crate) fn is_medium_noun(lower: &str) -> bool {
    matches!(
        lower,
        "twitter"
            | "x"
            | "bluesky"
            | "threads"
            | "linkedin"
            | "substack"
            | "weibo"
            | "telegram"
            | "facebook"
            | "instagram"
            | "tiktok"
            | "youtube"
            | "social"
            | "media"
            | "truth"
            | "statement"
            | "interview"
            | "post"
            | "tweet"
            | "letter"
            | "email"
            | "e-mail"
            | "op-ed"
            | "video"
            | "broadcast"
            | "speech"
            | "channel"
            | "briefing"
            | "conference"
            // `on a call with analysts`, `on a conference call`, `in a webcast`, `at a hearing`.
            | "call"
            | "webcast"
            | "livestream"
            | "hearing"
            | "rally"
            | "release"
            | "memo"
            | "note"
            | "blog"
            | "column"
            | "editorial"
            | "report"
            | "podcast"
            | "appearance"
            | "address"
            | "message"
            | "filing"
            | "remarks"
            | "testimony"
            | "book"
            | "essay"
            | "article"
            | "website"
            | "account"
            | "page"
            | "show"
            | "program"
            | "programme"
            | "commercial"
            | "ad"
            | "advertisement"
            | "autobiography"
            | "memoir"
            | "biography"
            | "newsletter"
            | "documentary"
            // Wire copy's: `said in a telex`, `in its monthly bulletin`. (Not `review`, a verb
            // as often: `called on the government to review`.)
            | "telex"
            | "cable"
            | "bulletin"
            | "communique"
            | "circular"
            // Court and regulator papers: `said in a complaint filed in federal court`, `wrote
            // in the ruling`, `in court papers`, `in its prospectus`. (Not `order`: `in order
            // to`; not `brief`: `in brief`; not `judgment`: `a lapse in judgment`.)
            | "complaint"
            | "lawsuit"
            | "suit"
            | "affidavit"
            | "indictment"
            | "motion"
            | "petition"
            | "ruling"
            | "opinion"
            | "submission"
            | "declaration"
            | "prospectus"
            | "papers"
            | "filings"
            | "documents"
    )
}

/// Participles of the courts that describe the noun before them with their phrase (`A nurse
/// accused of murder told jurors`), as written: asked of every word near a cue, so the cheap
/// ending test first.
pub(crate) fn is_court_participle(word: &str) -> bool {
    word.ends_with("ed")
        && matches!(
            word,
            "accused" | "charged" | "convicted" | "suspected" | "acquitted" | "jailed"
        )
}

/// Plurals of time that end a phrase with their count, lowercase: `the past two years`.
pub(crate) fn is_plural_time(lower: &str) -> bool {
    matches!(
        lower,
        "years" | "months" | "weeks" | "days" | "decades" | "quarters"
    )
}

/// Words after which `this` is the cue's object, not a clause's first word: prepositions and
/// conjunctions, lowercase (`said this to reporters`, `reports this with reference to …`,
/// `said this and left`; not `said this was a mistake`).
pub(crate) fn follows_an_object(lower: &str) -> bool {
    matches!(
        lower,
        "to" | "on"
            | "in"
            | "at"
            | "for"
            | "about"
            | "with"
            | "after"
            | "before"
            | "during"
            | "by"
            | "from"
            | "of"
            | "and"
            | "but"
            | "or"
            | "when"
            | "while"
            | "because"
    )
}

/// The name of a month, lowercase: `march` (capitalised in the text, as a month; `may` and
/// `march` are words too).
pub(crate) fn is_month(lower: &str) -> bool {
    matches!(
        lower,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// Words that end a phrase of time (`yesterday`, `Tuesday`, `last week`, `in January`): the
/// [`is_time_word`]s that are no adverb opening one or modifying a verb (`late`, `last`,
/// `earlier`, `recently`), months and `weekend`.
pub(crate) fn ends_time_phrase(lower: &str) -> bool {
    is_month(lower)
        || lower == "weekend"
        || is_time_word(lower)
            && !lower.ends_with("ly")
            && !matches!(
                lower,
                "earlier"
                    | "later"
                    | "late"
                    | "early"
                    | "last"
                    | "this"
                    | "again"
                    | "also"
                    | "now"
                    | "then"
            )
}

/// True when `lower` is a unit of a time ago, singular or plural: `years` of `years ago`.
pub(crate) fn is_ago_unit(lower: &str) -> bool {
    matches!(
        lower.strip_suffix('s').unwrap_or(lower),
        "minute" | "hour" | "day" | "week" | "month" | "year" | "decade"
    )
}

/// True when `lower` may be a word of the amount of a time ago: `18`, `two`, `a few`,
/// `several`, `a couple of`.
pub(crate) fn is_ago_amount(lower: &str) -> bool {
    lower.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || is_number_word(lower)
        || matches!(
            lower,
            "a" | "an" | "few" | "several" | "couple" | "of" | "many"
        )
}

/// Prepositions and conjunctions that open a phrase of time, place or manner after a cue, not
/// a clause's subject: `said in response to questions`, `said after the meeting`, `said as he
/// left`.
pub(crate) fn is_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "about"
            | "after"
            | "against"
            | "amid"
            | "as"
            | "at"
            | "before"
            | "by"
            | "despite"
            | "during"
            | "following"
            | "for"
            | "from"
            | "in"
            | "inside"
            | "into"
            | "of"
            | "on"
            | "outside"
            | "over"
            | "since"
            | "through"
            | "to"
            | "under"
            | "until"
            | "upon"
            | "via"
            | "when"
            | "while"
            | "with"
            | "without"
    ) || is_time_word(lower)
}

/// Words of time that may follow a cue before its content: `said Tuesday that`.
pub(crate) fn is_time_word(lower: &str) -> bool {
    matches!(
        lower,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "tonight"
            | "earlier"
            | "later"
            | "late"
            | "early"
            | "last"
            | "this"
            | "week"
            | "month"
            | "year"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "recently"
            | "previously"
            | "again"
            | "also"
            | "now"
            | "then"
            | "repeatedly"
            | "publicly"
            | "privately"
            | "separately"
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn time_words_and_the_words_that_end_a_time_phrase() {
        for w in [
            "monday", "sunday", "today", "tonight", "week", "year", "night",
        ] {
            assert!(super::is_time_word(w) && super::ends_time_phrase(w), "{w}");
        }
        for w in ["late", "last", "earlier", "this", "separately", "recently"] {
            assert!(super::is_time_word(w) && !super::ends_time_phrase(w), "{w}");
        }
        // A month or a weekend is no time word after a cue (`said March load factor fell`).
        for w in ["march", "january", "weekend"] {
            assert!(!super::is_time_word(w) && super::ends_time_phrase(w), "{w}");
        }
    }

    use super::*;

    /// The lookup the bucketed table replaces: irregular forms first, then regular ones.
    fn verb_by_scan(lower: &str) -> Option<Verb> {
        if let Some(&(_, class, form, inverts)) = IRREGULAR.iter().find(|e| e.0 == lower) {
            return Some(Verb {
                class,
                form,
                inverts,
                noun: Noun::of(lower),
            });
        }
        REGULAR
            .iter()
            .find_map(|&(base, third, past, gerund, class, inverts)| {
                let form = [
                    (base, Form::Base),
                    (third, Form::Present3),
                    (past, Form::Past),
                    (gerund, Form::Gerund),
                ]
                .into_iter()
                .find(|(w, _)| *w == lower)?
                .1;
                Some(Verb {
                    class,
                    form,
                    inverts: inverts && matches!(form, Form::Past | Form::Present3),
                    noun: Noun::of(lower),
                })
            })
    }

    /// Adds to `words` a near miss of each: with an `s`, without its last byte, after an `x`.
    fn add_near_misses(words: &mut Vec<String>) {
        let near: Vec<String> = words
            .iter()
            .flat_map(|w| {
                [
                    format!("{w}s"),
                    w[..w.len() - 1].to_owned(),
                    format!("x{w}"),
                ]
            })
            .collect();
        words.extend(near);
    }

    #[test]
    fn keys_are_equal_as_words_in_any_ascii_case() {
        // Every byte lowercases as `u8::to_ascii_lowercase`, wherever it sits in the eight.
        for b in 0..=255_u8 {
            for at in 0..8 {
                let w = u64::from(b) << (8 * at) | 0x4142_5a5b_6061_7a7b & !(0xff << (8 * at));
                let want = u64::from_le_bytes(w.to_le_bytes().map(|b| b.to_ascii_lowercase()));
                assert_eq!(lower8(w), want, "{b:#x} at {at}");
            }
        }
        // Words of every length up to past sixteen bytes, in a buffer with and without bytes
        // after them: the keys of two words are equal exactly when the words are, in ASCII case.
        let words = [
            "",
            "a",
            "A",
            "said",
            "SAID",
            "Said",
            "saId!",
            "spokesman",
            "Spokesmen",
            "spokeswoman",
            "SPOKESWOMAN",
            "representatives",
            "Representatives",
            "representativeS",
            "it’s",
            "IT’S",
            "thé",
            "THÉ",
            "@",
            "`",
            "[",
            "{",
            "0123456789abcdefghij",
            "0123456789ABCDEFGHIJ",
        ];
        for a in words {
            for b in words {
                let same = a.len() == b.len() && a.eq_ignore_ascii_case(b);
                let key = |w: &str, tail: &str| {
                    let buf = format!("{w}{tail}");
                    Key::of(buf.as_bytes(), 0, w.len())
                };
                for (ta, tb) in [
                    ("", ""),
                    ("xxxxxxxx", ""),
                    ("", "YYYYYYYY"),
                    (" .", "QQQQQQQQQ"),
                ] {
                    if a.len() == b.len() {
                        assert_eq!(key(a, ta) == key(b, tb), same, "{a:?} {b:?}");
                    }
                }
            }
            // Read from a longer buffer, the word has its own cue.
            let buf = format!("{a}said");
            assert_eq!(cue_table().get(buf.as_bytes(), 0, a.len()), cue(a), "{a:?}");
        }
    }

    #[test]
    fn fast_path_lookups_agree_with_the_cue_table() {
        // Every form, its near misses and a few other words, in three cases: for each word of
        // one to eight ASCII letters and digits, read with other bytes after it, the short
        // table's cue is the full table's; for each of nine to sixteen, the long lookup's.
        let mut words: Vec<String> = cue_table()
            .entries
            .iter()
            .map(|e| e.form.to_owned())
            .collect();
        add_near_misses(&mut words);
        words.extend(["a", "I", "the", "The", "1987", "said9", "z"].map(str::to_owned));
        let mut asked = 0;
        for w in &words {
            for w in [w.clone(), w.to_ascii_uppercase(), w.to_ascii_lowercase()] {
                if !(1..=8).contains(&w.len()) || !w.bytes().all(|b| b.is_ascii_alphanumeric()) {
                    continue;
                }
                let buf = format!("{w}.Said xyz");
                let eight = u64::from_le_bytes(*buf.as_bytes().first_chunk::<8>().unwrap());
                let got = cue_table().get_short(short_key(eight, w.len()));
                assert_eq!(got, cue(&w), "{w:?}");
                asked += 1;
            }
            for w in [w.clone(), w.to_ascii_uppercase(), w.to_ascii_lowercase()] {
                if !(9..=16).contains(&w.len()) || !w.bytes().all(|b| b.is_ascii_alphanumeric()) {
                    continue;
                }
                let bytes = w.as_bytes();
                let head = u64::from_le_bytes(*bytes.first_chunk::<8>().unwrap());
                let tail = u64::from_le_bytes(*bytes.last_chunk::<8>().unwrap());
                let got = cue_table().get_long(short_key(head, 8), short_key(tail, 8), w.len());
                assert_eq!(got, cue(&w), "{w:?}");
                asked += 1;
            }
        }
        assert!(asked > 1000);
    }

    #[test]
    fn cue_table_agrees_with_a_scan() {
        let mut words: Vec<String> = Vec::new();
        for &(base, third, past, gerund, ..) in REGULAR {
            words.extend([base, third, past, gerund].map(str::to_owned));
        }
        words.extend(IRREGULAR.iter().map(|e| e.0.to_owned()));
        // Near misses: prefixes, extensions, other words, empty and odd strings.
        add_near_misses(&mut words);
        words.extend(
            [
                "",
                "the",
                "a",
                "z",
                "Said",
                "1987",
                "-",
                "according",
                "abcdefghijklmnopqrstuvwxyz",
            ]
            .map(str::to_owned),
        );
        for w in &words {
            // Any case, the verb of the lowercased word; with a non-ASCII letter, none.
            let want = verb_by_scan(&w.to_ascii_lowercase());
            assert_eq!(verb(w), want, "{w:?}");
            let upper = w.to_ascii_uppercase();
            assert_eq!(verb(&upper), want, "{upper:?}");
            let capital = format!("{}{}", &upper[..1.min(w.len())], &w[1.min(w.len())..]);
            assert_eq!(verb(&capital), want, "{capital:?}");
            assert_eq!(verb(&format!("{w}é")), None);
            let umlaut = w.replacen('a', "ä", 1);
            assert_eq!(
                verb(&umlaut),
                want.filter(|_| !w.contains('a')),
                "{umlaut:?}"
            );
        }
        assert!(verb("said").is_some_and(|v| v.inverts && v.form == Form::Past));
    }

    #[test]
    fn cue_words_start_their_rules() {
        let lists = [ACCORDING_TO_FIRST, CITING_FIRST, EXPRESSED_NOUN_FIRST];
        for (k, list) in lists.iter().enumerate() {
            for w in *list {
                for w in [w.to_string(), w.to_ascii_uppercase()] {
                    let c = cue(&w).expect("a first word is a cue");
                    let flags =
                        [Cue::ACCORDING_TO, Cue::CITING, Cue::EXPRESSED_NOUN].map(|f| c.has(f));
                    assert_eq!(flags, [k == 0, k == 1, k == 2], "{w:?}");
                    assert_eq!(c.verb, verb_by_scan(&w.to_ascii_lowercase()), "{w:?}");
                }
            }
        }
        // `citing` is a verb form too; other words start nothing.
        assert!(cue("Citing").is_some_and(|c| c.has(Cue::CITING) && c.verb.is_some()));
        for w in [
            "the",
            "of",
            "",
            "accordingly",
            "within",
            "i",
            "n",
            "expressive",
            "wïth",
        ] {
            let starts = Cue::ACCORDING_TO | Cue::CITING | Cue::EXPRESSED_NOUN | Cue::ANONYMITY;
            assert!(
                !cue(w).is_some_and(|c| c.has(starts) || c.verb.is_some()),
                "{w:?}"
            );
        }
        assert_eq!(cue("xyzzy"), None);
        // The sentence scan visits the words of one bit only.
        for w in [
            "said",
            "according",
            "citing",
            "with",
            "voiced",
            "the",
            "sources",
        ] {
            let c = cue(w).expect("a cue word");
            let starts =
                c.verb.is_some() || c.has(Cue::ACCORDING_TO | Cue::CITING | Cue::EXPRESSED_NOUN);
            assert_eq!(c.has(Cue::STARTS_RULE), starts, "{w:?}");
        }
        // `Sent::content_until` passes over the words that are no clause boundary: the one
        // word it ends at must be one.
        assert!(cue("and").is_some_and(|c| c.has(Cue::CLAUSE_BOUNDARY)));
        // `Sent::content_until` lowercases the word after a comma only when it has one of these
        // bits: the words it then asks for must have them.
        for (w, bit) in [
            ("according", Cue::ACCORDING_TO),
            ("citing", Cue::CITING),
            ("and", Cue::CLAUSE_BOUNDARY),
            ("but", Cue::CLAUSE_BOUNDARY),
        ] {
            assert!(cue(w).is_some_and(|c| c.has(bit)), "{w:?}");
        }
    }

    /// A word list and the table test that must agree with it.
    type ClassTest = (&'static [&'static str], fn(&str) -> bool);

    #[test]
    fn word_classes_agree_with_their_lists() {
        let lists: [ClassTest; 9] = [
            (CLAUSE_BOUNDARIES, is_clause_boundary),
            (SUBJECT_BREAKERS, breaks_subject),
            (DETERMINERS, is_determiner),
            (PRONOUNS, is_pronoun),
            (PUBLICATION_NOUNS, is_publication_noun),
            (ANONYMOUS_HEADS, is_anonymous_head),
            (VAGUE_HEADS, is_vague_head),
            (TITLES, is_title),
            (ORGANIZATION_WORDS, is_organization_word),
        ];
        let source_nouns = [
            PUBLICATION_NOUNS,
            ANONYMOUS_HEADS,
            VAGUE_HEADS,
            SOURCE_NOUNS,
        ]
        .concat();
        // Every word of every list, the verb forms, and near misses of each.
        let mut words: Vec<String> = lists
            .iter()
            .flat_map(|(l, _)| l.iter())
            .chain(&source_nouns)
            .chain(verb_forms().iter().map(|(w, _)| w))
            .map(|w| w.to_string())
            .collect();
        add_near_misses(&mut words);
        words.extend(["", "z", "it’s", "thé", "1987"].map(str::to_owned));
        for w in &words {
            for (list, test) in lists {
                assert_eq!(test(w), list.contains(&w.as_str()), "{w:?}");
            }
            assert_eq!(
                is_source_noun(w),
                source_nouns.contains(&w.as_str()),
                "{w:?}"
            );
            // Any ASCII case has the classes of the lowercase word.
            let upper = w.to_ascii_uppercase();
            let flags = |w: &str| cue(w).map(|c| c.flags);
            assert_eq!(flags(&upper), flags(w), "{upper:?}");
        }
    }
}
