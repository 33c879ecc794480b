//! Sentence splitting inside one paragraph: one linear pass over the bytes, no regex.
//!
//! A sentence ends after `.`, `!`, `?` or `…` (a run of them counts as one terminator, so `...`
//! and `?!` are single terminators), optionally followed by closing quotes (`"` `”` `’` `'`) and
//! closing brackets (`)` `]`), when white space follows and then an uppercase letter, a digit,
//! an opening quote or bracket, or the end of the paragraph.
//!
//! A single `.` does not end a sentence after an abbreviation. The word before the dot is
//! compared case-sensitively with fixed lists:
//!
//! * **never a sentence end**: titles (`Mr.`, `Dr.`, `Gen.`, `Sen.`, …), months (`Jan.`,
//!   `Sept.`, …), `e.g.`, `i.e.`, `vs.`, `approx.`, single capital initials (`J.` in
//!   `J. D. Vance`), and `No.` when a digit follows (`No. 5`);
//! * **a sentence end only before a common sentence starter** (`The`, `He`, `She`, `It`, `But`,
//!   `In`, … see [`STARTERS`]): dotted acronyms and initials (`U.S.`, `U.N.`, `D.C.`, `J.D.`),
//!   U.S. state abbreviations (`Calif.`, `N.Y.`, …) and words that often close a
//!   sentence as well as sit inside one (`etc.`, `Inc.`, `Corp.`, `Co.`, `Ltd.`, `Jr.`, `Sr.`,
//!   `Ave.`). So `U.S. Secretary of State Marco Rubio` stays one sentence, while
//!   `… in the U.S. The talks …` splits (but not before `And`, which wire copy capitalises
//!   after an acronym: `the U.S. And Japan`). This is a heuristic: `… moved to the U.S. Senators
//!   said …` is not split;
//! * **a sentence end unless the time goes on**: `a.m.` and `p.m.` before a capitalised word
//!   that is no weekday, month or time zone (`at 2:15 a.m. Two men were hurt` splits, `9 a.m.
//!   Tuesday` and `2 p.m. EST` do not).
//!
//! A closing quote or bracket after the terminator disables the abbreviation check:
//! `He said "Stop." Then left.` splits after `."`. White space inside a paragraph (including
//! a single newline) is just white space.

use whosaid_core::Span;

/// Titles before a name: a dot after them never ends a sentence.
// Matched by `listed`; a test holds it to this list.
#[cfg_attr(not(test), allow(dead_code))]
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt",
    "Adm", "Cmdr", "Rev", "St", "Pres", "Amb", "Atty", "Supt", "Insp", "Det", "Hon", "Gens",
];

/// Abbreviated months (AP style): a dot after them never ends a sentence.
// Matched by `listed` (and read by `next_word_is_time_part`); a test holds it to this list.
const MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Other abbreviations that never end a sentence.
// Matched by `listed`; a test holds it to this list.
#[cfg_attr(not(test), allow(dead_code))]
const NEVER_END: &[&str] = &["vs", "e.g", "i.e", "approx", "cf", "ca"];

/// U.S. states (AP style), without their final dot. They end a sentence only before a
/// [`STARTERS`] word.
// Matched by `listed`; a test holds it to this list.
#[cfg_attr(not(test), allow(dead_code))]
const STATES: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M",
    "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Tex", "Va", "Vt",
    "Wash", "Wis", "Wyo",
];

/// Abbreviations that often close a sentence as well as sit inside one. They end a sentence
/// only before a [`STARTERS`] word.
// Matched by `listed`; a test holds it to this list.
#[cfg_attr(not(test), allow(dead_code))]
const MAY_END: &[&str] = &["etc", "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Ave"];

/// Words that commonly start a sentence. After an ambiguous abbreviation (`U.S.`, `Calif.`,
/// `Inc.`) the sentence ends only when the next word is one of these.
pub const STARTERS: &[&str] = &[
    "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "A", "An", "This", "That",
    "On", "At", "For", "His", "Her", "Their", "Its", "There", "As", "If", "When", "While", "After",
    "Before",
];

/// Longest word (in bytes) compared with the lists; longer words are never abbreviations.
/// Keeps the pass linear however long a run of non-space characters is.
const MAX_ABBREVIATION: usize = 16;

/// What the word before a single `.` says about a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbreviation {
    /// Not an abbreviation: the dot ends a sentence like `!` or `?`.
    None,
    /// The dot never ends a sentence.
    Never,
    /// The dot ends a sentence only before a [`STARTERS`] word.
    BeforeStarter,
    /// `No.`: not a sentence end before a digit.
    Number,
    /// A dotted acronym (`U.S.`, `U.K.`): as [`Abbreviation::BeforeStarter`], but not before
    /// `And`, which wire copy capitalises after one inside a sentence (`in the U.S. And
    /// Japan`: 252 times in the Reuters corpus, never a new sentence).
    Acronym,
    /// `a.m.`, `p.m.`: a sentence end before a capitalised word that is not the time's own
    /// (a weekday, a month, a time zone: `9 a.m. Tuesday`, `2 p.m. EST`).
    Time,
}

