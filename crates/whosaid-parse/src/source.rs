//! Source phrases: the noun phrase that names who speaks, read leftwards from a cue (`the
//! publication writes`) or rightwards after an inverted cue (`said an official familiar with the
//! situation`), and its class.

use crate::lexicon::{self, Cue, Form};
use crate::tokens::{Kind, Tok};
use whosaid_core::{MentionClass, Span};

/// Longest source phrase, in tokens. Bounds the work per cue.
const MAX_LEN: usize = 14;

fn lower<'b>(t: &Tok<'b>, buf: &'b mut [u8; 32]) -> &'b str {
    t.lower(buf).unwrap_or("")
}

/// True when `t` is a word of [`lexicon::is_pre_cue_filler`]. The word is lowercased and
/// matched only when it can be one: when it is in the cue table as [`Cue::ADVERB`] or ends in
/// `-ly` (five letters or more); no other word is.
pub(crate) fn is_filler(t: &Tok<'_>) -> bool {
    let b = t.text.as_bytes();
    t.is_word()
        && (t.has(Cue::ADVERB) || b.len() > 4 && b[b.len() - 2..].eq_ignore_ascii_case(b"ly"))
        && {
            let mut buf = [0; 32];
            lexicon::is_pre_cue_filler(lower(t, &mut buf))
        }
}

/// True when `t` is a word of [`lexicon::is_sentence_opener`], in any case: asked of the words
/// in the cue table as [`Cue::ADVERB`] only.
fn is_opener(t: &Tok<'_>) -> bool {
    t.has(Cue::ADVERB) && {
        let mut buf = [0; 32];
        lexicon::is_sentence_opener(lower(t, &mut buf))
    }
}

/// True when `t` is a verb form that is no noun: the form of a speech act that is as often a
/// noun (`the blast`, `calls for reform`, `questions`) may stand in a noun phrase, as it did
/// before those verbs were cues.
fn verb_only(t: &Tok<'_>) -> bool {
    t.verb()
        .is_some_and(|v| !(v.class == lexicon::VerbClass::Act && v.noun_ambiguous() || v.noun_first()))
        // A document's `read` is a cue beside its quote only; in a phrase it is a participle
        // (`A communique read over the state-run television tonight said`).
        && !t.is("read")
}

/// True for tokens that may be inside a noun phrase naming a source.
fn np_word(t: &Tok<'_>) -> bool {
    if t.depth > 0 {
        return false;
    }
    match t.kind {
        Kind::Word(_) => {
            if t.is_capitalized() {
                // Capitalised function words still end a phrase: "But", "When".
                return !t.has(Cue::CLAUSE_BOUNDARY);
            }
            !(t.has(Cue::BREAKS_SUBJECT | Cue::CLAUSE_BOUNDARY) || verb_only(t))
        }
        // `%` of a share: `62% of voters said`.
        Kind::Punct(c) => matches!(c, '(' | ')' | '&' | '\'' | '’' | '%'),
        _ => false,
    }
}

/// True when `t` can end (be the head of) a source phrase.
fn head_word(t: &Tok<'_>) -> bool {
    if !t.is_word() {
        return false;
    }
    if t.is_capitalized() {
        // A quantifier alone is a vague source: `Some said`, `Many say`, `Another said`.
        // A capitalised determiner that is also a source noun heads a phrase: `Friends say`.
        return !t.has(Cue::CLAUSE_BOUNDARY | Cue::BREAKS_SUBJECT | Cue::DETERMINER)
            || t.is("it")
            || t.has(Cue::VAGUE_HEAD)
            || t.has(Cue::SOURCE_NOUN) && !t.has(Cue::CLAUSE_BOUNDARY | Cue::BREAKS_SUBJECT);
    }
    t.has(Cue::PRONOUN | Cue::SOURCE_NOUN)
        // A title is a person: `Connecticut’s tax commissioner said`. Not the titles that are
        // as often other words (`in general`, `the head of`, `chief`).
        || t.has(Cue::TITLE)
            && !t.text.contains('.')
            && !["general", "head", "chair", "chief", "justice"]
                .iter()
                .any(|w| t.is(w))
}