/// Splits the paragraph `span` of `prose` into sentence spans.
///
/// `prose` is the whole prose view of a document (see `Document::prose`) and `span` one
/// paragraph in it; the spans returned are offsets into `prose` (so into the original text),
/// in order, non-overlapping, inside `span`, and trimmed of white space. A span that does not
/// fit `prose` (out of bounds or not on character boundaries) yields no sentence; a span of
/// only white space yields none either.
///
/// ```
/// use whosaid_core::Span;
/// use whosaid_text::split_sentences;
///
/// let prose = "U.S. Secretary of State Marco Rubio flew in. He left on Jan. 5.";
/// let spans = split_sentences(prose, Span::new(0, prose.len()));
/// let texts: Vec<&str> = spans.iter().map(|s| s.slice(prose)).collect();
/// assert_eq!(texts, ["U.S. Secretary of State Marco Rubio flew in.", "He left on Jan. 5."]);
/// ```
pub fn split_sentences(prose: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut leads = Leads::NONE;
    split_each(prose, span, &mut leads, |s| out.push(s));
    out
}

/// [`split_sentences`] handing each sentence span to `emit` instead of collecting them, so
/// that a document's sentences go straight into one vector.
///
/// The pass works on bytes: between sentence ends it only looks for the bytes that can open a
/// terminator (`.`, `!`, `?` and the lead byte of `…`), which no other UTF-8 character
/// contains, and looks closely only around them. The word before a single dot (for the
/// abbreviation lists) is found by looking back from the dot at most [`MAX_ABBREVIATION`]
/// bytes, and the white space after a sentence end is skipped once, so every byte is looked at
/// a bounded number of times.
///
/// `leads` keeps where the next `0xE2` of the prose is from one paragraph to the next, for a
/// document's paragraphs split in order ([`Leads::NONE`] for a first or lone one).
pub(crate) fn split_each(prose: &str, span: Span, leads: &mut Leads, mut emit: impl FnMut(Span)) {
    let Some(para) = span.get(prose) else {
        return;
    };
    let base = span.start;
    let mut pos = 0;
    let mut candidates = Candidates::within(prose.as_bytes(), span, leads);
    loop {
        // Start of the current sentence: the first non-space character.
        let Some(start) = para[pos..]
            .char_indices()
            .find(|&(_, c)| !is_space(c))
            .map(|(i, _)| pos + i)
        else {
            return;
        };
        pos = start;
        // The end of this sentence: the first terminator run that splits.
        let end = loop {
            let Some(term_start) = candidates.next(pos) else {
                // No sentence end: the sentence runs to the paragraph's end, trimmed.
                let trimmed = para.trim_end_matches(is_space).len();
                if trimmed > start {
                    emit(Span::new(base + start, base + trimmed));
                }
                return;
            };
            match sentence_end(para, term_start) {
                Ok(end) => break end,
                Err(next) => pos = next,
            }
        };
        emit(Span::new(base + start, base + end));
        pos = end;
    }
}

/// The bytes that may begin a terminator in a paragraph, in order: `.`, `!`, `?` and `0xE2`,
/// the lead byte of `…` (and of other characters, which [`sentence_end`] skips).
///
/// memchr finds the three ASCII terminators at once (SIMD, a fraction of an instruction per
/// byte); it takes at most three bytes, so the rarer `0xE2` is searched on its own and its
/// next place kept until the scan passes it: each search covers each byte once, linear in the
/// paragraph. Measured on 2 MB of Reuters, this replaced a scan of eight bytes at a time that
/// cost some 7M instructions (3.5 per byte).
///
/// The `0xE2` search runs on past the paragraph, to the next one in the prose: the paragraphs
/// of a document are split in order, and a text with no such byte (all of Reuters, which is
/// ASCII) is searched once, not once per paragraph (measured: the searches per paragraph cost
/// some 1.2M instructions on 2 MB of Reuters, most of it the call's own cost).
struct Candidates<'p, 'l> {
    /// The whole prose view, which the `0xE2` search reads beyond the paragraph.
    prose: &'p [u8],
    /// Where the paragraph starts in `prose`.
    base: usize,
    /// The paragraph's bytes; the positions taken and given are offsets in it.
    bytes: &'p [u8],
    leads: &'l mut Leads,
}

/// A search for `0xE2` in a prose view, kept across calls and across paragraphs: the first one
/// at or after byte `from` is at byte `at`, or there is none before `end` (where the search
/// stopped) when `at == end`. So it is from every byte up to `at`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Leads {
    from: usize,
    at: usize,
    end: usize,
}

impl Leads {
    /// No search yet: it holds for no byte.
    pub(crate) const NONE: Leads = Leads {
        from: usize::MAX,
        at: 0,
        end: 0,
    };
}

impl<'p, 'l> Candidates<'p, 'l> {
    /// The candidates of the paragraph `span` of `prose`, which must be in bounds.
    fn within(prose: &'p [u8], span: Span, leads: &'l mut Leads) -> Candidates<'p, 'l> {
        Candidates {
            prose,
            base: span.start,
            bytes: &prose[span.start..span.end],
            leads,
        }
    }

    /// The first candidate byte at or after `from`. `from` must not decrease from one call to
    /// the next, nor the paragraphs sharing `leads` go back in the prose, for the searches to
    /// stay linear: a kept `0xE2` holds only from the search's start. Inlined in the
    /// splitter's loop, its only caller (measured: called, it cost more than it saved).
    #[inline(always)]
    fn next(&mut self, from: usize) -> Option<usize> {
        let bytes = self.bytes;
        if from >= bytes.len() {
            return None;
        }
        let start = self.base + from;
        let para_end = self.base + bytes.len();
        let kept = *self.leads;
        // The kept search holds from `start` to the paragraph's end.
        let holds =
            kept.from <= start && start <= kept.at && (kept.at < kept.end || kept.end >= para_end);
        if !holds {
            // Past the last search, it goes on to the prose's end; back before it (paragraphs
            // out of order), only to the paragraph's, so that no byte is searched twice over.
            let end = if kept.from == usize::MAX || start > kept.at {
                self.prose.len()
            } else {
                para_end
            };
            let at = memchr::memchr(0xE2, &self.prose[start..end]).map_or(end, |i| start + i);
            *self.leads = Leads {
                from: start,
                at,
                end,
            };
        }
        let lead = (self.leads.at - self.base).min(bytes.len());
        memchr::memchr3(b'.', b'!', b'?', &bytes[from..lead])
            .map(|i| from + i)
            .or((lead < bytes.len()).then_some(lead))
    }
}

/// Looks at a possible sentence end at byte `at` of `para` (a byte of [`MAY_TERMINATE`], on a
/// character boundary). `Ok(end)`: the sentence ends at `end`, after the terminators and
/// closers. `Err(next)`: it does not; the search goes on at `next`.
///
/// The two tests by byte that settle most candidates are inlined in the splitter's loop, and
/// only the others call [`sentence_end_by_chars`] (measured: a call for every candidate cost
/// some 0.3M instructions on 2 MB of Reuters).
#[inline(always)]
fn sentence_end(para: &str, at: usize) -> Result<usize, usize> {
    // A third of the candidates are dots inside numbers and acronyms (`5.93`, `U.S`): a letter
    // or digit right after an ASCII terminator is neither a terminator, a closer nor white
    // space, so it settles "no end" before any character is decoded.
    let bytes = para.as_bytes();
    if matches!(bytes.get(at), Some(b'.' | b'!' | b'?'))
        && bytes.get(at + 1).is_some_and(u8::is_ascii_alphanumeric)
    {
        return Err(at + 1);
    }
    // Most candidates that end a sentence end the paragraph too (a paragraph of wire copy is
    // mostly one sentence, trimmed): an ASCII terminator as the last byte is a run of one, with
    // no closers and nothing after it, which ends the sentence. Told here by its byte, with no
    // character decoded (measured: half the calls, some 150 instructions each).
    if at + 1 == bytes.len() && matches!(bytes[at], b'.' | b'!' | b'?') {
        return Ok(at + 1);
    }
    sentence_end_by_chars(para, at)
}

/// [`sentence_end`] past its tests by byte: the run of terminators and closers, the white space
/// and what follows it, decoded as characters.
#[inline(never)]
fn sentence_end_by_chars(para: &str, at: usize) -> Result<usize, usize> {
    let Some(c) = para[at..].chars().next() else {
        return Err(para.len());
    };
    if !is_terminator(c) {
        return Err(at + c.len_utf8());
    }
    // A run of terminators, then closing quotes and brackets.
    let mut end = at;
    let mut dots = 0usize;
    let mut only_dots = true;
    while let Some(t) = para[end..].chars().next().filter(|&t| is_terminator(t)) {
        if t == '.' {
            dots += 1;
        } else {
            only_dots = false;
        }
        end += t.len_utf8();
    }
    let closers_start = end;
    while let Some(t) = para[end..].chars().next().filter(|&t| is_closer(t)) {
        end += t.len_utf8();
    }
    let has_closers = end > closers_start;
    // White space, then the next character (if any).
    let mut next = end;
    while let Some(t) = para[next..].chars().next().filter(|&t| is_space(t)) {
        next += t.len_utf8();
    }
    let followed_by_space = next > end;
    let rest = &para[next..];
    let split = if rest.is_empty() {
        // End of paragraph: the sentence ends here anyway.
        true
    } else if !followed_by_space || !starts_sentence(rest) {
        false
    } else if only_dots && dots == 1 && !has_closers {
        match word_before(para, at).map_or(Abbreviation::None, classify) {
            Abbreviation::None => true,
            Abbreviation::Never => false,
            Abbreviation::BeforeStarter => next_word_is_starter(rest),
            Abbreviation::Acronym => next_word_is_starter(rest) && next_word(rest) != "And",
            Abbreviation::Number => !rest.starts_with(|c: char| c.is_ascii_digit()),
            Abbreviation::Time => ends_time(rest),
        }
    } else {
        true
    };
    // Without a split the search goes on after the closers; the white space after them is
    // passed over by the byte search (or skipped once after a split).
    if split {
        Ok(end)
    } else {
        Err(end)
    }
}