/// The token where the words between a subject and its cue at `cue` begin, read leftwards
/// down to `stop`: adverbs and auxiliaries (`has`, `also`, `later`), days and times (`on
/// Sunday`, `last week`, `on Thursday evening`, `released Monday`), a reflexive (`himself`).
pub(crate) fn skip_fillers_back(toks: &[Tok<'_>], stop: usize, cue: usize) -> usize {
    let mut end = cue;
    // Fillers between subject and cue: has, also, later, on Sunday.
    while end > stop {
        let t = &toks[end - 1];
        // Capitalised, a filler is a name: `Theresa May said`, `USA Today reported`. The word
        // is lowercased only when the cheaper tests leave it in question.
        // (Not an auxiliary capitalised after an abbreviation, as wire copy writes it: `The
        // U.S. Has also asked`.)
        let name_like = || {
            t.is_capitalized()
                && t.text.chars().any(char::is_lowercase)
                && !(end >= stop + 2
                    && toks[end - 2].text.ends_with('.')
                    && matches!(
                        t.text,
                        "Has" | "Have" | "Had" | "Is" | "Was" | "Will" | "Would"
                    ))
        };
        let mut buf = [0; 32];
        // (`Having` is none: `Having said that the plan failed, …`.)
        if is_filler(t) && (!name_like() || t.is("having")) {
            end -= 1;
        } else if end >= stop + 2 && toks[end - 2].is("on") && is_weekday(lower(t, &mut buf)) {
            end -= 2;
        } else if end >= stop + 2
            && ["last", "this", "next", "earlier", "late", "early"]
                .iter()
                .any(|w| toks[end - 2].is(w))
            && matches!(
                lower(t, &mut buf),
                "week" | "month" | "year" | "weekend" | "night" | "morning" | "afternoon"
            )
        {
            // `Dianne Feinstein (D-Calif.) last week said`, `Smith late Tuesday said`.
            end -= 2;
        } else if end >= stop + 3
            && toks[end - 3].is("on")
            && is_weekday(lower(&toks[end - 2], &mut [0; 32]))
            && matches!(
                lower(t, &mut buf),
                "morning" | "afternoon" | "evening" | "night"
            )
        {
            // `Sean Spicer on Thursday evening said`.
            end -= 3;
        } else if end >= stop + 3
            && toks[end - 2].is_word()
            && toks[end - 2].is_lower()
            && toks[end - 2].text.len() > 4
            && toks[end - 2].text.ends_with("ed")
            && is_weekday(lower(t, &mut buf))
        {
            // `A poll released Monday showed`: a participle and its day.
            end -= 2;
        } else if let Some(start) = ago_phrase(toks, stop, end) {
            // `Others, who one month ago claimed`, `Smith two weeks ago said`.
            end = start;
        } else if end >= stop + 2
            && matches!(t.text, "himself" | "herself" | "themselves" | "itself")
            && toks[end - 2].is_word()
        {
            // `Cruz himself said`: the reflexive beside its subject is none of the name.
            end -= 1;
        } else if end >= stop + 4
            && t.is_punct(',')
            && toks[end - 3].is_punct(',')
            && toks[end - 2].is_lower()
            && is_opener(&toks[end - 2])
        {
            // `U.S. officials, however, have said`: the adverb between commas.
            end -= 3;
        } else {
            break;
        }
    }
    end
}

/// The start of a phrase of time in `ago` that ends at `end` (exclusive), down to `stop`: an
/// amount (`one`, `two`, `a`, `a few`, `several`, `18`) and a unit (`month`, `weeks`, `years`).
fn ago_phrase(toks: &[Tok<'_>], stop: usize, end: usize) -> Option<usize> {
    if end < stop + 3 || !toks[end - 1].is("ago") {
        return None;
    }
    let mut b = [0; 32];
    if !lexicon::is_ago_unit(lower(&toks[end - 2], &mut b)) {
        return None;
    }
    let amount = |t: &Tok<'_>| {
        let mut b = [0; 32];
        t.is_word() && lexicon::is_ago_amount(lower(t, &mut b))
    };
    let mut start = end - 2;
    while start > stop && end - start < 5 && amount(&toks[start - 1]) {
        start -= 1;
    }
    (start < end - 2).then_some(start)
}

/// The subject of a cue at token `cue`, read leftwards; `stop` is the first token that may
/// belong to it. Returns the token range `[start, end)` of the phrase.
pub(crate) fn before(toks: &[Tok<'_>], stop: usize, cue: usize) -> Option<(usize, usize)> {
    before_with(toks, stop, cue, false)
}

/// [`before`], accepting any common noun as head when `relaxed` (in `…, former rival says.` the
/// phrase between the comma and the cue can only be the source).
pub(crate) fn before_with(
    toks: &[Tok<'_>],
    stop: usize,
    cue: usize,
    relaxed: bool,
) -> Option<(usize, usize)> {
    let (start, end) = phrase_before(toks, stop, cue, relaxed)?;
    // A relative pronoun inside the phrase, and no verb after it before the cue: the cue is
    // the relative clause's, and its subject the words after the pronoun (`a five pct impact
    // which the company blamed on currency movements`, `items on which Washington asked`).
    // (Not `states in which the department collects data reported`: that clause has its verb.)
    let relative = (start + 1..end.saturating_sub(1)).rev().find(|&k| {
        let t = &toks[k];
        t.depth == 0 && (t.text == "which" || t.text == "whom")
    });
    if let Some(r) = relative {
        let verb = toks[r + 1..end - 1].iter().any(|t| {
            t.is_word()
                && t.is_lower()
                && (is_finite_verb(t) || lexicon::is_auxiliary(lower(t, &mut [0; 32])))
        });
        // (Its subject's head must be one that speaks: a name, a pronoun, a body, a source
        // noun; and at most three words, as a present verb is not known from a noun: `the
        // department collects data` is a clause.)
        let head = &toks[end - 1];
        let speaks = head.is_capitalized()
            || head.has(Cue::SOURCE_NOUN | Cue::PRONOUN | Cue::ORGANIZATION_WORD)
            || head.verb().is_some_and(|v| v.noun_ambiguous());
        if !verb && speaks && end - (r + 1) <= 3 {
            return Some((r + 1, end));
        }
    }
    Some((start, end))
}

/// [`before_with`] before a relative pronoun inside the phrase is looked for.
fn phrase_before(
    toks: &[Tok<'_>],
    stop: usize,
    cue: usize,
    relaxed: bool,
) -> Option<(usize, usize)> {
    let mut end = skip_fillers_back(toks, stop, cue);
    if end == stop {
        return None;
    }
    // A party and state between commas after a name (`Senate Majority Leader John Thune,
    // R-S.D., told`): the name's, and the phrase's end.
    if end >= stop + 4
        && toks[end - 1].is_punct(',')
        && is_party_state(&toks[end - 2])
        && toks[end - 3].is_punct(',')
    {
        let (s, e) = before_with(toks, stop, end - 3, relaxed)?;
        return (e == end - 3 && toks[e - 1].is_capitalized()).then_some((s, end - 1));
    }
    let last = &toks[end - 1];
    // `those surveyed said`, `Some 56 percent of Cuban-Americans polled said`: the participle
    // of a poll closes the phrase before it.
    if end >= stop + 2 && last.is_word() && is_poll_participle(last) {
        if toks[end - 2].is("those") {
            return Some((end - 2, end));
        }
        // Not a clause's subject: `the people he interviewed said`.
        let sample = before_with(toks, stop, end - 1, relaxed)
            .filter(|&(_, e)| e == end - 1 && !toks[e - 1].has(Cue::PRONOUN));
        if let Some((s, _)) = sample {
            return Some((s, end));
        }
    }
    // `a source close to him said`: a source noun and what it knows, whatever word ends it.
    // (The first byte and the flags only: the marker's own test rules out nearly every phrase.)
    if last.is_word() && !last.is_capitalized() && (last.has(Cue::PRONOUN) || !head_word(last)) {
        if let Some(found) = informed_source(toks, stop, end) {
            return Some(found);
        }
    }
    // A parenthesis between name and cue: `Sen. Bernie Sanders (I-Vt.) said`.
    let mut head_at = end - 1;
    let mut stop = stop;
    // Wire copy's angle brackets: around a company's name (`<Cogeco Inc> said`), the name is
    // the source; after one, a ticker (`Hammer Technologies Inc <HAMM> said`), passed over.
    if toks[head_at].is_punct('>') {
        let open = (head_at.saturating_sub(12).max(stop)..head_at)
            .rev()
            .find(|&k| toks[k].is_punct('<'))?;
        // A ticker has no lowercase letter (`<HAMM>`, `<TOYO.T>`); a name in brackets does
        // (`The <American Stock Exchange> said`).
        let ticker = open > stop
            && toks[open - 1].is_word()
            && toks[open - 1].is_capitalized()
            && !toks[open + 1..head_at]
                .iter()
                .any(|t| t.text.bytes().any(|b| b.is_ascii_lowercase()));
        if ticker {
            end = open;
            head_at = open - 1;
        } else if open + 1 < head_at {
            end = head_at;
            head_at -= 1;
            stop = open + 1;
        } else {
            return None;
        }
    }
    if toks[head_at].is_punct(')') {
        let open = (head_at.saturating_sub(8).max(stop)..head_at)
            .rev()
            .find(|&k| toks[k].is_punct('('))?;
        if open == stop {
            // Wire copy's parentheses around a company's name that opens the sentence:
            // `(Groupe Cantrex Inc) said`. The name is the source, without them.
            let inside = &toks[open + 1..head_at];
            let name = inside
                .first()
                .is_some_and(|t| t.is_word() && t.is_capitalized())
                && inside
                    .iter()
                    .all(|t| t.is_word() || t.is_punct('&') || t.is_punct('.'));
            return name.then_some((open + 1, head_at));
        }
        head_at = open - 1;
    }
    let head = &toks[head_at];
    // A participle of the courts and its phrase after the noun describe it: `A former nurse
    // accused of poisoning three patients told jurors`, `a man charged with fraud said`.
    if let Some(p) = (head_at.saturating_sub(8).max(stop + 1)..head_at)
        .rev()
        .take_while(|&k| toks[k].is_word() && toks[k].depth == 0)
        .find(|&k| {
            lexicon::is_court_participle(toks[k].text)
                && toks
                    .get(k + 1)
                    .is_some_and(|t| t.is("of") || t.is("with") || t.is("for"))
        })
    {
        if let Some((s, _)) = before_with(toks, stop, p, relaxed)
            .filter(|&(s, e)| e == p && end - s <= MAX_LEN && !toks[e - 1].has(Cue::PRONOUN))
        {
            return Some((s, end));
        }
    }
    // A conjunction or a preposition ends no noun phrase: in `X rejected the offer and said`
    // the subject is far back, and no source is better than `the offer and`. Only lowercase
    // words count, so the text is matched as it is: no lowercase copy.
    if head.is_word()
        && matches!(
            head.text,
            "and"
                | "or"
                | "but"
                | "nor"
                | "of"
                | "to"
                | "in"
                | "for"
                | "at"
                | "with"
                | "from"
                | "by"
                | "on"
                | "as"
                | "than"
                | "the"
                | "a"
                | "an"
        )
    {
        return None;
    }
    let common_noun = || {
        head.is_word()
            && head.is_lower()
            && !head.has(Cue::BREAKS_SUBJECT | Cue::CLAUSE_BOUNDARY)
            && !verb_only(head)
    };
    let relaxed_ok = relaxed && common_noun();
    // After the sentence's opening adverb and its comma, or a capitalised word that opens the
    // phrase, a few plain words ending in a plural can only be the subject: `However, insurers
    // said`, `Still, market watchers said`, `Private exporters said`. Before `say`, `tell` or
    // `report` only, with no infinitive or `as` after it (`Interest rates responded quickly`,
    // `Japanese securities houses asked to consider`, `Quarter net loss reported as …`).
    // Asked last, of the heads no other test takes.
    let after_opener = || {
        let plural = head.text.len() > 3 && head.text.ends_with('s') && !head.text.ends_with("ss");
        let speech_cue = toks.get(cue).is_some_and(|t| {
            t.verb()
                .is_some_and(|v| v.class == lexicon::VerbClass::Speech)
                && [
                    "said", "says", "say", "told", "tell", "tells", "reported", "reports", "report",
                ]
                .iter()
                .any(|w| t.is(w))
        }) && !toks.get(cue + 1).is_some_and(|t| t.is("to") || t.is("as"));
        plural && speech_cue && common_noun() && {
            let mut k = head_at;
            while k > stop + 1
                && head_at - k < 3
                && toks[k - 1].is_word()
                && toks[k - 1].is_lower()
                && !verb_only(&toks[k - 1])
                && !toks[k - 1].has(Cue::BREAKS_SUBJECT | Cue::CLAUSE_BOUNDARY)
            {
                k -= 1;
            }
            k == stop + 2 && toks[k - 1].is_punct(',') && is_opener(&toks[stop])
                || k == stop + 1
                    && toks[stop].is_word()
                    && toks[stop].is_capitalized()
                    && toks[stop].depth == 0
                    && !toks[stop].has(Cue::CLAUSE_BOUNDARY | Cue::BREAKS_SUBJECT | Cue::PRONOUN)
                    && toks[stop].verb().is_none()
        }
    };
    // A capitalised word after a capitalised word is part of a name, whatever its lowercase
    // reading: `Theresa May`, `USA Today`.
    let name_part = head.is_word()
        && head.is_capitalized()
        && head.text.chars().any(char::is_lowercase)
        && head_at > stop
        && toks[head_at - 1].is_word()
        && toks[head_at - 1].is_capitalized()
        && !toks[head_at - 1].has(Cue::CLAUSE_BOUNDARY);
    // `Analysts at several brokerage houses said`: any noun ends a phrase that opens with a
    // source noun and its preposition; the phrase then starts at that noun.
    let source_before = || {
        let lo = head_at.saturating_sub(MAX_LEN).max(stop);
        if !(head.is_word() && head.is_lower() && !verb_only(head)) {
            return None;
        }
        let p = (lo..head_at)
            .rev()
            .take_while(|&k| toks[k].is_word() && toks[k].depth == 0)
            .find(|&k| {
                ["at", "on", "in", "from", "with", "for"]
                    .iter()
                    .any(|w| toks[k].is(w))
            })?;
        let opens = p > stop
            && toks[p - 1].has(Cue::SOURCE_NOUN)
            && !toks[p - 1].has(Cue::PRONOUN)
            && (p - 1 == stop || !np_word(&toks[p - 2]));
        if opens {
            Some(p - 1)
        } else {
            None
        }
    };
    if let Some(s) = share_before(toks, stop, head_at) {
        return Some((s, end));
    }
    // A company's form in lowercase after its name, as wire copy sometimes writes it: `Ropak
    // corp said`, `Boeing co said`.
    let lowercase_form = head.text.len() <= 4
        && head_at > stop
        && matches!(head.text, "corp" | "inc" | "ltd" | "plc" | "co" | "cos")
        && toks[head_at - 1].is_capitalized();
    // A pronoun stands alone (`One said …`, where `One` opening the sentence is also a
    // determiner).
    // (A capitalised `One` right before its cue only: `One widely mentioned possibility is`.)
    if head.has(Cue::PRONOUN)
        && (!head.is_capitalized()
            || ["he", "she", "they", "i", "we", "who"]
                .iter()
                .any(|w| head.is(w))
            || head.is("one") && end == cue)
    {
        return Some((end - 1, end));
    }
    let mut opens_at = None;
    if !head_word(head)
        && !lowercase_form
        && !name_part
        && !relaxed_ok
        && !determiner_led(toks, stop, head_at)
        && !after_opener()
    {
        opens_at = Some(source_before()?);
    }
    let mut start = head_at;
    // An article after a cue's recipient opens the phrase: `told reporters the vote showed`
    // (the recipient is the cue's, the phrase `the vote`).
    // (The cue table's verb first: it rules out nearly every word before a recipient.)
    let article_opens = |k: usize| {
        k >= stop + 2
            && toks[k - 2].verb().is_some()
            && [
                "told", "tells", "tell", "telling", "informed", "assured", "reminded",
            ]
            .iter()
            .any(|w| toks[k - 2].is(w))
            && (toks[k].is("the") || toks[k].is("a") || toks[k].is("an"))
            && toks[k - 1].is_word()
            && !toks[k - 1].has(Cue::DETERMINER)
    };
    // The phrase runs on leftwards over the token before `k`, the phrase's first so far, when
    // that token joins it.
    let joins = |k: usize| {
        np_word(&toks[k - 1])
            // `the think tank`: a verb's form before its noun.
            || toks[k - 1].is("think") && (toks[k].is("tank") || toks[k].is("tanks"))
            // `two sources close to the Kremlin`, `people familiar with the matter`
            || k >= 2
                && (toks[k - 1].is("to") && (toks[k - 2].is("close") || toks[k - 2].is("privy"))
                    || toks[k - 1].is("with") && toks[k - 2].is("familiar"))
            || k >= stop + 2 && joins_a_name(toks, k)
            || k >= stop + 2 && joins_titles(toks, k - 1)
            || k >= stop + 2 && k < head_at && joins_modifiers(toks, stop, head_at, k)
    };
    while start > stop && end - (start - 1) <= MAX_LEN && joins(start) && !article_opens(start) {
        start -= 1;
    }
    if let Some(s) = opens_at {
        start = start.min(s);
    }
    // `A report published by the agency`: a verb form that is as often a noun (`report`,
    // `survey`) is the noun after an article, which then opens the phrase.
    if start >= stop + 2
        && end - (start - 2) <= MAX_LEN
        && toks[start - 1].depth == 0
        && toks[start - 1].verb().is_some_and(|v| {
            v.noun_ambiguous()
                && matches!(
                    v.class,
                    lexicon::VerbClass::Speech | lexicon::VerbClass::Evidence
                )
        })
        && (toks[start - 2].is("a") || toks[start - 2].is("an") || toks[start - 2].is("the"))
        // What follows tells whose it is: `by`, `on`, `from`, a participle (not `a report the
        // Kiel institute said`, two phrases).
        && (["by", "on", "in", "from", "for", "of"]
            .iter()
            .any(|w| toks[start].is(w))
            || toks[start].is_lower() && toks[start].text.len() > 4 && toks[start].text.ends_with("ed"))
    {
        start -= 2;
    }
    // Drop leading words that cannot open a noun phrase (prepositions, lowercase verbs).
    while start < end - 1 {
        let t = &toks[start];
        // Right after a comma, a plain lowercase word before the head is a noun's modifier:
        // `…, trade sources said`, `…, finance ministry officials said`.
        let after_comma = start > stop
            && toks[start - 1].is_punct(',')
            && t.is_word()
            && t.is_lower()
            && t.depth == 0
            && t.verb().is_none()
            && !t.has(Cue::BREAKS_SUBJECT | Cue::CLAUSE_BOUNDARY | Cue::PRONOUN)
            && toks[start..end].iter().enumerate().all(|(k, t)| {
                let mut b = [0; 32];
                let w = lower(t, &mut b);
                // Nouns only: no verb form, adverb or article (`…, struck a similar note`).
                // A noun in `-ing` may modify the head (`merchant banking sources`, `weather
                // and farming sources`), when it is no verb of the cue table.
                let modifier_ing = start + k + 1 < end && t.verb().is_none();
                // A name's word is a name's, whatever its ending (`Fred`, `Kelly`, `Sterling`).
                let name = t.is_capitalized() && !t.has(Cue::DETERMINER);
                name || !(lexicon::is_auxiliary(w)
                    || w.ends_with("ly")
                    || w.ends_with("ing") && !modifier_ing
                    || w.ends_with("ed")
                    || is_irregular_past(w)
                    || t.has(Cue::DETERMINER))
            });
        // A number opens a share (`46 percent of voters said`, `80 pct of the sample`); a word
        // that starts with a digit but holds letters is a name (`3Com Corp said`). Not a year
        // or an amount before the phrase: `In 1986 the company reported`, `36 dlrs a share`.
        // An age opens a phrase too: `81-year-old Parker Eaton, a nominal Republican, said`.
        let number = t.is_word()
            && t.text.as_bytes()[0].is_ascii_digit()
            && (t.text.bytes().any(|b| b.is_ascii_uppercase())
                || t.text.ends_with("-old")
                || toks
                    .get(start + 1)
                    .is_some_and(|n| n.is("percent") || n.is("pct") || n.is("per") || n.is("%")));
        let opener = after_comma
            || number
            || t.is_capitalized()
            || t.has(Cue::DETERMINER | Cue::SOURCE_NOUN)
            || {
                let mut b = [0; 32];
                let w = lower(t, &mut b);
                t.is_word() && w.ends_with('s') && w.len() > 3
                    || t.is_word() && t.is_lower() && is_adjective_like(w)
            };
        if opener
            && !["of", "for", "at", "in", "on", "by", "with", "from"]
                .iter()
                .any(|w| t.is(w))
        {
            break;
        }
        start += 1;
    }
    // `A Gallup poll released on Monday showed`: the participle after the head noun is none
    // of the phrase.
    if end - start >= 3 && toks[end - 1].is_lower() && toks[end - 2].has(Cue::SOURCE_NOUN) {
        let mut b = [0; 32];
        let w = lower(&toks[end - 1], &mut b);
        if w.len() > 4 && w.ends_with("ed") && !toks[end - 1].has(Cue::SOURCE_NOUN) {
            end -= 1;
        }
    }
    // `this source told`, `these officials said`: a demonstrative, which ends other phrases,
    // opens this one when a source noun heads it; `that` and `those` only opening the sentence
    // (`That person said`), where they are no conjunction.
    if start > stop
        && toks[start - 1].is_word()
        && (toks[start - 1].is("this")
            || toks[start - 1].is("these")
            || (toks[start - 1].text == "That" || toks[start - 1].text == "Those"))
        && toks[end - 1].has(Cue::SOURCE_NOUN)
        && toks[start..end].iter().all(|t| t.is_word() && t.is_lower())
    {
        start -= 1;
    }
    // A sentence adverb before the subject: `Later Rubio told`, `Meanwhile the ministry said`.
    if start + 1 < end && toks[start].is_capitalized() && is_opener(&toks[start]) {
        start += 1;
    }
    // Two names joined: `William Schreyer and Daniel Tully said` is said by both.
    if start >= stop + 2 && toks[start].is_capitalized() && toks[start - 1].is("and") {
        let mut first = start - 1;
        while first > stop
            && end - (first - 1) <= MAX_LEN
            && toks[first - 1].is_word()
            && toks[first - 1].is_capitalized()
            && toks[first - 1].depth == 0
            && !toks[first - 1].has(Cue::CLAUSE_BOUNDARY | Cue::DETERMINER)
        {
            first -= 1;
        }
        // `he and Mr. Allen said`: a pronoun and a name.
        if first == start - 1
            && first > stop
            && ["he", "she", "i", "we"]
                .iter()
                .any(|w| toks[first - 1].is(w))
        {
            first -= 1;
        }
        if first < start - 1 {
            start = first;
        }
    }
    // Two groups joined: `traders and analysts said`, `teachers and union officials told`.
    if start >= stop + 2
        && toks[start - 1].is("and")
        && toks[start - 2].has(Cue::SOURCE_NOUN)
        && toks[end - 1].has(Cue::SOURCE_NOUN)
        && np_word(&toks[start - 2])
    {
        let mut first = start - 2;
        while first > stop
            && end - first < MAX_LEN
            && start - 1 - first < 3
            && np_word(&toks[first - 1])
            && !toks[first - 1].has(Cue::CLAUSE_BOUNDARY)
            && !toks[first - 1].is_punct(')')
            && toks[first - 1].is_word()
            && {
                let mut b = [0; 32];
                let w = lower(&toks[first - 1], &mut b);
                !matches!(
                    w,
                    "of" | "for" | "at" | "in" | "on" | "by" | "with" | "from" | "to"
                )
            }
        {
            first -= 1;
        }
        start = first;
    }
    // `Another intelligence source speaking to Fox News said`: the phrase found is whom the
    // source spoke to; the source is the phrase before the participle.
    if start >= stop + 3
        && toks[start - 1].is("to")
        && ["speaking", "talking", "writing"]
            .iter()
            .any(|w| toks[start - 2].is(w))
    {
        return before_with(toks, stop, start - 2, relaxed);
    }
    // The object of a preposition is no subject: the phrase runs on to the noun before it
    // (`advisers to Mr. Obama say`, `Data from the 2014 American Community Survey show`, `an
    // email sent by Afroz to an address in Australia had mentioned`) when one ends right
    // before it; else the phrase stays as found, the speaker's words at least. (Not a
    // pronoun, which stands alone: `…, according to him, he said`.)
    if start > stop
        && (end - start > 1 || toks[start].is_capitalized() && !toks[start].has(Cue::PRONOUN))
        && toks[start - 1].is_word()
        && matches!(
            toks[start - 1].text,
            "to" | "by" | "from" | "into" | "onto" | "toward" | "towards" | "against" | "via"
        )
    {
        if let Some((s, _)) = before_with(toks, stop, start - 1, relaxed).filter(|&(s, e)| {
            e == start - 1
                && end - s <= MAX_LEN
                && !["according", "due", "prior", "thanks", "close", "next"]
                    .iter()
                    .any(|w| toks[e - 1].is(w))
                // Not through an adjunct of time or occasion between a subject and its cue:
                // `Minister Michael Jopling during a visit to Washington endorsed`, `Reagan in
                // a message to Congress said`.
                && !toks[s + 1..e]
                    .iter()
                    .any(|t| ["during", "in", "at", "on", "while"].iter().any(|w| t.is(w)))
        }) {
            return Some((s, end));
        }
    }
    Some((start, end))
}

/// True for the participles that close a poll's sample: `those surveyed`, `voters polled`.
fn is_poll_participle(t: &Tok<'_>) -> bool {
    matches!(
        t.text,
        "polled" | "surveyed" | "interviewed" | "questioned" | "sampled"
    )
}

/// The phrase ending at token `end` (exclusive) when it is a source noun and what makes the
/// source informed (`a source close to him`, `Another source familiar with Cruz’s thinking`,
/// `People with direct knowledge of Gates' work`): the phrase runs to the cue whatever word
/// ends it, a pronoun or a gerund that ends no other phrase.
fn informed_source(toks: &[Tok<'_>], stop: usize, end: usize) -> Option<(usize, usize)> {
    const MAX_TAIL: usize = 8;
    let lo = end.saturating_sub(MAX_TAIL + 2).max(stop + 1);
    // The nearest marker, found by the flag of its first word alone (most tokens before a
    // cue have none: this runs at most cues).
    let k = (lo..end).rev().find(|&k| {
        toks[k].has(Cue::ANONYMITY)
            && lexicon::ANONYMITY_MARKERS.iter().any(|m| {
                // The markers that take an object: `familiar with`, `close to`, `with
                // knowledge of`.
                matches!(m.last(), Some(&("with" | "to" | "on" | "about" | "of")))
                    && k + m.len() < end
                    && m.iter().zip(&toks[k..]).all(|(w, t)| t.is(w))
            })
    })?;
    // Words of a noun phrase up to the cue: no clause's verb or boundary (`Traders familiar
    // with the opinion said the recommendation noted`), a gerund only (`Cruz’s thinking`);
    // `and` inside it (`close to Nairobi broking houses and exporters`).
    let phrase = toks[k + 1..end].iter().enumerate().all(|(j, t)| {
        let phrase_word = t.is_word()
            && (!t.has(Cue::CLAUSE_BOUNDARY) || t.is("and") && k + 1 + j + 1 < end)
            && t.verb().is_none_or(|v| v.form == Form::Gerund);
        t.depth == 0 && (phrase_word || t.is_punct('’') || t.is_punct('\''))
    });
    if !phrase {
        return None;
    }
    let noun = k - 1;
    if !toks[noun].has(Cue::SOURCE_NOUN) || toks[noun].has(Cue::PRONOUN) {
        return None;
    }
    // Its determiner and modifiers: `a`, `Another`, `a senior`, `Administration`.
    let mut start = noun;
    while start > stop && noun - start < 3 && toks[start - 1].is_word() && np_word(&toks[start - 1])
    {
        start -= 1;
    }
    Some((start, end))
}

/// The start of a poll's share that ends at token `head`: `Six in 10`, `About 4 in 10`, `nine
/// out of 10`, `more than three in five`.
fn share_before(toks: &[Tok<'_>], stop: usize, head: usize) -> Option<usize> {
    let number = |t: &Tok<'_>| {
        t.is_word()
            && (t.text.bytes().all(|b| b.is_ascii_digit())
                || lexicon::is_number_word(lower(t, &mut [0; 32])))
    };
    // The preposition first: the number test lowercases the word.
    if head < stop + 2 {
        return None;
    }
    let mut k = head - 1;
    if toks[k].is("of") && k > stop + 1 && toks[k - 1].is("out") {
        k -= 1;
    } else if !toks[k].is("in") {
        return None;
    }
    if !number(&toks[head]) {
        return None;
    }
    let mut start = k
        .checked_sub(1)
        .filter(|&n| n >= stop && number(&toks[n]))?;
    // `About`, `Nearly`, `At least`, `More than`.
    while start > stop
        && head - start < 8
        && toks[start - 1].is_word()
        && [
            "about", "nearly", "almost", "roughly", "some", "only", "just", "than", "more",
            "fewer", "least", "at",
        ]
        .iter()
        .any(|w| toks[start - 1].is(w))
    {
        start -= 1;
    }
    Some(start)
}

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// True when the lowercase word at `head` closes a short phrase opened by a determiner:
/// `the self-described democratic socialist`, or by a name's possessive: `Chad's military high
/// command`, `USX Corp's USS division`.
fn determiner_led(toks: &[Tok<'_>], stop: usize, head: usize) -> bool {
    let t = &toks[head];
    if !t.is_word() || !t.is_lower() {
        return false;
    }
    if verb_only(t) {
        return false;
    }
    let lo = head.saturating_sub(4).max(stop);
    (lo..head)
        .rev()
        .take_while(|&k| np_word(&toks[k]))
        .any(|k| {
            let t = &toks[k];
            let mut b = [0; 32];
            matches!(
                lower(t, &mut b),
                "the" | "a" | "an" | "this" | "that" | "another" | "one"
            ) || (t.text.ends_with("'s") || t.text.ends_with("’s")) && t.is_capitalized()
        })
}

pub(crate) fn is_adjective_like(w: &str) -> bool {
    w.ends_with("al")
        || w.ends_with("ive")
        || w.ends_with("ic")
        || w.ends_with("an")
        || w.ends_with("ed")
        || w.ends_with("ing")
        || w.ends_with("ior")
        || w.ends_with("ent")
        || w.ends_with("ary")
        || w.ends_with("ous")
        || w.ends_with("ern")
}

/// True when the token before `k` joins two capitalised words of a name (`k >= 2`): `and`
/// (`the Ministry of International Trade and Industry`, `a Gaming and Technology
/// spokeswoman`, `Sanford C. Bernstein and Co`) or a particle (`Banco do Brasil`, `Caixa dos
/// Depositos`: `do` is otherwise an auxiliary, no name's).
fn joins_a_name(toks: &[Tok<'_>], k: usize) -> bool {
    let (before, joiner, after) = (&toks[k - 2], &toks[k - 1], &toks[k]);
    after.is_capitalized()
        && before.is_capitalized()
        && before.depth == 0
        && (joiner.text == "and" && !before.has(Cue::CLAUSE_BOUNDARY)
            || lexicon::is_name_particle(joiner.text))
}

/// True when the word at `k` follows a document's publication (`a study published [Wednesday]
/// [in The Lancet]`, `a poll conducted by Gallup`): a participle of publication right before
/// it, or before the time word right before it, inside the phrase from `start`.
fn after_publication(toks: &[Tok<'_>], start: usize, k: usize) -> bool {
    k > start
        && (is_publication(&toks[k - 1])
            || k > start + 1 && is_publication(&toks[k - 2]) && {
                let mut b = [0; 32];
                lexicon::is_time_word(lower(&toks[k - 1], &mut b))
            })
}

/// True when the `in` at `k` names where a piece at `k - 1` ran, `start < k`: a report, a
/// story, a profile or another piece of journalism in a publication (`a report in the
/// Financial Times`, `a 1988 profile in The New Yorker`, `an interview in Der Spiegel`), or a
/// study in a journal (`a study in The Lancet`, `a paper in the journal Nature`; not `a study
/// in Sweden`, a place).
pub(crate) fn in_a_publication(toks: &[Tok<'_>], start: usize, k: usize) -> bool {
    if k <= start || toks[k].text != "in" || !toks[k - 1].is_lower() {
        return false;
    }
    let piece = matches!(
        toks[k - 1].text,
        "report"
            | "story"
            | "article"
            | "profile"
            | "interview"
            | "editorial"
            | "column"
            | "piece"
            | "op-ed"
            | "obituary"
            | "commentary"
            | "essay"
            | "feature"
            | "investigation"
            | "exposé"
    );
    let study = matches!(
        toks[k - 1].text,
        "study" | "paper" | "research" | "analysis" | "survey" | "letter" | "review"
    );
    if !(piece || study) {
        return false;
    }
    let capital = |t: Option<&Tok<'_>>| t.is_some_and(|t| t.is_capitalized() && t.depth == 0);
    match toks.get(k + 1) {
        // `in The Lancet`: a title's article, capitalised inside the sentence.
        Some(n) if n.text == "The" => capital(toks.get(k + 2)),
        Some(n) if n.text == "the" => {
            toks.get(k + 2)
                .is_some_and(|j| j.is("journal") || j.is("magazine"))
                && capital(toks.get(k + 3))
                || piece && capital(toks.get(k + 2))
        }
        Some(n) if n.is("journal") || n.is("magazine") => capital(toks.get(k + 2)),
        n => piece && capital(n) && !n.is_some_and(|n| n.has(Cue::DETERMINER)),
    }
}

/// True when `t` is a participle of a document's publication: `published`, `released`,
/// `issued`, `conducted`, `posted`, `commissioned` (the `-ed` ending tested first).
fn is_publication(t: &Tok<'_>) -> bool {
    t.text.ends_with("ed")
        && matches!(
            t.text,
            "published" | "released" | "issued" | "conducted" | "posted" | "commissioned"
        )
}

/// True when the `and` at `k` joins two titles of one person: `vice president and treasurer
/// Fred Zuckerman`, `chairman and chief executive John Akers`.
fn joins_titles(toks: &[Tok<'_>], k: usize) -> bool {
    k >= 1
        && toks[k].text == "and"
        && toks[k - 1].has(Cue::TITLE)
        && toks[k - 1].depth == 0
        && toks.get(k + 1).is_some_and(|t| t.has(Cue::TITLE))
}

/// True when the `and` before `k` joins two modifiers of the source noun at `head` (`k >=
/// stop + 2`, `k < head`), the first opening a phrase of five words at most: `…, weather and
/// farming sources`, `…, Thai and foreign bankers`, `the mining and smelting group`; not
/// between phrases (`the offer and analysts`, `the strike for 25 years and union leaders`).
fn joins_modifiers(toks: &[Tok<'_>], stop: usize, head: usize, k: usize) -> bool {
    let first = &toks[k - 2];
    head + 3 - k <= 5
        && toks[k - 1].text == "and"
        && toks[head].has(Cue::SOURCE_NOUN)
        && !toks[k].has(Cue::DETERMINER)
        && first.depth == 0
        && np_word(first)
        && !first.has(Cue::CLAUSE_BOUNDARY | Cue::BREAKS_SUBJECT | Cue::DETERMINER)
        && (k - 2 == stop || toks[k - 3].is_punct(',') || toks[k - 3].has(Cue::DETERMINER))
}

/// True when `t` is a party and state, as US copy writes them after a lawmaker's name:
/// `R-S.D.`, `D-N.Y.`, `R-Alaska`, `I-Vt.`.
fn is_party_state(t: &Tok<'_>) -> bool {
    matches!(t.text.as_bytes(), [b'R' | b'D' | b'I', b'-', c, ..] if c.is_ascii_uppercase())
        && t.text.len() <= 16
}

/// The subject of a cue when a comma stands right before it: `Sam Lau, the communications
/// director, said`, `Roy Neel, who managed the campaign, said`, `Will Rogers, for example, said`.
/// `comma` is the index of that comma. The phrase runs from the name to the appositive's end.
pub(crate) fn appositive_before(
    toks: &[Tok<'_>],
    stop: usize,
    comma: usize,
) -> Option<(usize, usize)> {
    const MAX_APPOSITIVE: usize = 30;
    let lo = comma.saturating_sub(MAX_APPOSITIVE).max(stop);
    let found = nearest_appositive(toks, stop, lo, comma)?;
    let found = with_name_before(toks, stop, lo, found);
    // The name found may stand inside a longer appositive, a relative or participial clause
    // with commas of its own: `Sandy Phillips, who lost her daughter in Aurora, Colorado, in
    // July 2012, said`, `Trump, speaking at a rally in Wilmington, N.C., warned`. A name
    // further back whose comma opens such a clause is the subject.
    let mut commas = 0;
    for open in (lo..found.0).rev() {
        let t = &toks[open];
        if t.depth > 0
            || matches!(
                t.kind,
                Kind::Open(_) | Kind::Close(_) | Kind::Punct(';' | ':')
            )
        {
            break;
        }
        if !t.is_punct(',') {
            continue;
        }
        commas += 1;
        if commas > 3 {
            break;
        }
        // The clause must reach the cue without a finite verb of speech, which would be the
        // cue's own (`this official, who asked not to be identified, said, referring to`).
        if !opens_clause_after_name(toks, open + 1) || ends_in_speech_verb(&toks[open + 1..comma]) {
            continue;
        }
        if let Some((n_start, n_end)) = before(toks, stop, open) {
            // Not a sentence adverb: `Nevertheless, rising inventories could nip …, Lawrence
            // Ross, an analyst, said`.
            let adverb = is_opener(&toks[n_start]) || {
                let mut b = [0; 32];
                n_end - n_start == 1 && lower(&toks[n_start], &mut b).ends_with("ly")
            };
            if n_end == open && !adverb && names_at_clause_start(toks, stop, n_start, n_end) {
                return Some(with_name_before(toks, stop, lo, (n_start, comma)));
            }
        }
    }
    Some(found)
}

/// `phrase` with the name before it when the phrase is that name's appositive: a description
/// that opens in lowercase after a comma (`Herb Mee Jr., president of Beard Oil Co, which holds
/// a stake in USPCI, said`; `John Smith, a spokesman for Acme, which …, said`), read as a name
/// of its own by [`appositive_before`] because the relative clause after it opens with a comma
/// too. The name: capitalised words only, opening its clause, after `lo`.
fn with_name_before(
    toks: &[Tok<'_>],
    stop: usize,
    lo: usize,
    phrase: (usize, usize),
) -> (usize, usize) {
    const MAX_NAME: usize = 6;
    let (start, end) = phrase;
    // The name may start a little before `lo`, the appositive's own bound: still bounded.
    let lo = lo.saturating_sub(MAX_NAME + 1).max(stop);
    // A party and state after a name is the name's (`Sen. Lisa Murkowski, R-Alaska, who voted
    // for the bill, said`).
    if start > lo + 1 && is_party_state(&toks[start]) && toks[start - 1].is_punct(',') {
        if let Some((n_start, n_end)) = before(toks, stop, start - 1) {
            if n_end == start - 1 && toks[n_end - 1].is_capitalized() {
                return (n_start, end);
            }
        }
    }
    let described = start > lo
        && toks[start - 1].is_punct(',')
        && toks[start].is_word()
        && !toks[start].is_capitalized();
    if !described {
        return phrase;
    }
    let comma = start - 1;
    let Some((n_start, n_end)) = before(toks, stop, comma) else {
        return phrase;
    };
    let name = &toks[n_start..n_end];
    let mut b = [0; 32];
    let is_name = n_end == comma
        && n_start >= lo
        && name.len() <= MAX_NAME
        && name.iter().all(|t| {
            !t.is_word()
                || t.is_capitalized()
                    && !t.has(Cue::CLAUSE_BOUNDARY | Cue::BREAKS_SUBJECT | Cue::DETERMINER)
        })
        && name.iter().any(Tok::is_word)
        && !is_opener(&toks[n_start])
        && !is_weekday(lower(&toks[n_end - 1], &mut b))
        && !lexicon::is_pronoun(lower(&toks[n_end - 1], &mut b))
        && names_at_clause_start(toks, stop, n_start, n_end);
    if is_name {
        (n_start, end)
    } else {
        phrase
    }
}

/// The subject of a cue after a relative clause without commas, which [`before`] cannot read
/// through when the clause holds a verb of its own: `Officials who spoke on condition of
/// anonymity said`, `Hawkins and others who want to ban abortion said`. The phrase runs from the
/// name to the cue.
pub(crate) fn relative_before(toks: &[Tok<'_>], stop: usize, cue: usize) -> Option<(usize, usize)> {
    const MAX_CLAUSE: usize = 16;
    let mut end = cue;
    while end > stop && is_filler(&toks[end - 1]) {
        end -= 1;
    }
    let lo = end.saturating_sub(MAX_CLAUSE).max(stop);
    for k in (lo..end).rev() {
        let t = &toks[k];
        // A conjunction may join the main clause's verbs: `Others who run portfolios agreed
        // with that assessment and said`.
        if t.depth > 0 || !t.is_word() || t.is("and") || t.is("but") || t.is("or") {
            return None;
        }
        if !t.is("who") {
            continue;
        }
        if k + 1 >= end {
            return None;
        }
        let (s, e) = before(toks, stop, k)?;
        // The object of a preposition is no subject: `an aide to Secretary Lyng who asked not
        // to be identified said`.
        let object = s > stop && {
            let mut b = [0; 32];
            matches!(
                lower(&toks[s - 1], &mut b),
                "to" | "of" | "for" | "with" | "by" | "from" | "at" | "in" | "on" | "about"
            )
        };
        if e != k || object {
            return None;
        }
        let head = &toks[e - 1];
        let mut b = [0; 32];
        let hw = lower(head, &mut b);
        let named = head.is_capitalized() && !lexicon::is_pronoun(hw);
        // `who` says its antecedent is a person, whatever the noun: `An Iraqi defector who
        // has applied for residency claims`.
        let noun = head.is_lower()
            && e - s >= 2
            && !lexicon::is_pronoun(hw)
            && !head.has(Cue::DETERMINER | Cue::CLAUSE_BOUNDARY | Cue::BREAKS_SUBJECT)
            && head.verb().is_none();
        return (named || noun || lexicon::is_source_noun(hw)).then_some((s, end));
    }
    None
}

/// The subject of a cue after an appositive between dashes: `Priebus — who spent the week in
/// Cleveland — told`, `The justice -- who has been in a scuffle -- said`. The phrase is the
/// name alone: what stands between dashes is as often an aside (`He -- like many others --
/// said`) as a description.
pub(crate) fn dash_appositive_before(
    toks: &[Tok<'_>],
    stop: usize,
    cue: usize,
) -> Option<(usize, usize)> {
    const MAX_APPOSITIVE: usize = 30;
    let dash = |t: &Tok<'_>| t.is_punct('—') || t.is_punct('–') || t.is_punct('-');
    let mut end = cue;
    while end > stop && is_filler(&toks[end - 1]) {
        end -= 1;
    }
    // The closing dash (`--` is two tokens).
    let mut close = end
        .checked_sub(1)
        .filter(|&k| k >= stop && dash(&toks[k]))?;
    while close > stop && dash(&toks[close - 1]) {
        close -= 1;
    }
    let lo = close.saturating_sub(MAX_APPOSITIVE).max(stop);
    let open = (lo..close).rev().find(|&k| dash(&toks[k]))?;
    let mut open_start = open;
    while open_start > stop && dash(&toks[open_start - 1]) {
        open_start -= 1;
    }
    if open + 1 >= close
        || toks[open + 1..close]
            .iter()
            .any(|t| t.depth > 0 || matches!(t.kind, Kind::Open(_) | Kind::Close(_)))
    {
        return None;
    }
    // Any phrase that opens its clause: the dashes leave no doubt where the appositive is.
    let (s, e) = before(toks, stop, open_start)?;
    let opens = s == stop
        || matches!(
            toks[s - 1].kind,
            Kind::Punct(',' | ';' | ':') | Kind::Close(_)
        )
        || {
            let mut b = [0; 32];
            lexicon::is_clause_boundary(lower(&toks[s - 1], &mut b))
        };
    (e == open_start && opens).then_some((s, e))
}

/// True when `toks` end in `, said` (a finite verb of speech after a comma): an appositive
/// does not, for that verb is the main clause's (`this official, who asked not to be
/// identified, said, referring to …`).
fn ends_in_speech_verb(toks: &[Tok<'_>]) -> bool {
    let n = toks.len();
    n >= 2
        && toks[n - 2].is_punct(',')
        && toks[n - 1].verb().is_some_and(|v| {
            v.class == lexicon::VerbClass::Speech
                && matches!(v.form, lexicon::Form::Past | lexicon::Form::Present3)
        })
}

/// True when the word at `at` opens a clause that can follow a name and its comma: `who`,
/// `whose`, `which`, a present participle (`facing a spirited challenge`).
fn opens_clause_after_name(toks: &[Tok<'_>], at: usize) -> bool {
    let Some(t) = toks.get(at).filter(|t| t.is_word() && t.is_lower()) else {
        return false;
    };
    let mut b = [0; 32];
    let w = lower(t, &mut b);
    matches!(w, "who" | "whose" | "which")
        || w.len() > 5
            && w.ends_with("ing")
            && !matches!(
                w,
                "including" | "according" | "citing" | "quoting" | "during"
            )
}

/// True when the phrase `n_start..n_end` is a name or a source noun that opens its clause.
fn names_at_clause_start(toks: &[Tok<'_>], stop: usize, n_start: usize, n_end: usize) -> bool {
    // `Rep. Elijah Cummings (D-Md.), chair of …, said`: the head is the word before the
    // parenthesis that [`before`] keeps in the name.
    let mut h = n_end - 1;
    if toks[h].is_punct(')') {
        h = (n_start..h)
            .rev()
            .find(|&j| toks[j].is_punct('('))
            .unwrap_or(h);
        h = h.saturating_sub(1).max(n_start);
    }
    let head = &toks[h];
    let mut b = [0; 32];
    let hw = lower(head, &mut b);
    // `who` after the comma tells a person, whatever the noun: `The bar's owner, who asked
    // not to be named, said`.
    let person = || {
        toks.get(n_end + 1).is_some_and(|t| t.is("who"))
            && head.is_lower()
            && head.verb().is_none()
            && !head.has(Cue::DETERMINER | Cue::CLAUSE_BOUNDARY | Cue::BREAKS_SUBJECT)
    };
    if !(head.is_capitalized() || lexicon::is_source_noun(hw) || person())
        || lexicon::is_pronoun(hw)
    {
        return false;
    }
    n_start == stop
        || matches!(
            toks[n_start - 1].kind,
            Kind::Punct(',' | ';' | ':' | '—' | '–') | Kind::Close(_)
        )
        || {
            let mut b = [0; 32];
            lexicon::is_clause_boundary(lower(&toks[n_start - 1], &mut b))
        }
}

/// [`appositive_before`]'s first reading: the nearest comma (of at most three) before which a
/// name opens the clause (`Lance Beebe, 49, a Navy veteran, said`), or a name that is itself
/// the appositive.
fn nearest_appositive(
    toks: &[Tok<'_>],
    stop: usize,
    lo: usize,
    comma: usize,
) -> Option<(usize, usize)> {
    let mut commas = 0;
    for open in (lo..comma).rev() {
        let t = &toks[open];
        if t.depth > 0
            || matches!(
                t.kind,
                Kind::Open(_) | Kind::Close(_) | Kind::Punct(';' | ':')
            )
        {
            return None;
        }
        if !t.is_punct(',') {
            continue;
        }
        commas += 1;
        if commas > 3 {
            return None;
        }
        if open + 1 == comma {
            continue;
        }
        // `One delegate not on the slate, Kelly Schmidt, told`: the appositive is the name.
        if let Some((a_start, a_end)) = before(toks, open + 1, comma) {
            if a_start == open + 1
                && a_end == comma
                && toks[a_start].is_capitalized()
                && toks[a_end - 1].is_capitalized()
                && a_end - a_start <= 4
                // A name, not a party's description: `Michele Bachmann, Republican of
                // Minnesota, told` (but `Simon and Schuster`, `Manaspas Xuto of Thailand`).
                && !["republican", "democrat", "democratic", "independent", "libertarian"]
                    .iter()
                    .any(|w| toks[a_start].is(w))
            {
                let head = &toks[a_end - 1];
                let mut b = [0; 32];
                if !lexicon::is_pronoun(lower(head, &mut b)) && commas == 1 {
                    return Some((a_start, a_end));
                }
            }
        }
        let Some((n_start, n_end)) = before(toks, stop, open) else {
            continue;
        };
        // The name must open its clause.
        if n_end != open
            || !names_at_clause_start(toks, stop, n_start, n_end)
            || ends_in_speech_verb(&toks[open + 1..comma])
        {
            continue;
        }
        // `The Post, citing its own sources, reported`: the citation is not part of the name.
        let citing = toks[open + 1].is("citing") || toks[open + 1].is("quoting");
        return Some((n_start, if citing { n_end } else { comma }));
    }
    None
}

/// The subject of the main clause that ends at token `end` (exclusive): the noun phrase before
/// its first finite verb, for a cue that has none of its own (`Trump mocked her, saying …`,
/// `She declared victory and said …`).
pub(crate) fn clause_subject(toks: &[Tok<'_>], end: usize) -> Option<(usize, usize)> {
    const MAX_BACK: usize = 40;
    let lo = end.saturating_sub(MAX_BACK);
    // The clause starts after the last `;` before `end`.
    let start = (lo..end)
        .rev()
        .find(|&k| toks[k].is_punct(';'))
        .map_or(lo, |k| k + 1);
    let mut k = start;
    // The commas around the last relative clause passed.
    let mut relative: Option<(usize, usize)> = None;
    while k < end {
        let t = &toks[k];
        k += 1;
        if !t.is_word() || !t.is_lower() || t.depth > 0 {
            continue;
        }
        // A relative clause between commas is passed over to its closing comma: `Clinton, who
        // was speaking to the mayors, did not mention Trump, but told …`.
        if (t.is("who") || t.is("which")) && k >= 2 && toks[k - 2].is_punct(',') {
            if let Some(close) = (k..end).find(|&j| toks[j].depth == 0 && toks[j].is_punct(',')) {
                relative = Some((k - 2, close));
                k = close + 1;
            }
            continue;
        }
        let k = k - 1;
        // The verb right after the relative clause: its subject is the phrase before it, with
        // the clause.
        if let Some((open, close)) = relative.filter(|&(_, close)| close + 1 == k) {
            // With the appositive that the relative clause ends: `Dr Amelia Hart, from Cancer
            // Research UK, which funded the work, said …` (her words, not the charity's).
            if let Some(found) = appositive_before(toks, start, close).filter(|&(a, _)| a < open) {
                return Some(found);
            }
            if let Some((a, b)) = before(toks, start, open).filter(|&(_, b)| b == open) {
                if toks[b - 1].is_capitalized() || toks[b - 1].has(Cue::SOURCE_NOUN) {
                    return Some((a, close));
                }
            }
        }
        let mut b = [0; 32];
        let w = lower(t, &mut b);
        let finite = verb_only(t)
            && t.verb()
                .is_some_and(|v| matches!(v.form, lexicon::Form::Past | lexicon::Form::Present3))
            || w.ends_with("ed") && w.len() > 4
            || lexicon::is_auxiliary(w)
            || matches!(w, "did" | "does")
            || is_irregular_past(w);
        if !finite {
            continue;
        }
        // `Le Pen, the party leader, voiced support …, saying`: the subject with its appositive.
        let subject = if k > start && toks[k - 1].is_punct(',') {
            appositive_before(toks, start, k - 1)
        } else {
            before(toks, start, k)
        };
        if let Some((a, b)) = subject {
            // `Florida Gov. Rick Scott (R) blasted …`: the name before the parenthesis.
            let mut h = b - 1;
            if toks[h].is_punct(')') {
                h = (a..h).rev().find(|&j| toks[j].is_punct('(')).unwrap_or(h);
                h = h.saturating_sub(1).max(a);
            }
            let head = &toks[h];
            let mut hb = [0; 32];
            let hw = lower(head, &mut hb);
            if head.is_capitalized()
                || lexicon::is_pronoun(hw) && !matches!(hw, "who" | "which" | "it" | "one")
                || lexicon::is_source_noun(hw)
            {
                return Some((a, b));
            }
        }
        return pronoun_opening(toks, start, k);
    }
    pronoun_opening(toks, start, end)
}

/// A subject pronoun that opens the clause at `start`, before `end`, when no other subject was
/// read: `He shook hands and posed for photos and asked workers if …` (`shook` is no verb the
/// grammar knows, and the phrase before `posed` is none).
fn pronoun_opening(toks: &[Tok<'_>], start: usize, end: usize) -> Option<(usize, usize)> {
    let t = toks.get(start).filter(|_| start + 1 < end)?;
    ["he", "she", "they", "we", "i"]
        .iter()
        .any(|w| t.is(w))
        .then_some((start, start + 1))
}

/// True when `t` is a lowercase word that reads as a finite verb of the past or the third
/// person: a cue verb in those forms, a word in `-ed`, or an irregular past (`left`, `won`).
pub(crate) fn is_finite_verb(t: &Tok<'_>) -> bool {
    if !(t.is_word() && t.is_lower()) {
        return false;
    }
    if t.verb().is_some_and(|v| {
        matches!(v.form, lexicon::Form::Past | lexicon::Form::Present3) && !v.noun_first()
    }) {
        return true;
    }
    let mut b = [0; 32];
    let w = lower(t, &mut b);
    w.len() > 4 && w.ends_with("ed") || is_irregular_past(w)
}

/// Common irregular past forms, which end in no `-ed`: the finite verb of a clause whose subject
/// a gerund attribution takes (`She went on to attack Trump, saying …`).
pub(crate) fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "went"
            | "put"
            | "quit"
            | "took"
            | "made"
            | "gave"
            | "came"
            | "got"
            | "kept"
            | "began"
            | "held"
            | "sought"
            | "brought"
            | "spoke"
            | "met"
            | "left"
            | "ran"
            | "won"
            | "lost"
            | "stood"
            | "led"
            | "sent"
            | "struck"
            | "drew"
            | "threw"
            | "fought"
            | "broke"
            | "chose"
            | "became"
            | "rose"
            | "fell"
            | "grew"
            | "saw"
            | "heard"
            | "paid"
            | "sold"
            | "bought"
            | "spent"
            | "built"
            | "cut"
            | "set"
            | "hit"
            | "found"
            | "thought"
            | "knew"
            | "meant"
            | "felt"
            | "shut"
            | "beat"
            | "slid"
            | "sank"
            | "withdrew"
            | "wrote"
            | "told"
            | "said"
    )
}

/// A source after an inverted cue: `said Caddell`, `said an official familiar with the matter`.
/// Ends at a comma, the sentence end, or a word that opens an adjunct.
pub(crate) fn after(toks: &[Tok<'_>], start: usize, end: usize) -> Option<(usize, usize)> {
    after_with(toks, start, end, false)
}

/// [`after`]; when `loose`, any word may open the phrase (after `according to`, nothing else
/// can follow).
pub(crate) fn after_with(
    toks: &[Tok<'_>],
    start: usize,
    end: usize,
    loose: bool,
) -> Option<(usize, usize)> {
    let mut i = start;
    while i < end && i - start < MAX_LEN {
        let t = &toks[i];
        if t.depth > 0 {
            break;
        }
        let keep = match t.kind {
            Kind::Word(_) => {
                let mut b = [0; 32];
                let w = lower(t, &mut b);
                // `a study published [Wednesday] [in The Lancet]`: the document's journal is
                // the phrase's.
                let published = (matches!(w, "in" | "by") || lexicon::is_time_word(w))
                    && after_publication(toks, start, i)
                    // `a report in The New York Times`, `a profile in the New Yorker`.
                    || w == "in" && in_a_publication(toks, start, i);
                published
                    || !(matches!(
                        w,
                        "in" | "on"
                            | "at"
                            | "during"
                            | "after"
                            | "before"
                            | "when"
                            | "while"
                            | "because"
                            | "who"
                            | "which"
                            | "adding"
                            | "according"
                            | "that"
                            | "as"
                            | "and"
                            | "but"
                            | "last"
                            | "earlier"
                            | "later"
                            | "this"
                            | "today"
                            | "yesterday"
                            | "tonight"
                    ) && !(w == "and" && joins_titles(toks, i))
                        // `a filing with the Securities and Exchange Commission`.
                        && !(w == "and" && i > start && i + 1 < end && joins_a_name(toks, i + 1))
                        // `two people briefed on the plans`, `officials involved in the talks`.
                        && !(matches!(w, "on" | "in")
                            && i > start
                            && ["briefed", "involved", "informed"]
                                .iter()
                                .any(|p| toks[i - 1].is(p)))
                        // (`the Sunday Times` is a name, `a Wednesday editorial` a document.)
                        || lexicon::is_time_word(w)
                            && t.is_capitalized()
                            && i > start
                            && !(toks[i - 1].is("the") || toks[i - 1].is("a") || toks[i - 1].is("an"))
                        || lexicon::breaks_subject(w)
                            && !(w == "to" && i > start && toks[i - 1].is("close"))
                        || (i > start
                            && !lexicon::is_noun_ambiguous(w)
                            && t.verb().is_some_and(|v| {
                                matches!(v.form, lexicon::Form::Past | lexicon::Form::Present3)
                            })))
                    || (i > start && matches!(w, "familiar" | "close" | "with" | "knowledgeable"))
            }
            Kind::Punct(c) => matches!(c, '(' | ')' | '&' | '/'),
            _ => false,
        };
        if !keep {
            break;
        }
        i += 1;
        // A pronoun after an inverted cue stands alone: `said he.`
        if i == start + 1 && t.is_word() && {
            let mut b = [0; 32];
            let w = lower(t, &mut b);
            lexicon::is_pronoun(w) && w != "one"
        } {
            if toks.get(i).is_some_and(|n| n.is_word()) {
                return None;
            }
            break;
        }
    }
    // A firm's name with a comma in it, to the end: `lead manager Goldman, Sachs and Co`,
    // `Kidder, Peabody and Co Inc`: capitalised words, commas and one `and` or `&` only.
    if i > start && i < end && toks[i].is_punct(',') {
        let mut tail = end;
        while tail > i && !toks[tail - 1].is_word() {
            tail -= 1;
        }
        let rest = &toks[i..tail];
        let joined = rest.iter().any(|t| t.is("and") || t.is_punct('&'));
        if joined
            && rest.len() <= 8
            && rest.last().is_some_and(Tok::is_capitalized)
            && rest.iter().all(|t| {
                t.depth == 0
                    && (t.is_punct(',') || t.is_punct('&') || t.is("and") || t.is_capitalized())
            })
        {
            i = tail;
        }
    }
    // Trim trailing punctuation, but for the parenthesis that closes one the phrase opened:
    // `Rep. Jim Clyburn (D-S.C.)`.
    while i > start && !toks[i - 1].is_word() {
        let closes = toks[i - 1].is_punct(')') && {
            let inside = &toks[start..i - 1];
            let opened = inside.iter().filter(|t| t.is_punct('(')).count();
            opened > inside.iter().filter(|t| t.is_punct(')')).count()
        };
        if closes {
            break;
        }
        i -= 1;
    }
    if i == start {
        return None;
    }
    let first = &toks[start];
    let mut b = [0; 32];
    let fw = lower(first, &mut b);
    let ok = first.is_capitalized()
        || lexicon::is_determiner(fw)
        || lexicon::is_pronoun(fw)
        || lexicon::is_source_noun(fw)
        || is_adjective_like(fw)
        || titled_name(&toks[start..i]);
    (ok || loose).then_some((start, i))
}

/// True for a name after a lowercase title of up to three words that no dictionary of source
/// nouns holds: `lead underwriter Goldman Sachs`, `sole manager Merrill Lynch`,
/// `chairman-elect Denys Henderson` (wire copy's `…, said lead manager Salomon Brothers Inc.`).
fn titled_name(phrase: &[Tok<'_>]) -> bool {
    const MAX_TITLE: usize = 3;
    let Some(k) = phrase.iter().position(Tok::is_capitalized) else {
        return false;
    };
    (1..=MAX_TITLE).contains(&k)
        && phrase.last().is_some_and(Tok::is_capitalized)
        && phrase[..k]
            .iter()
            .all(|t| t.is_word() && t.is_lower() && t.verb().is_none())
}

/// The source phrase at `span` is cut after the phrase of a preposition that opens the sentence
/// with no comma after it: `In a statement Rostenkowski said`, `On Tuesday the Federal
/// Statistics Office said`, `In a television interview yesterday prime minister Bob Hawke
/// said`, `In a televised address to the American people Reagan said`. A preposition's object
/// is no subject: the subject starts at a determiner after the object (not one of a phrase of
/// `of` or `to`) or after a time word that ends it (`yesterday`, `Tuesday`, `January`),
/// whichever comes first; else it is the capitalised name that ends the phrase after a
/// lowercase word (the name after `a statement`). Any other phrase as it is (`At least 10
/// economists said`, a phrase cut already).
///
/// Returns the token where the subject starts, when the phrase is cut.
pub(crate) fn subject_after_opening_phrase(toks: &[Tok<'_>], span: Span) -> Option<usize> {
    // Most sentences open otherwise: one look at the first word.
    let first = toks.first()?;
    // `After`, `Before` and `Since` may open a clause (`After former California Gov. Jerry
    // Brown criticized Bill Clinton, …`): its subject is no name a phrase ends with.
    let conjunction = matches!(first.text, "After" | "Before" | "Since");
    // A time with no preposition: `Last week the Federal Reserve chairman told`, `Earlier
    // this month the company said`; a day alone before its subject's article or name
    // (`Yesterday the minister said`, `Tuesday Smith said`).
    let time = matches!(
        first.text,
        "Last" | "This" | "Earlier" | "Later" | "Late" | "Early"
    );
    let day = matches!(first.text, "Yesterday" | "Today" | "Tonight")
        || whosaid_core::is_month_or_weekday(first.text)
            && !lexicon::is_month(&first.text.to_ascii_lowercase());
    if day && toks.len() >= 3 && toks[0].start() == span.start {
        let next = &toks[1];
        let subject = next.is("the")
            || next.is("a")
            || next.is("an")
            || next.is_capitalized() && !next.has(Cue::DETERMINER | Cue::PRONOUN);
        return subject.then_some(1);
    }
    let opens =
        conjunction || time || matches!(first.text, "In" | "At" | "During" | "On" | "Following");
    if !opens || toks.len() < 3 {
        return None;
    }
    // From the preposition's object to the source's end, words only (a comma ends the opening
    // phrase: `In a statement, Smith said` is read as it is).
    let end = toks.partition_point(|t| t.start() < span.end);
    let phrase = &toks[1..end];
    if phrase.last().is_none_or(|t| t.end() != span.end)
        || !phrase
            .iter()
            .all(|t| t.depth == 0 && (t.is_word() || t.is_punct('\'') || t.is_punct('’')))
    {
        return None;
    }
    // (And a count of them: `Following lower crops in the past two years analysts said`.)
    let time_end = |t: &Tok<'_>| {
        let mut b = [0; 32];
        let w = lower(t, &mut b);
        lexicon::ends_time_phrase(w) || lexicon::is_plural_time(w)
    };
    let split = (1..phrase.len())
        .find(|&m| {
            let (before, t) = (&phrase[m - 1], &phrase[m]);
            let mut b = [0; 32];
            let prev = lower(before, &mut b);
            let determiner = matches!(t.text, "the" | "a" | "an")
                && !matches!(
                    prev,
                    "of" | "to" | "before" | "with" | "for" | "from" | "by" | "at" | "in" | "on"
                );
            // A day after its month is the date's (`On February 17 Baker said`).
            let digits = |t: &Tok<'_>| t.text.bytes().all(|b| b.is_ascii_digit());
            let month = |t: &Tok<'_>| {
                let mut b = [0; 32];
                lexicon::is_month(lower(t, &mut b))
            };
            let day = digits(t) && month(before);
            // The time word that ends the phrase, not one that modifies a noun after it
            // (`his nationally televised March 19 news conference`, `a May 1 study`, `the
            // CBI's February survey`).
            let time_at = if m >= 2 && digits(before) && month(&phrase[m - 2]) {
                Some(m - 2)
            } else {
                time_end(before).then_some(m - 1)
            };
            let modifier = |k: usize| {
                k > 0 && {
                    let p = &phrase[k - 1];
                    let mut b = [0; 32];
                    let w = lower(p, &mut b);
                    p.has(Cue::DETERMINER)
                        || matches!(w, "his" | "her" | "its" | "their" | "our")
                        || w.ends_with("ed")
                        || w.ends_with("ly")
                        || p.text.ends_with("'s")
                        || p.text.ends_with("’s")
                }
            };
            // (A count before a plural of time is the phrase's own: `the past two years`.)
            let plural_time = |k: usize| lexicon::is_plural_time(lower(&phrase[k], &mut [0; 32]));
            let after_date = time_at.is_some_and(|k| plural_time(k) || !modifier(k));
            determiner || after_date && t.is_word() && !time_end(t) && !day
        })
        .or_else(|| {
            if conjunction {
                return None;
            }
            let run = phrase
                .iter()
                .rev()
                .take_while(|t| t.is_capitalized() && !time_end(t))
                .count();
            let r = phrase.len() - run;
            // An outlet's name, then the speaker's: `In an interview with Le Monde Macron
            // said`, `with The New York Times Trump said`, `with CNN Trump said`. The outlet ends
            // on its word; one to three capitalised words after it are the speaker.
            let outlet_end = (r..phrase.len().saturating_sub(1))
                .rev()
                .find(|&k| lexicon::is_outlet_word(phrase[k].text))
                .filter(|&k| phrase.len() - (k + 1) <= 3);
            if let Some(k) = outlet_end.filter(|&k| k > 0) {
                return Some(k + 1);
            }
            // Not a run that a name's joining word cut (`the Securities and Exchange
            // Commission Bilzerian`), nor one after `the` (`the Financial Times Smith`): which
            // words are the speaker's is not told.
            (run > 0
                && r > 0
                && phrase[r - 1].is_lower()
                && !["and", "of", "the", "for", "&"]
                    .iter()
                    .any(|w| phrase[r - 1].is(w))
                && !lexicon::is_surname_particle(phrase[r - 1].text))
            .then_some(r)
        });
    split
        .filter(|&m| phrase[m].start() > span.start)
        .map(|m| m + 1)
}

/// Well-known outlets named by a single token anywhere in a phrase.
fn is_outlet_token(word: &str) -> bool {
    matches!(
        word,
        "Reuters"
            | "AFP"
            | "AP"
            | "Bloomberg"
            | "WP"
            | "UNN"
            | "TASS"
            | "Interfax"
            | "Xinhua"
            | "Ukrinform"
            | "NYT"
            | "CNN"
            | "BBC"
            | "RIA"
            | "Politico"
            | "Axios"
    )
}

/// Classifies a source phrase by its shape. `publisher` is the document's publisher when known.
pub(crate) fn classify(toks: &[Tok<'_>], text: &str, publisher: Option<&str>) -> MentionClass {
    if publisher.is_some_and(|p| text.eq_ignore_ascii_case(p)) {
        return MentionClass::SelfRef;
    }
    // `Mark Williams, the incident controller`: the name before an appositive decides.
    if let Some(comma) = toks.iter().position(|t| t.is_punct(',')) {
        // `Others, including former Fed governor Kevin Warsh`: a group that names its member
        // is as checkable as the member.
        if toks.get(comma + 1).is_some_and(|t| t.is("including")) && toks.len() > comma + 2 {
            let named = &toks[comma + 2..];
            let start = named[0].start() - toks[0].start();
            let class = classify(named, &text[start..], publisher);
            if matches!(
                class,
                MentionClass::Person
                    | MentionClass::TitledPerson
                    | MentionClass::Organization
                    | MentionClass::Outlet
            ) {
                return class;
            }
        }
        // `Eder's lawyer, Milton Gould`, `The speaker of the Iranian Parliament, Akbar Hashemi
        // Rafsanjani`: a description, then the name it describes.
        let rest = &toks[comma + 1..];
        let article = toks[0].is("the") || toks[0].is("a") || toks[0].is("an");
        // (The name may come with its article and title: `Elliott’s father, the Rev. Charles
        // Elliott Jr.`)
        let titled = rest.len() >= 3
            && rest[0].is("the")
            && rest[1].is_capitalized()
            && rest[1].has(Cue::TITLE);
        let name = if titled { &rest[2..] } else { rest };
        if comma > 0
            && (toks[comma - 1].is_lower() || article && rest.len() >= 2)
            && (1..=4).contains(&name.iter().filter(|t| t.is_word()).count())
            && name.iter().all(|t| {
                titled && t.is_punct('.')
                    || t.is_word()
                        && t.is_capitalized()
                        && t.text.bytes().any(|b| b.is_ascii_lowercase())
                        && !t.has(Cue::DETERMINER | Cue::ORGANIZATION_WORD | Cue::PRONOUN)
            })
        {
            return MentionClass::TitledPerson;
        }
        if comma > 0 && toks[..comma].iter().any(|t| t.is_capitalized()) {
            let head = &toks[..comma];
            let text = &text[..head[head.len() - 1].end() - toks[0].start()];
            return classify(head, text, publisher);
        }
    }
    // A letters' title after a name is no body's initials: `Nicholas Johnson KC`, `Sir John
    // Smith QC`, `Jane Doe OBE`.
    if toks.len() >= 3
        && toks.last().is_some_and(|t| {
            matches!(
                t.text,
                "KC" | "QC" | "SC" | "OBE" | "CBE" | "MBE" | "KBE" | "DBE" | "PhD"
            )
        })
        && toks[toks.len() - 2].is_capitalized()
        && toks[toks.len() - 2]
            .text
            .bytes()
            .any(|b| b.is_ascii_lowercase())
    {
        let head = &toks[..toks.len() - 1];
        let text = &text[..head[head.len() - 1].end() - toks[0].start()];
        return classify(head, text, publisher);
    }
    // `Police accused of brutality`: the phrase before the participle of the courts decides.
    if let Some(p) = toks
        .iter()
        .position(|t| lexicon::is_court_participle(t.text))
    {
        if p > 0
            && toks
                .get(p + 1)
                .is_some_and(|t| t.is("of") || t.is("with") || t.is("for"))
        {
            let head = &toks[..p];
            let text = &text[..head[p - 1].end() - toks[0].start()];
            return classify(head, text, publisher);
        }
    }
    // `the Director General of France's Cereal Intervention Board (ONIC) Bernard Vieux`: the
    // body's initials in parentheses end its name, and the capitalised words after them are a
    // person's, titled by what went before.
    if let Some(close) = toks.iter().rposition(|t| t.is_punct(')')) {
        let after = &toks[close + 1..];
        if after.len() >= 2
            && after.iter().all(|t| {
                t.is_capitalized()
                    && t.text.bytes().any(|b| b.is_ascii_lowercase())
                    && !t.has(Cue::ORGANIZATION_WORD | Cue::TITLE)
            })
        {
            return MentionClass::TitledPerson;
        }
    }
    // `Ontario's minister of financial institutions Monte Kwinter`, `President Reagan's chief
    // of staff Donald Regan`: a personal name after a title's description that a preposition
    // opened is the person's; not a place or a body after the preposition itself (`a spokesman
    // in New York`, `an official with the Iowa Democratic Party`, `an official of the Foreign
    // Ministry`).
    let name_len = toks
        .iter()
        .rev()
        .take_while(|t| {
            t.is_word()
                && t.is_capitalized()
                && t.text.bytes().any(|b| b.is_ascii_lowercase())
                && !t.has(Cue::ORGANIZATION_WORD | Cue::TITLE | Cue::DETERMINER)
        })
        .count();
    if name_len >= 2 && name_len < toks.len() {
        let before = &toks[..toks.len() - name_len];
        let prev = &before[before.len() - 1];
        // Not a person's noun before the name, whose name it is: `an attorney for shareholder
        // John Paul Decker`, `the widow of businessman John Smith`.
        let person = |w: &str| {
            lexicon::is_person_singular(w)
                || ["er", "or", "ist", "man", "woman", "ian"]
                    .iter()
                    .any(|s| w.ends_with(s))
        };
        let mut pb = [0; 32];
        let described = prev.is_word()
            && prev.is_lower()
            && !prev.has(Cue::DETERMINER)
            && !matches!(
                prev.text,
                "of" | "from" | "at" | "in" | "for" | "on" | "to" | "with" | "by" | "and"
            )
            && !person(lower(prev, &mut pb));
        let titled = || {
            before.iter().any(|t| {
                let mut b = [0; 32];
                t.is_word() && t.has(Cue::TITLE) && lexicon::is_title(lower(t, &mut b))
            })
        };
        let prepositional = || before.iter().any(|t| t.is("of") || t.is("for"));
        if described && prepositional() && titled() {
            return MentionClass::TitledPerson;
        }
    }
    // `the Bureau of Meteorology's Claire Richards`: the name after a possessive decides.
    if let Some(pos) = toks
        .iter()
        .rposition(|t| t.is_word() && (t.text.ends_with("'s") || t.text.ends_with("’s")))
    {
        let rest = &toks[pos + 1..];
        // (Words only: `the Banco do Brasil's Foreign Trade Department (Cacex) Roberto Fendt`.)
        if rest.len() >= 2
            && rest
                .iter()
                .filter(|t| !t.is_punct('(') && !t.is_punct(')'))
                .all(|t| t.is_capitalized())
        {
            let start = rest[0].start() - toks[0].start();
            return classify(rest, &text[start..], publisher);
        }
    }
    // The head is the last word before a modifier: `an official [familiar with the situation]`.
    // A prepositional modifier after a common noun is cut (`an official [of the Foreign
    // Ministry]`, `a diplomat [in Kyiv]`); after a capitalised word it belongs to the name
    // (`Chancellor of the Exchequer Nigel Lawson`, `Sen. Ben Cardin of Maryland`).
    // The words of the phrase: the tokens themselves when all are words (nearly always), so
    // that no vector is built.
    let only_words: Vec<Tok<'_>>;
    let all: &[Tok<'_>] = if toks.iter().all(Tok::is_word) {
        toks
    } else {
        only_words = toks.iter().filter(|t| t.is_word()).copied().collect();
        &only_words
    };
    // The words up to the first modifier: a prefix of `all`, no second vector.
    let head_words = all
        .iter()
        .enumerate()
        .take_while(|&(i, t)| {
            let modifier = matches!(
                t.text,
                "familiar"
                    | "close"
                    | "privy"
                    | "who"
                    | "which"
                    | "with"
                    | "briefed"
                    | "knowledgeable"
                    | "speaking"
                    | "involved"
                    | "that"
            );
            let preposition = matches!(t.text, "of" | "from" | "at" | "in" | "for" | "on" | "to");
            // `Morris Goldstein of the IMF`: a personal name before it ends the head too.
            let after_name = i >= 2
                && all[i - 1].is_capitalized()
                && all[i - 2].is_capitalized()
                && !all[i - 1].has(Cue::ORGANIZATION_WORD | Cue::TITLE)
                && !all[i - 2].has(Cue::TITLE);
            // People named by a plural noun that opens the sentence are capitalised as no name
            // is: `Officials at Morgan Stanley`, `Analysts at the bank` (not a title, `President
            // of Ukraine Volodymyr Zelensky`).
            let common = |t: &Tok<'_>| {
                t.is_lower()
                    || i == 1
                        && t.text.ends_with('s')
                        && t.has(Cue::SOURCE_NOUN)
                        && !t.has(Cue::TITLE)
                        && {
                            let mut b = [0; 32];
                            lexicon::is_source_noun(lower(t, &mut b))
                        }
            };
            i == 0
                || !(modifier || preposition && (common(&all[i - 1]) || after_name))
                // `a report in the Financial Times`: the publication is the source.
                || t.text == "in" && in_a_publication(all, 0, i)
        })
        .count();
    let words = &all[..head_words];
    let Some(head) = words.last() else {
        return MentionClass::Vague;
    };
    let mut hb = [0; 32];
    let hw = lower(head, &mut hb);
    if words.len() == 1
        && (lexicon::is_pronoun(hw) && hw != "one" || matches!(hw, "him" | "her" | "them"))
    {
        return MentionClass::Pronoun;
    }
    let mut fb = [0; 32];
    let first = lower(&words[0], &mut fb);
    if words.len() <= 3
        && matches!(first, "the" | "this" | "that")
        && lexicon::is_publication_noun(hw)
        && head.is_lower()
        // Not when it names the paper: `the Asahi newspaper`.
        && !words[1..words.len() - 1].iter().any(Tok::is_capitalized)
    {
        return MentionClass::PublicationAnaphor;
    }
    // A piece in a publication is the publication's: `a report in the Financial Times`.
    if words.len() > 3
        && words
            .iter()
            .enumerate()
            .any(|(i, t)| t.text == "in" && in_a_publication(words, 0, i))
    {
        return MentionClass::Outlet;
    }
    // `Agency` names a news agency only after `News` or `Press` (`Kyodo News Agency`, `Saudi
    // Press Agency`): most agencies are government's (`the Environmental Protection Agency`,
    // `the International Energy Agency`).
    let agency_not_news = head.text == "Agency"
        && !words
            .len()
            .checked_sub(2)
            .is_some_and(|i| words[i].is("news") || words[i].is("press"));
    // A name after a title is a person's, whatever its words (`Senator Hill`, `AFP
    // Commissioner Mick Keelty`), as is one after an outlet and a role (`CNN anchor Jake
    // Tapper`; not `the official China Commercial Daily`). Asked only of outlets' names.
    let outlet_token = words.iter().position(|t| is_outlet_token(t.text));
    let titled_name = || {
        let role = |(i, t): (usize, &Tok<'_>)| {
            t.has(Cue::TITLE)
                || t.is_lower()
                    && outlet_token.is_some_and(|o| o < i)
                    && !t.has(Cue::DETERMINER)
                    && !["of", "the", "and", "for"].iter().any(|w| t.is(w))
        };
        words.iter().enumerate().rposition(role).is_some_and(|i| {
            i + 1 < words.len()
                && words[i + 1..]
                    .iter()
                    .all(|t| t.is_capitalized() && t.text.bytes().any(|b| b.is_ascii_lowercase()))
        })
    };
    if (head.is_capitalized() && lexicon::is_outlet_word(head.text) && !agency_not_news
        || outlet_token.is_some())
        && !titled_name()
    {
        return MentionClass::Outlet;
    }
    // A name described as an outlet (`the newspaper Pravda`, `broadcaster TA3`, `state
    // television CCTV`): a publication noun before it, but not `agency` alone (`the agency
    // FEMA` is no outlet). A news agency, named or described (`Gulf News Agency`, `the official
    // news agency Tanjug`). A paper named after its place (`the official Times of Zambia`).
    // (The flag first: it rules out nearly every pair.)
    let described_outlet = words.windows(2).any(|w| {
        (w[0].has(Cue::PUBLICATION_NOUN) && !w[0].is("agency")
            // (A newsletter is one only so: `the newsletter said` may mean a body's.)
            || w[0].is("newsletter")
            || w[0].is("radio")
            || w[0].is("television"))
            && !w[0].is_capitalized()
            && w[1].is_capitalized()
            && !w[1].has(Cue::DETERMINER)
    }) || words.windows(2).enumerate().any(|(i, w)| {
        // `Gulf News Agency (GNA)`, `Kyodo News Agency`: the agency's own name; or its name
        // before it or after it (`the official Tanjug news agency`, `the news agency Tanjug`).
        (w[0].is("news") || w[0].is("press"))
            && w[1].is("agency")
            && (w[1].is_capitalized()
                || words.get(i + 2).is_some_and(Tok::is_capitalized)
                || i > 0 && words[i - 1].is_capitalized() && !words[i - 1].has(Cue::DETERMINER))
    }) || words
        .windows(2)
        .any(|w| w[1].is("of") && w[0].is_capitalized() && lexicon::is_outlet_word(w[0].text));
    // A place's state broadcaster, as wire copy names it: `Tehran radio`, `Iranian television`.
    let place_broadcaster = words.len() == 2
        && words[0].is_capitalized()
        && !words[0].has(Cue::DETERMINER)
        && (head.is("radio") || head.is("television"));
    // A paper named before its noun: `the Jornal do Brasil newspaper`, `the Asahi newspaper`.
    let named_paper = words.len() >= 3
        && head.is_lower()
        && matches!(
            hw,
            "newspaper" | "daily" | "weekly" | "magazine" | "tabloid" | "newsletter"
        )
        && words[0].is("the")
        && words[1].is_capitalized()
        && !is_demonym_like(words[1].text, true)
        && words[words.len() - 2].is_capitalized()
        // Or with no article, as wire copy writes it: `Business Day newspaper said`.
        || words.len() >= 3
            && head.is_lower()
            && matches!(hw, "newspaper" | "daily" | "weekly" | "magazine" | "tabloid")
            && words[..words.len() - 1].iter().all(|t| {
                t.is_capitalized() && !t.has(Cue::DETERMINER) && !is_demonym_like(t.text, true)
            });
    if described_outlet || place_broadcaster || named_paper {
        return MentionClass::Outlet;
    }
    // A name is a capitalised word that is not a common word capitalised at the sentence start
    // (`Sources say`), a place adjective (`Russian media`) or a title (`the Minister`).
    // An adjective capitalised at the sentence start before a vague head is none either:
    // `Preliminary reports`, `Unconfirmed reports`. (Not before `figures`, whose body the
    // article names: `Unadjusted figures showed`, after `the Bank said`.)
    let opening_adjective = words.first().filter(|t| {
        let w = t.text;
        lexicon::is_vague_head(hw)
            && t.is_capitalized()
            && words[1..].iter().all(|t| t.is_lower())
            && words.len() > 1
            && w.bytes().skip(1).all(|b| b.is_ascii_lowercase())
            && (w.len() > 5 && w.ends_with("ed")
                || w.len() > 6 && w.ends_with("ary")
                || w.ends_with("ial")
                || w.ends_with("nal"))
    });
    let last_start = all.last().map_or(0, Tok::start);
    let is_name = |t: &Tok<'_>| {
        t.is_capitalized()
            && !t.has(Cue::DETERMINER | Cue::SOURCE_NOUN | Cue::TITLE)
            && !is_demonym_like(t.text, t.start() < last_start)
            && opening_adjective.is_none_or(|a| a.start() != t.start())
    };
    // A document and how it came out, then where or by whom: `a large study published
    // Wednesday in The Lancet Public Health`, `a poll conducted by Gallup`: the named journal
    // or pollster's, else too vague (`a study published last week`). Not a person's name for
    // the capitals after it.
    if let Some(p) = all.iter().position(is_publication) {
        let mut b = [0; 32];
        if p >= 1 && is_thing_noun(lower(&all[p - 1], &mut b)) {
            // Named before the noun (`a New York Times/CBS News poll released`), or after the
            // participle (`in The Lancet`, `by the agency's watchdog`).
            let not_time = |t: &&Tok<'_>| {
                let mut b = [0; 32];
                !lexicon::is_time_word(lower(t, &mut b))
            };
            // A definite one refers to one named before (`the annual report released`), as
            // `the report` does.
            let definite = matches!(first, "the" | "this" | "that" | "its" | "their");
            let named = definite
                || all[..p - 1]
                    .iter()
                    .filter(not_time)
                    .any(|t| is_name(t) || t.has(Cue::ORGANIZATION_WORD))
                || all[p + 1..]
                    .iter()
                    .filter(not_time)
                    .any(|t| t.is_capitalized() && !t.has(Cue::DETERMINER))
                || all[p + 1..]
                    .windows(2)
                    .any(|w| w[0].is("by") && (w[1].is("the") || w[1].is("its")));
            return if named {
                MentionClass::Organization
            } else {
                MentionClass::Vague
            };
        }
    }
    // A study by a named body, its noun first, is the body's (`analysis by the Institute for
    // Fiscal Studies`, `Research by the University of Sydney`), not a titled person's.
    let noun_at = usize::from(matches!(first, "a" | "an" | "the"));
    let study_by = all.get(noun_at..noun_at + 2).is_some_and(|w| {
        let mut b = [0; 32];
        // (`by` or `from` first: most sources have neither there.)
        (w[1].is("by") || w[1].is("from"))
            && whosaid_core::is_study_noun(lower(&w[0], &mut b))
            // The body right after, named after `the` or with a body's word (`by the
            // Institute`, `by Morgan Guaranty Trust Co`; not `by officials and diplomats of …
            // the Soviet Union`, nor `by Lee Epstein`, a person).
            && match all.get(noun_at + 2) {
                Some(t) if t.is("the") => all.get(noun_at + 3).is_some_and(is_name),
                Some(t) if is_name(t) => all[noun_at + 2..]
                    .iter()
                    .take_while(|t| t.is_capitalized())
                    .any(|t| t.has(Cue::ORGANIZATION_WORD)),
                _ => false,
            }
    });
    if study_by {
        return MentionClass::Organization;
    }
    // A country or a city speaks for its government (`Iran said`, `Washington said`, `The
    // United States said`): a body, not a person, whom `he` could not mean. (Not the names
    // that are as often a person's: `Jordan said`, `Chad said`.)
    if head.is_capitalized() && words.len() == toks.len() && words.len() <= 4 {
        let place = text
            .strip_prefix("the ")
            .or_else(|| text.strip_prefix("The "))
            .unwrap_or(text);
        if whosaid_core::is_place_name(place)
            && !matches!(
                place,
                "Jordan" | "Chad" | "Georgia" | "Sofia" | "Santiago" | "Israel" | "Paris" | "Male"
            )
        {
            return MentionClass::Organization;
        }
    }
    // One capitalised source noun alone is the noun at a sentence's start (`Officials said`),
    // but one in the singular that names no speaker's kind or paper is a surname: `For 1987,
    // Page said …`.
    let surname_like = || {
        all.len() == 1
            && !hw.ends_with('s')
            && head.text.bytes().skip(1).all(|b| b.is_ascii_lowercase())
            && !head.has(Cue::PUBLICATION_NOUN | Cue::TITLE | Cue::ORGANIZATION_WORD)
            && !lexicon::is_vague_head(hw)
            && !lexicon::is_anonymous_head(hw)
            && !lexicon::is_person_singular(hw)
            && !whosaid_core::is_document_noun(hw)
    };
    if words.len() == 1
        && head.is_capitalized()
        && head.has(Cue::SOURCE_NOUN)
        && !head.has(Cue::DETERMINER)
        && surname_like()
    {
        return MentionClass::Person;
    }
    let head_is_name = head.is_capitalized()
        && !head.has(Cue::DETERMINER)
        && !(words.len() == 1 && head.has(Cue::SOURCE_NOUN));
    if head_is_name {
        // A member of parliament named by the title alone is someone unnamed (`a senior
        // Labour MP`, `the MP`), not a body's initials. (Members in the plural are named as a
        // party's are, `Labour MPs` as `Democrats`: no anonymous source.)
        if matches!(head.text, "MP" | "MEP" | "MSP") {
            return MentionClass::Anonymous;
        }
        // (A national statistics office is named so: `Statistics Canada`, `Statistics
        // Norway`.)
        if head.has(Cue::ORGANIZATION_WORD)
            || head.text.len() > 1 && head.text.chars().all(|c| c.is_uppercase() || c == '.')
            || words.len() == 2 && words[0].text == "Statistics"
        {
            return MentionClass::Organization;
        }
        if !words.iter().any(&is_name) {
            // A people in the plural (`Soviets`, `Chinese`).
            let people = whosaid_core::is_demonym(head.text)
                && (head.text.ends_with('s') || head.text.ends_with("ese"));
            // One capitalised word of office or people alone, in the singular, is a surname
            // or a company's short name: `King said`, `Pope said`, `American said` (the
            // airline).
            if all.len() == 1
                && !people
                && !head.text.ends_with('s')
                && head.text.bytes().skip(1).any(|b| b.is_ascii_lowercase())
                && (head.has(Cue::TITLE)
                    || whosaid_core::is_demonym(head.text)
                    || whosaid_core::is_demonym_noun(head.text))
            {
                return MentionClass::Person;
            }
            // With the article, its government or side, as `Iran` (`the Soviets said`, `the
            // Chinese`); else some of its people, too vague to check (`Many Mexicans feel`,
            // `Americans often say`).
            if people && words.len() == 2 && words[0].is("the") {
                return MentionClass::Organization;
            }
            if people
                && words[..words.len() - 1]
                    .iter()
                    .all(|t| t.text.bytes().skip(1).all(|b| !b.is_ascii_uppercase()))
            {
                return MentionClass::Vague;
            }
            // Only titles and place words: `the Minister`, `the President`. Common nouns
            // capitalised after the first word, in a line not in capitals, are a name: a
            // paper's (`Daily Nation`, `The Nation`), else a body's.
            let named = words.len() >= 2
                && !words
                    .iter()
                    .any(|t| t.has(Cue::TITLE) || is_demonym_like(t.text, t.start() < last_start))
                && words[1..]
                    .iter()
                    .all(|t| t.is_capitalized() && t.text.bytes().any(|b| b.is_ascii_lowercase()));
            return match named {
                true if words.iter().any(|t| t.has(Cue::PUBLICATION_NOUN)) => MentionClass::Outlet,
                true => MentionClass::Organization,
                false => MentionClass::Anonymous,
            };
        }
        // A party's members in the plural are the party, whatever lowercase word of office
        // comes before them: `The opposition Greens` (not `Senator Greens`).
        let party = matches!(
            head.text,
            "Greens"
                | "Democrats"
                | "Republicans"
                | "Conservatives"
                | "Liberals"
                | "Socialists"
                | "Tories"
                | "Nationalists"
                | "Unionists"
        );
        let titled = words
            .iter()
            .any(|t| t.has(Cue::TITLE) && !(party && t.is_lower()));
        // `the Bank of Zambia`: a body named after a place.
        let organization = words
            .iter()
            .any(|t| t.is_capitalized() && t.has(Cue::ORGANIZATION_WORD));
        // A role in lowercase before the name: `FBI agent Margaret Cronin`.
        // (Not a preposition of a body's name: `the Commission on Human Rights`, `the
        // Committee to Protect Journalists`.)
        let role = words.iter().any(|t| {
            t.is_lower()
                && !t.has(Cue::DETERMINER)
                && !matches!(
                    t.text,
                    "of" | "the"
                        | "and"
                        | "for"
                        | "in"
                        | "at"
                        | "from"
                        | "with"
                        | "on"
                        | "to"
                        | "against"
                )
                && !lexicon::is_surname_particle(t.text)
        });
        let titled = titled || role && !party;
        // `the Treasury`, `the Bundesbank`, `the United States`: a person's name takes no
        // article unless a title or a role comes with it (`the Rev. Jesse Jackson`).
        // A party member is a person (`the Texas Democrat`).
        let member = matches!(
            head.text,
            "Democrat" | "Republican" | "Conservative" | "Liberal" | "Socialist" | "Communist"
        );
        let definite = first == "the" && !member;
        return match (titled, organization || definite || party) {
            (true, _) => MentionClass::TitledPerson,
            (false, true) => MentionClass::Organization,
            (false, false) => MentionClass::Person,
        };
    }
    // A document of a named body: `a Plessey statement`, `the International Energy Agency in
    // its monthly report`, `provisional Bank of Italy figures`, `figures from the Ministry of
    // Agriculture`: the body is the source. A nation's body is named so too: `Brazilian trade
    // ministry figures`, `Japanese government figures`.
    let national_body = words.len() >= 3
        && is_demonym_like(words[0].text, true)
        && words[1..words.len() - 1]
            .iter()
            .any(|t| t.has(Cue::ORGANIZATION_WORD));
    if whosaid_core::is_document_noun(hw)
        && (national_body
            || words[..words.len() - 1].iter().any(is_name)
            || all
                .get(head_words)
                .is_some_and(|t| t.is("from") || t.is("by"))
                && all[head_words + 1..].iter().any(is_name))
    {
        return MentionClass::Organization;
    }
    // A public record is its court's or its agency's, which an editor can look up: `according
    // to a criminal complaint`, `court records show`, `a police report`, `a lawsuit filed
    // Monday alleges`.
    let n = words.len();
    let filed = n >= 2 && hw.len() > 4 && hw.ends_with("ed") && {
        let mut b = [0; 32];
        is_public_record(&words[..n - 2], lower(&words[n - 2], &mut b))
    };
    if filed || is_public_record(&words[..n - 1], hw) {
        return MentionClass::Organization;
    }
    // The public service working a case speaks for its office, as `police` does:
    // `prosecutors said`, `investigators said`, `firefighters said`.
    if matches!(
        hw,
        "prosecutors"
            | "investigators"
            | "detectives"
            | "firefighters"
            | "troopers"
            | "paramedics"
            | "rescuers"
    ) {
        return MentionClass::Organization;
    }
    // A named body's researchers speak for its published work, which an editor can look up:
    // `Economists at the Ifo Institute`, `Analysts at Goldman Sachs` (not `analysts at major
    // banks`, nor `Officials at the Treasury`, someone unnamed).
    if matches!(
        hw,
        "analysts"
            | "economists"
            | "strategists"
            | "researchers"
            | "scientists"
            | "doctors"
            | "physicians"
    ) && all
        .get(head_words)
        .is_some_and(|t| t.is("at") || t.is("from") || t.is("with"))
        && all[head_words + 1..].iter().any(is_name)
    {
        return MentionClass::Organization;
    }
    if lexicon::is_vague_head(hw) {
        // `The report`, `this report`, `the studies`: documents named before, as `the
        // statement` is; not `media reports` or `the reports` of no one.
        let definite = matches!(first, "the" | "this" | "that" | "its" | "their");
        if definite && matches!(hw, "report" | "studies") && words.len() <= 3 {
            return MentionClass::Organization;
        }
        return MentionClass::Vague;
    }
    if lexicon::is_anonymous_head(hw) {
        // `sources say` is vague; `sources familiar with the talks` is anonymous.
        let bare = toks.iter().filter(|t| t.is_word()).count() == 1
            && matches!(hw, "sources" | "officials" | "people");
        return if bare {
            MentionClass::Vague
        } else {
            MentionClass::Anonymous
        };
    }
    if lexicon::is_organization_word(hw) {
        return MentionClass::Organization;
    }
    // An office one person holds, with its holder's country or body named: `Kuwait's oil
    // minister`, `NATO's secretary general`, `Emery's chairman`. Not anonymous: the office
    // names its holder, as the body's name names it (not `Lyng's aide`, one of many).
    // (The owner's name may take more words: `Costa Rica's economy minister`.)
    // (The head's word first: the owner is looked for only before an office.)
    let office = matches!(
        hw,
        "minister"
            | "chairman"
            | "chairwoman"
            | "governor"
            | "commissioner"
            | "ambassador"
            | "general"
            | "premier"
            | "chancellor"
    );
    let owner = || {
        words
            .iter()
            .take(4)
            .position(|t| t.text.ends_with("'s") || t.text.ends_with("\u{2019}s"))
            .filter(|&p| words[..=p].iter().all(|t| t.is_capitalized()))
    };
    if office
        && owner()
            .is_some_and(|p| p + 1 < words.len() && words[p + 1..].iter().all(|t| t.is_lower()))
    {
        return MentionClass::Organization;
    }
    if lexicon::is_title(hw) {
        return MentionClass::Anonymous;
    }
    // One person by their tie to someone named, with a possessive: `his lawyer`, `her
    // husband`, `Smith's publicist`; someone unnamed, not a vague group.
    let possessive = matches!(first, "his" | "her" | "their" | "my" | "our" | "your")
        || words[0].is_capitalized()
            && (words[0].text.ends_with("'s") || words[0].text.ends_with("\u{2019}s"));
    if possessive
        && whosaid_core::is_relation_noun(hw)
        && !all[1..].iter().any(|t| t.is_capitalized())
    {
        return MentionClass::Anonymous;
    }
    // A definite description refers back to a body named before (`the firm`, `the bourse`,
    // `the Swiss-based pharmaceutical giant`); an indefinite one to someone unnamed (`another
    // arbitrageur`). Only bare groups stay vague (`analysts`, `economists`).
    let indefinite = matches!(first, "a" | "an" | "another" | "one");
    match (first, indefinite.then(|| thing_head(words)).flatten()) {
        // A person's noun, though, is someone unnamed (`the dealer`, `The Nomura broker`, `the
        // portfolio manager`), or one named before (`the Arsenal boss`, `the 34-year-old`).
        ("the" | "this" | "that", _)
            if lexicon::is_person_singular(hw)
                || whosaid_core::is_relation_noun(hw)
                || whosaid_core::is_description_noun(hw) =>
        {
            MentionClass::Anonymous
        }
        ("the" | "this" | "that" | "its" | "their", _) => MentionClass::Organization,
        // A document or an outlet is no anonymous person with a reason to give for the
        // anonymity. A body's document is the body's (`a statement from Salomon`, `a company
        // statement`); an unnamed one is too vague to check (`a statement`, `a new study`,
        // `an Italian newspaper`, `a memo released Tuesday`).
        (_, Some(thing)) => {
            let after = &all[head_words..];
            // Whose it is: a name or a body after the head (`from Salomon`, `by the bank`)
            // or before it (`a POLITICO analysis`, `a company statement`). Before an outlet's
            // noun a name is a place (`a Hong Kong newspaper`): the outlet is still unnamed.
            let named_after = after.iter().any(is_name)
                || after.windows(2).any(|w| {
                    (w[0].is("from") || w[0].is("by")) && (w[1].is("the") || w[1].is("its"))
                });
            let mut tb = [0; 32];
            let named_before = !is_outlet_noun(lower(&words[thing], &mut tb))
                && words[..thing]
                    .iter()
                    .any(|t| is_name(t) || t.has(Cue::ORGANIZATION_WORD));
            if named_after || named_before {
                MentionClass::Organization
            } else {
                MentionClass::Vague
            }
        }
        // A share of people is a group, not one unnamed person: `a strong majority`, `A
        // number of computer companies`.
        _ if indefinite
            && (matches!(
                hw,
                "majority" | "minority" | "plurality" | "third" | "quarter"
            ) || hw == "number" && all.get(head_words).is_some_and(|t| t.is("of"))) =>
        {
            MentionClass::Vague
        }
        _ if indefinite => MentionClass::Anonymous,
        // A named body's document with no article: `Market & Opinion Research International
        // (MORI) poll conducted for The Sunday Times`, `Soviet Finance Ministry figures`.
        _ if thing_head(words).is_some_and(|thing| {
            words[..thing]
                .iter()
                .any(|t| is_name(t) || t.is_capitalized() && t.has(Cue::ORGANIZATION_WORD))
        }) =>
        {
            MentionClass::Organization
        }
        _ => MentionClass::Vague,
    }
}

/// Where the noun of a document or an outlet is in `words`, a source phrase's words up to its
/// head, when they end in one (`a statement`, `an Italian newspaper`) or in one and a
/// participle (`a memo released`, `a study published`): things, not people.
fn thing_head(words: &[Tok<'_>]) -> Option<usize> {
    // A person before the head speaks: `another official following an assessment` (not
    // `official` as an adjective: `an official newspaper`).
    if words.iter().enumerate().any(|(i, t)| {
        let mut buf = [0; 32];
        let w = lower(t, &mut buf);
        lexicon::is_anonymous_head(w) && !(w == "official" && i + 2 == words.len())
    }) {
        return None;
    }
    let last = words.len().checked_sub(1)?;
    let mut buf = [0; 32];
    let head = lower(&words[last], &mut buf);
    if is_thing_noun(head) {
        return Some(last);
    }
    // `a survey carried out in March`: the participle's particle.
    let (last, head) = if head == "out" && last > 0 {
        let mut pb = [0; 32];
        let p = lower(&words[last - 1], &mut pb);
        if p != "carried" {
            return None;
        }
        (last - 1, "carried")
    } else {
        (last, head)
    };
    let participle = matches!(
        head,
        "released"
            | "published"
            | "issued"
            | "obtained"
            | "filed"
            | "posted"
            | "conducted"
            | "carried"
            | "submitted"
            | "prepared"
            | "commissioned"
            | "presented"
            | "sent"
    );
    let before = last.checked_sub(1)?;
    let mut buf = [0; 32];
    (participle && is_thing_noun(lower(&words[before], &mut buf))).then_some(before)
}

/// Nouns of outlets, lowercase: `a Japanese newspaper` names none.
fn is_outlet_noun(lower: &str) -> bool {
    matches!(
        lower,
        "newspaper" | "paper" | "magazine" | "daily" | "weekly" | "website" | "blog"
    )
}

/// Nouns of documents and outlets, lowercase: [`whosaid_core::is_document_noun`] and more.
fn is_thing_noun(lower: &str) -> bool {
    whosaid_core::is_document_noun(lower)
        || is_outlet_noun(lower)
        || matches!(
            lower,
            "communique"
                | "communiqué"
                | "study"
                | "analysis"
                | "review"
                | "poll"
                | "survey"
                | "article"
                | "copy"
                | "memo"
                | "memorandum"
                | "letter"
                | "document"
                | "documents"
                | "filing"
                | "transcript"
                | "video"
                | "ad"
                | "advertisement"
                | "book"
                | "email"
                | "tweet"
                | "editorial"
                | "audit"
                | "assessment"
                | "investigation"
                | "bulletin"
                | "broadcast"
                | "documentary"
        )
}

/// True when `head`, with the words `before` it, names a court's or an agency's record: a
/// legal document (`complaint`, `indictment`, `affidavit`, `lawsuit`, …), or records, documents,
/// papers or a report of a court, the police or a public office (`court records`, `a police
/// report`, `tax filings`).
fn is_public_record(before: &[Tok<'_>], head: &str) -> bool {
    let legal = matches!(
        head,
        "complaint"
            | "indictment"
            | "affidavit"
            | "lawsuit"
            | "warrant"
            | "subpoena"
            | "deposition"
            | "verdict"
            | "ruling"
            | "judgment"
            | "petition"
            | "charging"
            | "docket"
    );
    let record = matches!(
        head,
        "records" | "documents" | "papers" | "filings" | "filing" | "report" | "reports"
    ) && before.iter().any(|t| {
        let mut b = [0; 32];
        matches!(
            lower(t, &mut b),
            "court" | "police" | "arrest" | "autopsy" | "property" | "tax" | "public" | "legal"
        )
    });
    legal || record
}

/// `f` of the token's lowercased text (empty when it has none), with no allocation.
/// True when `word` is a capitalised word of place or people that does not make a phrase a
/// name: `Russian media`, `Chinese officials`, `the Spaniard`. Before another word of the
/// phrase, an adjective's ending will do (`Bavarian police`, `French officials`, `Federal
/// regulators`); as the phrase's last word, only a listed people is one: `Djokovic`,
/// `President Vucic`, `Albanese`, `Home Federal` are names.
fn is_demonym_like(word: &str, before_another: bool) -> bool {
    whosaid_core::is_demonym(word)
        || whosaid_core::is_demonym_noun(word)
        || matches!(word, "U.S." | "U.K." | "EU" | "US" | "UK")
        || before_another
            && (["ian", "ean", "can", "ese", "ish", "ic"]
                .iter()
                .any(|suffix| word.ends_with(suffix))
                || matches!(
                    word,
                    "Western"
                        | "Eastern"
                        | "Northern"
                        | "Southern"
                        | "French"
                        | "English"
                        | "Welsh"
                        | "Irish"
                        | "Cuban"
                        | "Federal"
                        | "National"
                        | "State"
                        | "Republican"
                        | "Democratic"
                ))
}

/// The span of tokens `[a, b)`.
pub(crate) fn span_of(toks: &[Tok<'_>], a: usize, b: usize) -> Span {
    Span::new(toks[a].start(), toks[b - 1].end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::{tokenize, Quoting};

    #[test]
    fn table_tests_agree_with_the_word_lists() {
        let mut words: Vec<String> = lexicon::PRE_CUE_FILLERS
            .iter()
            .chain(lexicon::SENTENCE_OPENERS)
            .map(|w| w.to_string())
            .collect();
        words.extend(
            [
                "quickly",
                "family",
                "italy",
                "july",
                "ally",
                "rally",
                "supply",
                "fly",
                "holy",
                "badly",
                "naïvely",
                "stillé",
                "the",
                "said",
                "and",
                "ly",
                "x",
                "",
                "incomprehensiblyandunbelievablyly",
            ]
            .map(str::to_owned),
        );
        let near: Vec<String> = words
            .iter()
            .filter(|w| !w.is_empty())
            .flat_map(|w| {
                let mut shorter = w.clone();
                shorter.pop();
                [format!("{w}s"), shorter, format!("x{w}")]
            })
            .collect();
        words.extend(near);
        let cased: Vec<String> = words
            .iter()
            .flat_map(|w| {
                let mut capital = w.clone();
                capital[..w.len().min(1)].make_ascii_uppercase();
                [w.to_ascii_uppercase(), capital]
            })
            .collect();
        words.extend(cased);
        words.extend([",", "’", "("].map(str::to_owned));
        let mut toks = Vec::new();
        for w in &words {
            let span = Span::new(0, w.len());
            tokenize(w, span, &mut Quoting::none(), &mut toks, &mut Vec::new());
            for t in &toks {
                let mut b = [0; 32];
                let lowered = lower(t, &mut b);
                assert_eq!(
                    is_filler(t),
                    t.is_word() && lexicon::is_pre_cue_filler(lowered),
                    "{:?}",
                    t.text
                );
                assert_eq!(
                    is_opener(t),
                    lexicon::is_sentence_opener(lowered),
                    "{:?}",
                    t.text
                );
            }
        }
    }
}