/// The word before the dot at byte `at`: from the last white space before it (or the
/// paragraph's start) to the dot. `None` when that is longer than [`MAX_ABBREVIATION`] bytes,
/// which is never an abbreviation; so at most that many bytes are looked at.
///
/// Wire copy is ASCII: the bytes before the dot are looked at one by one, and only a non-ASCII
/// byte among them sends the search to [`word_before_chars`], which decodes characters.
fn word_before(para: &str, at: usize) -> Option<&str> {
    let bytes = para.as_bytes();
    // The earliest byte the character search looks at: the word may be one byte longer than
    // the limit when it starts the paragraph, as there.
    let lowest = at.saturating_sub(MAX_ABBREVIATION + 1);
    for i in (lowest..at).rev() {
        let b = bytes[i];
        if !b.is_ascii() {
            return word_before_chars(para, at);
        }
        if is_space(char::from(b)) {
            return Some(&para[i + 1..at]);
        }
    }
    if lowest == 0 {
        Some(&para[..at])
    } else {
        None
    }
}

/// [`word_before`] by characters, for text with non-ASCII characters near the dot.
fn word_before_chars(para: &str, at: usize) -> Option<&str> {
    for (i, c) in para[..at].char_indices().rev() {
        let after = i + c.len_utf8();
        if at - after > MAX_ABBREVIATION {
            return None;
        }
        if is_space(c) {
            return Some(&para[after..at]);
        }
    }
    Some(&para[..at])
}

/// White space for trimming and splitting: Unicode white space and the byte-order mark.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// A mark that closes after a terminator: English and French ones, and the German `“` and
/// `«` (`„Wir stehen bereit.“`, `»Wir handeln.«`).
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '“' | '«')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '„')
}

/// Whether the text after a terminator and white space can begin a sentence.
fn starts_sentence(rest: &str) -> bool {
    rest.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || is_opener(c))
}

/// Whether `a.m.` or `p.m.` before `rest` ends a sentence: a capitalised word follows that
/// does not go with the time (not a parenthesis: `6 p.m. (2200 gmt)`).
fn ends_time(rest: &str) -> bool {
    rest.starts_with(char::is_uppercase) && !next_word_is_time_part(rest)
}

/// Whether the next word goes with a time before it: a weekday, a month or a time zone
/// (`9 a.m. Tuesday`, `2 p.m. EST`, `7 a.m. local time`). Looks at a short prefix only.
fn next_word_is_time_part(rest: &str) -> bool {
    let word = next_word(rest);
    whosaid_core::is_month_or_weekday(word)
        || MONTHS.contains(&word)
        || matches!(
            word,
            "ET" | "EST"
                | "EDT"
                | "CT"
                | "CST"
                | "CDT"
                | "MT"
                | "MST"
                | "MDT"
                | "PT"
                | "PST"
                | "PDT"
                | "GMT"
                | "UTC"
                | "BST"
                | "CET"
                | "CEST"
                | "AEDT"
                | "AEST"
                | "Eastern"
                | "Central"
                | "Mountain"
                | "Pacific"
                | "Moscow"
                | "Kyiv"
                | "Beijing"
                | "Tokyo"
                | "London"
                | "Paris"
                | "Berlin"
                | "Washington"
        )
}

/// The letters that open `rest` (at most twelve characters are looked at, so this is O(1)).
fn next_word(rest: &str) -> &str {
    let word_len = rest
        .char_indices()
        .take(12)
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or_else(|| rest.len().min(64), |(i, _)| i);
    rest.get(..word_len).unwrap_or("")
}

/// Whether the next word (after at most one opening quote or bracket) is in [`STARTERS`].
fn next_word_is_starter(rest: &str) -> bool {
    let rest = match rest.chars().next() {
        Some(c) if is_opener(c) => &rest[c.len_utf8()..],
        _ => rest,
    };
    STARTERS.contains(&next_word(rest))
}

/// Classifies the word before a single dot. `word` runs from the last white space to the dot
/// and may begin with opening quotes or brackets.
fn classify(word: &str) -> Abbreviation {
    if word.len() > MAX_ABBREVIATION {
        return Abbreviation::None;
    }
    let word = word.trim_start_matches(is_opener);
    if word.is_empty() {
        return Abbreviation::None;
    }
    if let Some(listed) = listed(word) {
        return listed;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        // A single capital initial: `J.` in `J. D. Vance`.
        if c.is_uppercase() {
            return Abbreviation::Never;
        }
    }
    if matches!(word, "a.m" | "p.m") {
        return Abbreviation::Time;
    }
    if is_dotted(word) {
        return Abbreviation::Acronym;
    }
    Abbreviation::None
}

/// What the lists say about `word`: [`TITLES`], [`MONTHS`] and [`NEVER_END`] give
/// [`Abbreviation::Never`], `No` [`Abbreviation::Number`], [`STATES`] and [`MAY_END`]
/// [`Abbreviation::BeforeStarter`]; `None` for a word in none of them.
///
/// One `match`, which the compiler turns into a switch on the length and a few compares, in
/// place of scanning the five lists (some ninety string compares for every dot before a capital:
/// about 1.5M instructions on 2 MB of Reuters). A test holds it to the lists.
fn listed(word: &str) -> Option<Abbreviation> {
    Some(match word {
        "Mr" | "Mrs" | "Ms" | "Dr" | "Prof" | "Gov" | "Sen" | "Rep" | "Gen" | "Lt" | "Col"
        | "Maj" | "Capt" | "Sgt" | "Adm" | "Cmdr" | "Rev" | "St" | "Pres" | "Amb" | "Atty"
        | "Supt" | "Insp" | "Det" | "Hon" | "Gens" | "Jan" | "Feb" | "Mar" | "Apr" | "Jun"
        | "Jul" | "Aug" | "Sep" | "Sept" | "Oct" | "Nov" | "Dec" | "vs" | "e.g" | "i.e"
        | "approx" | "cf" | "ca" => Abbreviation::Never,
        "No" => Abbreviation::Number,
        "Ala" | "Ariz" | "Ark" | "Calif" | "Colo" | "Conn" | "Del" | "Fla" | "Ga" | "Ill"
        | "Ind" | "Kan" | "Ky" | "La" | "Md" | "Mass" | "Mich" | "Minn" | "Miss" | "Mo"
        | "Mont" | "Neb" | "Nev" | "N.H" | "N.J" | "N.M" | "N.Y" | "N.C" | "N.D" | "Okla"
        | "Ore" | "Pa" | "R.I" | "S.C" | "S.D" | "Tenn" | "Tex" | "Va" | "Vt" | "Wash" | "Wis"
        | "Wyo" | "etc" | "Inc" | "Corp" | "Co" | "Ltd" | "Jr" | "Sr" | "Ave" => {
            Abbreviation::BeforeStarter
        }
        _ => return None,
    })
}

/// `U.S`, `J.D`, `a.m`, `U.N`: single letters separated by dots (at least two letters).
fn is_dotted(word: &str) -> bool {
    let mut letters = 0;
    for part in word.split('.') {
        let mut chars = part.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_alphabetic() => letters += 1,
            _ => return false,
        }
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-by-character splitter the byte scan replaced, kept to check that both
    /// agree.
    fn reference_split(prose: &str, span: Span) -> Vec<Span> {
        let Some(para) = span.get(prose) else {
            return Vec::new();
        };
        let base = span.start;
        let mut out = Vec::new();
        // Start of the current sentence (first non-space char), if one has begun.
        let mut start: Option<usize> = None;
        // Start of the current word (byte after the last white space).
        let mut word_start = 0;
        let mut pos = 0;
        while pos < para.len() {
            let Some(c) = para[pos..].chars().next() else {
                break;
            };
            if is_space(c) {
                pos += c.len_utf8();
                word_start = pos;
                continue;
            }
            if start.is_none() {
                start = Some(pos);
            }
            if !is_terminator(c) {
                pos += c.len_utf8();
                continue;
            }
            // A run of terminators, then closing quotes and brackets.
            let term_start = pos;
            let mut end = pos;
            let mut dots = 0usize;
            let mut only_dots = true;
            while let Some(t) = para[end..].chars().next().filter(|&t| is_terminator(t)) {
                if t == '.' {
                    dots += 1;
                } else {
                    only_dots = false;
                }
                end += t.len_utf8();
            }
            let closers_start = end;
            while let Some(t) = para[end..].chars().next().filter(|&t| is_closer(t)) {
                end += t.len_utf8();
            }
            let has_closers = end > closers_start;
            // White space, then the next character (if any).
            let mut next = end;
            while let Some(t) = para[next..].chars().next().filter(|&t| is_space(t)) {
                next += t.len_utf8();
            }
            let followed_by_space = next > end;
            let rest = &para[next..];
            let split = if rest.is_empty() {
                // End of paragraph: the sentence ends here anyway.
                true
            } else if !followed_by_space || !starts_sentence(rest) {
                false
            } else if only_dots && dots == 1 && !has_closers {
                match classify(&para[word_start..term_start]) {
                    Abbreviation::None => true,
                    Abbreviation::Never => false,
                    Abbreviation::BeforeStarter => next_word_is_starter(rest),
                    Abbreviation::Acronym => next_word_is_starter(rest) && next_word(rest) != "And",
                    Abbreviation::Number => !rest.starts_with(|c: char| c.is_ascii_digit()),
                    Abbreviation::Time => ends_time(rest),
                }
            } else {
                true
            };
            if split {
                if let Some(s) = start.take() {
                    out.push(Span::new(base + s, base + end));
                }
            }
            // Continue after the closers; the white space is scanned once more by the main loop,
            // which keeps the pass linear (each white-space run is scanned at most twice).
            pos = end;
        }
        if let Some(s) = start {
            // Trim trailing white space of the last sentence.
            let trimmed = para.trim_end_matches(is_space).len();
            if trimmed > s {
                out.push(Span::new(base + s, base + trimmed));
            }
        }
        out
    }

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    /// Pieces that exercise every rule: terminators, closers, openers, abbreviations,
    /// starters, digits, Unicode white space and letters.
    const PIECES: &[&str] = &[
        ".",
        "!",
        "?",
        "…",
        "...",
        "?!",
        "\"",
        "”",
        "’",
        "'",
        ")",
        "]",
        "»",
        "“",
        "‘",
        "(",
        "[",
        "«",
        "„",
        " ",
        "  ",
        "\n",
        "\t",
        "\u{a0}",
        "\u{2003}",
        "\u{feff}",
        "\u{b}",
        "\u{85}",
        "Mr",
        "Sept",
        "No",
        "U.S",
        "N.Y",
        "Calif",
        "Inc",
        "e.g",
        "J",
        "a",
        "a.m",
        "The",
        "He",
        "she",
        "Officials",
        "5",
        "3.5",
        "word",
        "Élan",
        "é",
        "😀",
        "—",
        "Supercalifragilistic",
        "x",
    ];

    #[test]
    fn candidates_agree_with_a_byte_scan() {
        // Every wanted byte at every place, after any byte and before any byte; asked from
        // every start in order (one search kept across calls, as the splitter does) and from
        // each start afresh.
        let wanted = |b: u8| matches!(b, b'.' | b'!' | b'?' | 0xE2);
        for len in 0..20 {
            for at in 0..len {
                for &b in b".!?\xE2a \x80\xFF\x00\x2D\x2F" {
                    for &other in b"a\x00\x01\xE1\xE3.\x2D\xFF" {
                        let mut bytes = vec![other; len];
                        bytes[at] = b;
                        let span = Span::new(0, bytes.len());
                        let mut leads = Leads::NONE;
                        let mut kept = Candidates::within(&bytes, span, &mut leads);
                        for from in 0..=len {
                            let naive = bytes[from..]
                                .iter()
                                .position(|&x| wanted(x))
                                .map(|i| from + i);
                            assert_eq!(kept.next(from), naive, "{bytes:?} {from}");
                            let fresh =
                                Candidates::within(&bytes, span, &mut { Leads::NONE }).next(from);
                            assert_eq!(fresh, naive, "{bytes:?} {from}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn candidates_agree_with_a_byte_scan_on_mixed_bytes() {
        // Sequences with several terminators and lead bytes, in any order, from a small
        // alphabet (a linear congruential generator; no dependency for a test).
        let alphabet = b".!?\xE2a \x80";
        let mut state = 0x2545_f491_u32;
        for len in [1, 7, 8, 9, 31, 64, 200] {
            for _ in 0..200 {
                let bytes: Vec<u8> = (0..len)
                    .map(|_| {
                        state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                        alphabet[(state >> 24) as usize % alphabet.len()]
                    })
                    .collect();
                let mut leads = Leads::NONE;
                let mut kept = Candidates::within(&bytes, Span::new(0, len), &mut leads);
                let mut from = 0;
                while let Some(at) = kept.next(from) {
                    let naive = bytes[from..]
                        .iter()
                        .position(|&x| matches!(x, b'.' | b'!' | b'?' | 0xE2));
                    assert_eq!(Some(at), naive.map(|i| from + i), "{bytes:?} {from}");
                    from = at + 1 + (state as usize >> 30);
                }
                assert!(bytes[from.min(len)..]
                    .iter()
                    .all(|&x| !matches!(x, b'.' | b'!' | b'?' | 0xE2)));
            }
        }
    }

    #[test]
    fn paragraphs_sharing_a_search_split_as_alone() {
        // Paragraphs with and without `0xE2` bytes (an ellipsis, curly quotes, a dash), split
        // in order with one kept search, then backwards, give the sentences each gives alone.
        let prose =
            "One. Two… Three.\n\nNo lead here. At all.\n\n“Quote.” Next — one.\n\nA. B.\n\nEnd… x";
        let mut spans = Vec::new();
        let mut start = 0;
        for para in prose.split("\n\n") {
            spans.push(Span::new(start, start + para.len()));
            start += para.len() + 2;
        }
        // Adjacent and overlapping spans too.
        spans.push(Span::new(0, prose.len()));
        spans.push(Span::new(3, 9));
        spans.push(Span::new(9, 30));
        for order in [spans.clone(), spans.iter().rev().copied().collect()] {
            let mut leads = Leads::NONE;
            for &span in &order {
                let mut shared = Vec::new();
                split_each(prose, span, &mut leads, |s| shared.push(s));
                assert_eq!(shared, split_sentences(prose, span), "{span:?}");
            }
        }
    }

    #[test]
    fn byte_scan_agrees_with_character_scan() {
        // Every pair and triple of pieces, then pseudo-random sequences of them.
        let mut texts: Vec<String> = Vec::new();
        for a in PIECES {
            for b in PIECES {
                texts.push(format!("{a}{b}"));
                for c in [".", " ", "A", "… ", ". The"] {
                    texts.push(format!("{a}{b}{c}"));
                    texts.push(format!("{c}{a} {b}"));
                }
            }
        }
        // Words around the length limit of the abbreviation lists.
        for n in 10..20 {
            let quotes = "\"".repeat(n);
            texts.push(format!(
                "x {quotes}Mr. Then {quotes}U.S. The é.é.é.é.é.a. The"
            ));
        }
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(seed % 24) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(PIECES[(seed >> 32) as usize % PIECES.len()]);
            }
            texts.push(text);
        }
        for text in &texts {
            let whole = Span::new(0, text.len());
            assert_eq!(
                split_sentences(text, whole),
                reference_split(text, whole),
                "input: {text:?}"
            );
            // A sub-span, as a paragraph inside a document.
            if let Some(inner) = text.char_indices().nth(1).map(|(i, _)| i) {
                let span = Span::new(inner, text.len());
                assert_eq!(
                    split_sentences(text, span),
                    reference_split(text, span),
                    "input: {text:?} from {inner}"
                );
            }
        }
    }

    /// `listed` says what the five lists say, with their precedence, and nothing of other words.
    #[test]
    fn listed_agrees_with_the_lists() {
        let reference = |word: &str| {
            if TITLES.contains(&word) || MONTHS.contains(&word) || NEVER_END.contains(&word) {
                Some(Abbreviation::Never)
            } else if word == "No" {
                Some(Abbreviation::Number)
            } else if STATES.contains(&word) || MAY_END.contains(&word) {
                Some(Abbreviation::BeforeStarter)
            } else {
                None
            }
        };
        let lists = [TITLES, MONTHS, NEVER_END, STATES, MAY_END, STARTERS];
        let others = [
            "", "no", "NO", "mr", "MR", "U.S", "Mrs.", "e.g.", "Jan ", "Sept", "year",
        ];
        for word in lists.iter().flat_map(|l| l.iter().copied()).chain(others) {
            assert_eq!(listed(word), reference(word), "{word:?}");
            let lower = word.to_lowercase();
            assert_eq!(listed(&lower), reference(&lower), "{lower:?}");
        }
    }

    /// The byte search for the word before a dot finds what the character search finds.
    #[test]
    fn word_before_agrees_with_characters() {
        let texts = [
            "He met Mr. Smith. The U.S. team won.",
            "(Jan. 5) and \u{a0}Gen. X",
            "averyveryverylongword. x",
            "sixteen_letters_. seventeen_letters. x",
            "seventeen_letter. eighteen_letters__.",
            "é. Café. naïve_abbreviation_é. 😀x. a\u{2003}Mr.",
            "a\tb.\u{b}c.\u{85}d.\u{feff}Dr.",
        ];
        for text in texts {
            for (at, _) in text.match_indices('.') {
                assert_eq!(
                    word_before(text, at),
                    word_before_chars(text, at),
                    "{text:?} at {at}"
                );
            }
        }
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            ("One! Two? Three.", &["One!", "Two?", "Three."]),
            ("  padded.  ", &["padded."]),
            ("", &[]),
            ("   ", &[]),
            ("no terminator", &["no terminator"]),
            // Abbreviations: titles, months, No.
            ("Mr. Smith said Dr. Jones left.", &["Mr. Smith said Dr. Jones left."]),
            (
                "Lt. Gen. Keith Kellogg arrived. Sen. Rep. Gov. Prof. Sgt. Capt. Adm. Cmdr. Maj. Col. Rev. St. Pres. Amb. Atty. Supt. Insp. Det. Mrs. Ms. X",
                &[
                    "Lt. Gen. Keith Kellogg arrived.",
                    "Sen. Rep. Gov. Prof. Sgt. Capt. Adm. Cmdr. Maj. Col. Rev. St. Pres. Amb. Atty. Supt. Insp. Det. Mrs. Ms. X",
                ],
            ),
            ("It began on Sept. 11 and Jan. 5. Then Oct. News.", &["It began on Sept. 11 and Jan. 5.", "Then Oct. News."]),
            ("He ranked No. 1 in the poll.", &["He ranked No. 1 in the poll."]),
            ("She said No. Then she left.", &["She said No.", "Then she left."]),
            ("Apples vs. Oranges, e.g. Fuji, i.e. Red, approx. Ten.", &["Apples vs. Oranges, e.g. Fuji, i.e. Red, approx. Ten."]),
            // Initials and dotted acronyms.
            ("J. D. Vance spoke.", &["J. D. Vance spoke."]),
            ("J.D. Vance spoke. He left.", &["J.D. Vance spoke.", "He left."]),
            ("U.S. Secretary of State Marco Rubio flew.", &["U.S. Secretary of State Marco Rubio flew."]),
            ("Officials from the U.S. and the U.K. met.", &["Officials from the U.S. and the U.K. met."]),
            ("Talks were held in the U.S. The mood was calm.", &["Talks were held in the U.S.", "The mood was calm."]),
            ("He flew to the U.S. Senators were waiting.", &["He flew to the U.S. Senators were waiting."]),
            ("The U.N. Security Council met. It voted.", &["The U.N. Security Council met.", "It voted."]),
            ("He lives in Washington, D.C. But not for long.", &["He lives in Washington, D.C.", "But not for long."]),
            // Wire copy capitalises `And` after an acronym inside a sentence; `And` after
            // another abbreviation may still open one.
            ("Sales rose in the U.S. And Canada, officials said.", &["Sales rose in the U.S. And Canada, officials said."]),
            ("He joined Apple Inc. And then he left.", &["He joined Apple Inc.", "And then he left."]),
            ("It opened at 9 a.m. Tuesday. They came.", &["It opened at 9 a.m. Tuesday.", "They came."]),
            ("It began at 2:15 a.m. Two men were hurt.", &["It began at 2:15 a.m.", "Two men were hurt."]),
            ("It began at 2 p.m. EST and ended late.", &["It began at 2 p.m. EST and ended late."]),
            ("It ends at 6 p.m. (2200 gmt), they said.", &["It ends at 6 p.m. (2200 gmt), they said."]),
            // States and may-end words.
            ("He lives in Sacramento, Calif. He works there.", &["He lives in Sacramento, Calif.", "He works there."]),
            ("Sacramento, Calif. Officials said so.", &["Sacramento, Calif. Officials said so."]),
            ("Albany, N.Y. The city.", &["Albany, N.Y.", "The city."]),
            ("He joined Apple Inc. The firm grew.", &["He joined Apple Inc.", "The firm grew."]),
            ("Acme Inc. Chief Executive Jane Roe spoke.", &["Acme Inc. Chief Executive Jane Roe spoke."]),
            ("Pens, paper, etc. Then more.", &["Pens, paper, etc. Then more."]),
            ("Martin Luther King Jr. Day is coming.", &["Martin Luther King Jr. Day is coming."]),
            // Quotes.
            ("\"Q,\" he said.", &["\"Q,\" he said."]),
            ("“We will not,” he said. She agreed.", &["“We will not,” he said.", "She agreed."]),
            ("He said \"Stop.\" Then left.", &["He said \"Stop.\"", "Then left."]),
            ("\"Stop!\" he shouted.", &["\"Stop!\" he shouted."]),
            ("Is it over?” he asked. “No.” She left.", &["Is it over?” he asked.", "“No.”", "She left."]),
            ("She asked: “Why?” Nobody knew.", &["She asked: “Why?”", "Nobody knew."]),
            ("He left. “Why?” she asked.", &["He left.", "“Why?” she asked."]),
            ("He left (quietly.) Then she came.", &["He left (quietly.)", "Then she came."]),
            ("He left. (She stayed.)", &["He left.", "(She stayed.)"]),
            ("Dr.\"Who\" is a show.", &["Dr.\"Who\" is a show."]),
            // Numbers, ellipses, lowercase continuations.
            ("Growth was 3.5 percent. It fell.", &["Growth was 3.5 percent.", "It fell."]),
            ("It ended in 2024. 2025 was better.", &["It ended in 2024.", "2025 was better."]),
            ("Wait... Then go.", &["Wait...", "Then go."]),
            ("Wait... and go.", &["Wait... and go."]),
            ("Really?! Yes.", &["Really?!", "Yes."]),
            ("So… Anyway.", &["So…", "Anyway."]),
            ("visit example.com today. ok.", &["visit example.com today. ok."]),
            ("line one.\nLine two.", &["line one.", "Line two."]),
            ("Kyiv's reply. '90s music.", &["Kyiv's reply.", "'90s music."]),
            ("Élan. Éclat.", &["Élan.", "Éclat."]),
            ("...", &["..."]),
            (". A", &[".", "A"]),
        ];
        for (text, want) in cases {
            assert_eq!(split(text), *want, "input: {text:?}");
        }
    }

    #[test]
    fn sub_span_offsets_are_absolute() {
        let prose = "Intro.\n\nFirst one. Second one.\n";
        let start = prose.find("First").unwrap();
        let span = Span::new(start, prose.len() - 1);
        let spans = split_sentences(prose, span);
        assert_eq!(spans.len(), 2);
        assert_eq!(spans[0].slice(prose), "First one.");
        assert_eq!(spans[1].slice(prose), "Second one.");
        assert!(spans.iter().all(|s| span.contains(*s)));
    }

    #[test]
    fn bad_span_yields_nothing() {
        assert!(split_sentences("é", Span::new(1, 2)).is_empty());
        assert!(split_sentences("abc", Span::new(2, 9)).is_empty());
    }

    #[test]
    fn long_input_is_linear() {
        // Long runs of dots, of letters with dots, and of spaces must not go quadratic.
        let dots = ".".repeat(200_000);
        assert_eq!(split(&dots).len(), 1);
        let mut word = String::new();
        for _ in 0..100_000 {
            word.push_str("a.");
        }
        assert_eq!(split(&word).len(), 1);
        let spaced = "A. ".repeat(100_000);
        assert_eq!(split(&spaced).len(), 1);
        let many = "One sentence here. ".repeat(50_000);
        assert_eq!(split(&many).len(), 50_000);
    }
}
