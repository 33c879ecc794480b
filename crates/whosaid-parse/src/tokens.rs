//! Tokens of a sentence, and the nom input type over them.
//!
//! The grammar works on words, not characters: a sentence is cut once into tokens with byte spans
//! (one linear pass, no allocation per token beyond the vector), and the nom rules of the other
//! modules match token slices. Case-insensitive comparisons use a small stack buffer, never a
//! lowercased copy of the text.

use nom::{IResult, Input, Needed};
use std::iter::{Copied, Enumerate};
use std::slice::Iter;
use whosaid_core::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, digits, internal hyphens, apostrophes and abbreviation dots: `Kyiv’s`, `U.S.`.
    /// With what the word can start, [`crate::lexicon::cue`] of its text: looked up once when
    /// the token is cut, since the rules ask it of the same tokens again and again. It rides in
    /// the kind, beside the tag, where the other kinds keep their index or character.
    Word(Option<crate::lexicon::Cue>),
    /// A quotation mark that opens the quote with this index in the document's quote list.
    Open(u32),
    /// A quotation mark that closes the quote with this index.
    Close(u32),
    /// Any other punctuation character (one token per character).
    Punct(char),
}

/// One token of a sentence: 32 bytes, since the rules copy tokens and the tokenizer pushes one
/// per word. Its span is its start and its text's length, not a second pair of `usize`s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok<'a> {
    /// The token's text in the prose view.
    pub text: &'a str,
    /// Where the text starts in the prose view (a document's prose is below 4 GiB).
    start: u32,
    pub kind: Kind,
    /// Nesting depth of quotes around this token (0: outside any quote).
    pub depth: u8,
}

// The small tests below run at nearly every token of every rule: inlined, they cost a
// comparison or two instead of a call.
impl<'a> Tok<'a> {
    /// The token of `kind` over `prose[start..end]`. The prose is below 4 GiB ([`crate::parse`]
    /// checks it once per document): the start is cast, not checked at every token (measured,
    /// the check cost some 1.7M instructions on 2 MB of Reuters).
    #[inline]
    pub fn new(prose: &'a str, start: usize, end: usize, kind: Kind, depth: u8) -> Tok<'a> {
        debug_assert!(u32::try_from(prose.len()).is_ok());
        Tok {
            text: &prose[start..end],
            start: start as u32,
            kind,
            depth,
        }
    }

    /// The first byte of the token in the prose view.
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// One past the last byte of the token in the prose view.
    #[inline]
    pub fn end(&self) -> usize {
        self.start as usize + self.text.len()
    }

    /// The token's span in the prose view.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start(), self.end())
    }

    #[inline]
    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word(_))
    }

    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// Case-insensitive equality with an ASCII lowercase `word`.
    #[inline]
    pub fn is(&self, word: &str) -> bool {
        self.is_word() && self.text.eq_ignore_ascii_case(word)
    }

    /// The cue verb this token is, in any case: `Said`, `said`. The same as looking up its
    /// [`Tok::lower`]ed text, without the copy.
    pub fn verb(&self) -> Option<crate::lexicon::Verb> {
        self.cue()?.verb
    }

    /// What this token can start when it is a word: [`crate::lexicon::cue`].
    #[inline]
    pub fn cue(&self) -> Option<crate::lexicon::Cue> {
        match self.kind {
            Kind::Word(cue) => cue,
            _ => None,
        }
    }

    /// True when the token is a word in any of the classes `flags` (bits of
    /// [`crate::lexicon::Cue`]): the same as the class's test on its [`Tok::lower`]ed text.
    #[inline]
    pub fn has(&self, flags: u16) -> bool {
        self.cue().is_some_and(|c| c.has(flags))
    }

    /// True when the token is a word that starts with an uppercase letter, or a surname
    /// behind a lowercase particle ([`particle_surname`]: `al-Assad`, `d'Estaing`). An ASCII
    /// first letter (nearly always) is told by its byte, with no decoding.
    #[inline]
    pub fn is_capitalized(&self) -> bool {
        self.is_word()
            && match self.text.as_bytes().first() {
                Some(b) if b.is_ascii_uppercase() => true,
                Some(b'a' | b'e' | b'd' | b'l') => particle_surname(self.text),
                Some(b) if b.is_ascii() => false,
                _ => self.text.chars().next().is_some_and(char::is_uppercase),
            }
    }

    /// True when every letter is lowercase. The ASCII bytes are read as bytes; the characters
    /// are decoded only from the first byte that is not ASCII (an uppercase ASCII letter is
    /// uppercase either way).
    #[inline]
    pub fn is_lower(&self) -> bool {
        self.is_word()
            && match self
                .text
                .bytes()
                .position(|b| !b.is_ascii() || b.is_ascii_uppercase())
            {
                None => true,
                Some(k) => !self.text[k..].chars().any(char::is_uppercase),
            }
    }

    /// The token lowercased when it is ASCII and fits in `buf`; `None` otherwise. A token with
    /// no uppercase letter (most words) is its own text: nothing is copied or re-validated.
    pub fn lower<'b>(&self, buf: &'b mut [u8; 32]) -> Option<&'b str>
    where
        'a: 'b,
    {
        let bytes = self.text.as_bytes();
        if bytes.len() > buf.len() {
            return None;
        }
        let mut upper = false;
        for &b in bytes {
            if !b.is_ascii() {
                return None;
            }
            upper |= b.is_ascii_uppercase();
        }
        if !upper {
            return Some(self.text);
        }
        for (d, s) in buf.iter_mut().zip(bytes) {
            *d = s.to_ascii_lowercase();
        }
        std::str::from_utf8(&buf[..bytes.len()]).ok()
    }
}

/// True when `word` is a surname or a name joined to a lowercase particle before it: the Arabic
/// article (`al-Assad`, `el-Sisi`, `ash-Sharaa`, `an-Nahar`) or the French and Italian
/// elided `de` and `le` (`d'Estaing`, `Caisse d'Epargne`, `l'Oreal`, `d’Alema`). The word is
/// a name as much as `Assad` is: capitalised for every rule. Not `al-` before a lowercase
/// word, nor other lowercase prefixes (`mid-March`, `pro-Western`, `e-Commerce`).
#[cold]
fn particle_surname(word: &str) -> bool {
    let b = word.as_bytes();
    let rest = match b {
        [b'a', b'l' | b'd' | b'n' | b'r' | b's' | b't' | b'z', b'-', rest @ ..]
        | [b'e', b'l', b'-', rest @ ..]
        | [b'a', b's', b'h', b'-', rest @ ..]
        | [b'd' | b'l', b'\'', rest @ ..]
        | [b'd' | b'l', 0xE2, 0x80, 0x99, rest @ ..] => rest,
        _ => return false,
    };
    match rest.first() {
        Some(c) if c.is_ascii() => c.is_ascii_uppercase(),
        Some(_) => std::str::from_utf8(rest)
            .ok()
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase),
        None => false,
    }
}

/// Words that keep their final period: titles and other abbreviations that end no sentence.
fn keeps_period(word: &str) -> bool {
    if word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase() {
        return true; // initials: J. D. Vance
    }
    if word.contains('.') {
        return true; // U.S, J.D, a.m
    }
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Gov"
            | "Sen"
            | "Rep"
            | "Gen"
            | "Lt"
            | "Col"
            | "Maj"
            | "Capt"
            | "Sgt"
            | "Adm"
            | "Cmdr"
            | "Rev"
            | "St"
            | "Sr"
            | "Jr"
            | "Pres"
            | "Amb"
            | "Atty"
            | "No"
            | "Inc"
            | "Corp"
            | "Co"
            | "Ltd"
            | "vs"
            | "etc"
    ) || whosaid_core::is_month_abbreviation(word)
}

/// What a byte of the text is to the tokenizer: one table read tells the common cases apart.
/// Bytes of the ASCII classes are whole characters; [`NON_ASCII`] starts (or continues) a
/// character that must be decoded.
const SPACE: u8 = 0;
/// An ASCII letter or digit.
const WORD: u8 = 1;
/// An ASCII joiner: a hyphen, apostrophe, dot or ampersand joins two word characters.
const JOINER: u8 = 2;
/// Any other ASCII character: punctuation.
const OTHER: u8 = 3;
/// A byte of a multi-byte character.
const NON_ASCII: u8 = 4;

/// [`SPACE`], [`WORD`], ... by byte. White space is as [`char::is_whitespace`] has it: tab, line
/// feed, vertical tab, form feed, carriage return and space (`u8::is_ascii_whitespace` leaves
/// out the vertical tab).
static CLASS: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            0x09..=0x0d | b' ' => SPACE,
            b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' => WORD,
            b'-' | b'\'' | b'.' | b'&' => JOINER,
            _ => OTHER,
        };
        b += 1;
    }
    table
};

/// The class of byte `b`.
#[inline]
fn class(b: u8) -> u8 {
    CLASS[usize::from(b)]
}

/// How many of the eight bytes `w` (read little-endian) are ASCII letters or digits before the
/// first that is not: 0 to 8. All eight bytes are tested at once: a byte below `0x80` is in
/// `lo..=hi` when adding `0x80 - lo` sets its high bit and adding `0x7f - hi` does not (the sums
/// stay inside the byte); a letter is in `a..=z` once its `0x20` bit is set.
#[inline]
fn alnum_run(w: u64) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn splat(b: u8) -> u64 {
        u64::from_le_bytes([b; 8])
    }
    let t = w & !HIGH;
    let digit = t.wrapping_add(splat(0x80 - b'0')) & !t.wrapping_add(splat(0x7f - b'9'));
    let folded = t | splat(0x20);
    let letter = folded.wrapping_add(splat(0x80 - b'a')) & !folded.wrapping_add(splat(0x7f - b'z'));
    let alnum = (digit | letter) & !w & HIGH;
    // The first byte whose high bit is clear in `alnum`: 8 when there is none.
    ((!alnum & HIGH).trailing_zeros() / 8) as usize
}

/// How many of the eight bytes `w` (read little-endian) are ASCII letters before the first that
/// is not: [`alnum_run`] without its digit test, which most words never need (a digit ends the
/// run, and [`ascii_word`] goes on from it with [`alnum_run`]).
#[inline]
fn letter_run(w: u64) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn splat(b: u8) -> u64 {
        u64::from_le_bytes([b; 8])
    }
    let folded = (w & !HIGH) | splat(0x20);
    let letter = folded.wrapping_add(splat(0x80 - b'a')) & !folded.wrapping_add(splat(0x7f - b'z'));
    let letter = letter & !w & HIGH;
    ((!letter & HIGH).trailing_zeros() / 8) as usize
}

/// The end of the word of ASCII letters and digits that starts at `bytes[i]` (one), with the
/// eight bytes from `i` as a little-endian number, when the word ends before a space or a
/// punctuation character that is no joiner, or at `limit` (the sentence's end or a quotation
/// mark, after `i`): there the general path of [`tokenize`] would end it too, and give it no
/// period. `None` (a joiner, a character to decode, fewer than eight bytes left in the prose to
/// read) leaves the word to the general path.
///
/// The bytes are read eight at once, and the first eight make the word's cue table key: the
/// general path reads each byte, then the table reads the word again.
#[inline(always)]
fn ascii_word(bytes: &[u8], i: usize, limit: usize) -> Option<(usize, u64)> {
    let read = |at: usize| {
        bytes
            .get(at..)
            .and_then(|b| b.first_chunk::<8>())
            .map(|&eight| u64::from_le_bytes(eight))
    };
    let first = read(i)?;
    let mut run = letter_run(first);
    let mut end = i + run;
    while end < limit {
        if run == 8 {
            // Eight letters: the word may go on.
            run = letter_run(read(end)?);
            end += run;
            continue;
        }
        match class(bytes[end]) {
            SPACE | OTHER => return Some((end, first)),
            // A digit: letters and digits from it.
            WORD => {
                run = alnum_run(read(end)?);
                end += run;
            }
            _ => return None,
        }
    }
    Some((limit, first))
}

/// The character at byte `i` of `s`, which must be a char boundary. ASCII (nearly every byte of
/// news text) is read as the byte itself, with no UTF-8 decoding.
fn char_at(s: &str, i: usize) -> char {
    let b = s.as_bytes()[i];
    if b.is_ascii() {
        char::from(b)
    } else {
        s[i..]
            .chars()
            .next()
            .expect("i is a char boundary inside the text")
    }
}

/// True when the character at byte `i` of `s` (a char boundary) is a letter or digit.
#[inline]
fn alphanumeric_at(s: &str, i: usize) -> bool {
    match class(s.as_bytes()[i]) {
        WORD => true,
        NON_ASCII => char_at(s, i).is_alphanumeric(),
        _ => false,
    }
}

/// The quotation marks and top-level quotes of a document, and how far the tokenizer has read
/// them: cutting all sentences in order costs one pass over each list.
pub(crate) struct Quoting<'m> {
    /// The quotation marks as `(mark span, Open|Close kind)`, sorted by position.
    marks: &'m [(Span, Kind)],
    /// The outer spans of the top-level quotes, in order.
    regions: &'m [Span],
    /// The first mark not yet passed.
    mark: usize,
    /// The first region not yet passed.
    region: usize,
}

impl<'m> Quoting<'m> {
    pub(crate) fn new(marks: &'m [(Span, Kind)], regions: &'m [Span]) -> Quoting<'m> {
        Quoting {
            marks,
            regions,
            mark: 0,
            region: 0,
        }
    }

    /// No marks and no quotes: text cut on its own (a mention, a test).
    pub(crate) fn none() -> Quoting<'static> {
        Quoting::new(&[], &[])
    }
}

impl Quoting<'_> {
    /// The first top-level quote that ends after byte `at`, passing the ones before; a quote
    /// no token reaches when there is none.
    fn region_after(&mut self, at: usize) -> Span {
        while self.regions.get(self.region).is_some_and(|r| r.end <= at) {
            self.region += 1;
        }
        self.regions
            .get(self.region)
            .copied()
            .unwrap_or(Span::new(usize::MAX, usize::MAX))
    }
}

/// Cuts `span` of `prose` into `out`, and lists in `starts` the tokens outside quotes where a cue
/// rule may start: colons and the words of [`crate::lexicon::Cue::STARTS_RULE`], so that the
/// sentence scan visits those few tokens only. The marks and quotes of `quoting` before `span`
/// are passed.
///
/// A token's depth is 1 when it lies inside a top-level quote of `quoting` (the quote's own
/// marks excluded), else 0. A quote starts and ends with marks, and a word never runs over a
/// mark, so the depth changes only at a mark: it is kept in a local, and the quotes are read at
/// the sentence start and at the marks only, not at every token.
///
/// The path of a word of ASCII letters and digits (nine tokens in ten) is [`ascii_word`]: its
/// bytes read eight at once, the cue table's key made from the same eight, one probe of the
/// table of short words, and the push. Other words take the general path, a table read per
/// byte. Measured: the per-token cost was most of this function before.
pub(crate) fn tokenize<'a>(
    prose: &'a str,
    span: Span,
    quoting: &mut Quoting<'_>,
    out: &mut Vec<Tok<'a>>,
    starts: &mut Vec<usize>,
) {
    out.clear();
    starts.clear();
    let marks = quoting.marks;
    let mut cursor = quoting.mark;
    while cursor < marks.len() && marks[cursor].0.start < span.start {
        cursor += 1;
    }
    let mark_start = |cursor: usize| marks.get(cursor).map_or(usize::MAX, |m| m.0.start);
    // A word ends at the sentence's end or at the next quotation mark, whatever comes before.
    // The loop compares it at every token: below the sentence's end, reaching it is reaching
    // the mark, so the mark's own start need not be kept in a register too.
    let mut limit = span.end.min(mark_start(cursor));
    let bytes = prose.as_bytes();
    let cues = crate::lexicon::cue_table();
    // Inside a quote that started before the sentence (the tokens before the first mark end
    // before its closing mark).
    let mut depth = {
        let region = quoting.region_after(span.start);
        u8::from(region.start < span.start)
    };
    let mut i = span.start;
    while i < span.end {
        if i == limit {
            // `i` is below the sentence's end, so `limit` is a mark's start.
            let (mspan, kind) = marks[cursor];
            cursor += 1;
            limit = span.end.min(mark_start(cursor));
            // The quote around the mark, if any: the mark is inside it unless it is one of its
            // own marks, and so are the tokens up to the next mark unless it closes it.
            let region = quoting.region_after(mspan.start);
            let around = region.start <= mspan.start;
            let inside = around && region.start < mspan.start && mspan.end < region.end;
            depth = u8::from(around && mspan.end < region.end);
            out.push(Tok::new(
                prose,
                mspan.start,
                mspan.end,
                kind,
                u8::from(inside),
            ));
            i = mspan.end;
            continue;
        }
        // ASCII bytes (nearly all) are told apart by table; only other characters are decoded.
        let b = bytes[i];
        let first_len = match class(b) {
            SPACE => {
                i += 1;
                continue;
            }
            // `b.is_ascii()` holds for every byte of the class (a test checks the table, by
            // `byte_classes_agree_with_char_classes`): said here, it lets the compiler drop the
            // token's test that its text starts on a character boundary. (Said of the byte after
            // the word, in `ascii_word`, it cost more than the end's test it dropped: measured.)
            WORD if b.is_ascii() => {
                // The fast path of a word of ASCII letters and digits (most words).
                if let Some((end, eight)) = ascii_word(bytes, i, limit) {
                    let len = end - i;
                    let cue = match len {
                        0..=8 => cues.get_short(crate::lexicon::short_key(eight, len)),
                        9..=16 => {
                            let head = crate::lexicon::short_key(eight, 8);
                            let tail = bytes[end - 8..end].first_chunk::<8>().map_or(0, |b| {
                                crate::lexicon::short_key(u64::from_le_bytes(*b), 8)
                            });
                            cues.get_long(head, tail, len)
                        }
                        _ => cues.get(bytes, i, end),
                    };
                    push_word(prose, i, end, cue, depth, out, starts);
                    i = end + usize::from(bytes.get(end) == Some(&b' '));
                    continue;
                }
                1
            }
            NON_ASCII => {
                let c = char_at(prose, i);
                if c.is_whitespace() {
                    i += c.len_utf8();
                    continue;
                }
                if !c.is_alphanumeric() {
                    push_punct(prose, i, c, depth, out, starts);
                    i += c.len_utf8();
                    continue;
                }
                c.len_utf8()
            }
            // The other classes are ASCII punctuation (`byte_classes_agree_with_char_classes`):
            // said here, the token's length is known to be one byte, with no test of where the
            // character ends.
            _ if b.is_ascii() => {
                push_punct(prose, i, char::from(b), depth, out, starts);
                i += 1;
                continue;
            }
            _ => unreachable!("every byte that is not ASCII is NON_ASCII"),
        };
        let start = i;
        let mut j = i + first_len;
        while j < limit {
            // The run of ASCII letters and digits that makes most of a word, a byte a step.
            j += bytes[j..limit]
                .iter()
                .position(|&b| class(b) != WORD)
                .unwrap_or(limit - j);
            if j == limit {
                break;
            }
            // The byte that ended the run is no ASCII letter or digit.
            let joiner_len = match class(bytes[j]) {
                JOINER => 1,
                NON_ASCII => {
                    let d = char_at(prose, j);
                    if d.is_alphanumeric() {
                        j += d.len_utf8();
                        continue;
                    }
                    if d != '’' {
                        break;
                    }
                    d.len_utf8()
                }
                _ => break,
            };
            // Joiners: a hyphen, apostrophe or dot between two word characters.
            let after = j + joiner_len;
            if after < span.end && alphanumeric_at(prose, after) {
                j = after;
                continue;
            }
            break;
        }
        // An abbreviation keeps its period.
        if j < span.end && bytes[j] == b'.' && keeps_period(&prose[start..j]) {
            j += 1;
        }
        let cue = cues.get(bytes, start, j);
        push_word(prose, start, j, cue, depth, out, starts);
        // The one space after a word (the most common byte after one) is skipped here, not by
        // another turn of the loop; a space is never a quotation mark.
        i = j + usize::from(bytes.get(j) == Some(&b' '));
    }
    quoting.mark = cursor;
}

/// Pushes the word `prose[start..end]` with its `cue` as a token; a word that may start a cue
/// rule, outside quotes, is listed in `starts`. Inlined in both paths of the tokenizer
/// (measured: called, it cost some twenty instructions per word).
#[inline(always)]
fn push_word<'a>(
    prose: &'a str,
    start: usize,
    end: usize,
    cue: Option<crate::lexicon::Cue>,
    depth: u8,
    out: &mut Vec<Tok<'a>>,
    starts: &mut Vec<usize>,
) {
    if depth == 0 && cue.is_some_and(|c| c.has(crate::lexicon::Cue::STARTS_RULE)) {
        starts.push(out.len());
    }
    out.push(Tok::new(prose, start, end, Kind::Word(cue), depth));
}

/// Pushes the punctuation character `c` at byte `i` as a token; a colon outside quotes may
/// start a cue rule. Inlined like [`push_word`]: called, it cost some sixty instructions per
/// mark, one token in ten.
#[inline(always)]
fn push_punct<'a>(
    prose: &'a str,
    i: usize,
    c: char,
    depth: u8,
    out: &mut Vec<Tok<'a>>,
    starts: &mut Vec<usize>,
) {
    if c == ':' && depth == 0 {
        starts.push(out.len());
    }
    out.push(Tok::new(prose, i, i + c.len_utf8(), Kind::Punct(c), depth));
}

/// A slice of tokens as nom input.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Toks<'t, 'a>(pub &'t [Tok<'a>]);

pub(crate) type PResult<'t, 'a, O> = IResult<Toks<'t, 'a>, O>;

impl<'t, 'a> Input for Toks<'t, 'a> {
    type Item = Tok<'a>;
    type Iter = Copied<Iter<'t, Tok<'a>>>;
    type IterIndices = Enumerate<Self::Iter>;

    fn input_len(&self) -> usize {
        self.0.len()
    }
    fn take(&self, index: usize) -> Self {
        Toks(&self.0[..index])
    }
    fn take_from(&self, index: usize) -> Self {
        Toks(&self.0[index..])
    }
    fn take_split(&self, index: usize) -> (Self, Self) {
        let (a, b) = self.0.split_at(index);
        (Toks(b), Toks(a))
    }
    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(Self::Item) -> bool,
    {
        self.0.iter().position(|t| predicate(*t))
    }
    fn iter_elements(&self) -> Self::Iter {
        self.0.iter().copied()
    }
    fn iter_indices(&self) -> Self::IterIndices {
        self.iter_elements().enumerate()
    }
    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        if self.0.len() >= count {
            Ok(count)
        } else {
            Err(Needed::new(count - self.0.len()))
        }
    }
}

/// Matches one token satisfying `pred`.
pub(crate) fn tok<'t, 'a: 't>(
    pred: impl Fn(&Tok<'a>) -> bool,
) -> impl Fn(Toks<'t, 'a>) -> PResult<'t, 'a, Tok<'a>> {
    move |input: Toks<'t, 'a>| match input.0.first() {
        Some(t) if pred(t) => Ok((Toks(&input.0[1..]), *t)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// Matches one word equal (ASCII case-insensitively) to `w`.
pub(crate) fn word<'t, 'a: 't>(
    w: &'static str,
) -> impl Fn(Toks<'t, 'a>) -> PResult<'t, 'a, Tok<'a>> {
    tok(move |t| t.is(w))
}

/// Matches one punctuation token `c`.
pub(crate) fn punct<'t, 'a: 't>(c: char) -> impl Fn(Toks<'t, 'a>) -> PResult<'t, 'a, Tok<'a>> {
    tok(move |t| t.is_punct(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let span = Span::new(0, text.len());
        tokenize(text, span, &mut Quoting::none(), &mut out, &mut Vec::new());
        out.iter().map(|t| t.text).collect()
    }

    /// The tokenizer before its ASCII fast path, every character decoded, and before it set
    /// the depths and listed the rule starts as it pushed: a second pass over the tokens does.
    fn tokenize_by_chars<'a>(
        prose: &'a str,
        marks: &[(Span, Kind)],
        regions: &[Span],
    ) -> (Vec<Tok<'a>>, Vec<usize>) {
        let mut out = Vec::new();
        let (mut cursor, depth, mut i) = (0, 0u8, 0);
        let end = prose.len();
        while i < end {
            if cursor < marks.len() && marks[cursor].0.start == i {
                let (mspan, kind) = marks[cursor];
                cursor += 1;
                out.push(Tok::new(prose, mspan.start, mspan.end, kind, depth));
                i = mspan.end;
                continue;
            }
            let c = prose[i..].chars().next().unwrap();
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            if c.is_alphanumeric() {
                let start = i;
                let mut j = i + c.len_utf8();
                while j < end {
                    if cursor < marks.len() && marks[cursor].0.start == j {
                        break;
                    }
                    let d = prose[j..].chars().next().unwrap();
                    if d.is_alphanumeric() {
                        j += d.len_utf8();
                        continue;
                    }
                    if matches!(d, '-' | '\'' | '’' | '.' | '&') {
                        let after = j + d.len_utf8();
                        if after < end
                            && prose[after..]
                                .chars()
                                .next()
                                .is_some_and(char::is_alphanumeric)
                        {
                            j = after;
                            continue;
                        }
                    }
                    break;
                }
                if j < end && prose.as_bytes()[j] == b'.' && keeps_period(&prose[start..j]) {
                    j += 1;
                }
                let cue = crate::lexicon::cue(&prose[start..j]);
                out.push(Tok::new(prose, start, j, Kind::Word(cue), depth));
                i = j;
                continue;
            }
            let len = c.len_utf8();
            out.push(Tok::new(prose, i, i + len, Kind::Punct(c), depth));
            i += len;
        }
        let mut starts = Vec::new();
        for (k, t) in out.iter_mut().enumerate() {
            let inside = regions
                .iter()
                .any(|r| r.start < t.start() && t.end() < r.end);
            t.depth = u8::from(inside);
            if !inside && (t.has(crate::lexicon::Cue::STARTS_RULE) || t.is_punct(':')) {
                starts.push(k);
            }
        }
        (out, starts)
    }

    /// Every text of up to `depth` of the `pieces`, one after the other.
    fn texts_of(pieces: &[&str], depth: usize) -> Vec<String> {
        let mut texts: Vec<String> = vec![String::new()];
        for _ in 0..depth {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
                .collect();
            texts.extend(longer);
        }
        texts
    }

    #[test]
    fn ascii_fast_path_cuts_as_the_char_decoder() {
        let pieces = [
            "a", "Z", "9", " ", "\u{a0}", "\t", ".", "-", "'", "’", "&", "\"", "é", "Ж", "—", "“",
            ",", "Mr", "U.S", "\u{b}",
        ];
        cuts_as_the_char_decoder(&texts_of(&pieces, 4), "");
    }

    #[test]
    fn eight_byte_fast_path_cuts_as_the_char_decoder() {
        // Words of every length about eight bytes, before every kind of byte, and each text cut
        // with and without eight bytes of another word after its span (the fast path reads
        // eight bytes from the word's start when the prose has them).
        let pieces = [
            "said",
            "SAYS",
            "Spokesman",
            "abcdefg",
            "x",
            "1987",
            "3",
            "a1b",
            " ",
            ".",
            "'",
            "\"",
            "é",
            "-",
            "Mr",
            ",",
            "“",
            "’",
            "\u{a0}",
        ];
        let texts = texts_of(&pieces, 3);
        cuts_as_the_char_decoder(&texts, "");
        cuts_as_the_char_decoder(&texts, "Said xyz");
        cuts_as_the_char_decoder(&texts, " told. ");
    }

    /// Cuts each text as the tokenizer and as [`tokenize_by_chars`], with its `"` and `“` as
    /// quotation marks and without, and with `after` after the text in the prose, past the span.
    fn cuts_as_the_char_decoder(texts: &[String], after: &str) {
        for text in texts {
            let prose = format!("{text}{after}");
            // Every `"` and `“` a mark, alternately opening and closing.
            let marks: Vec<(Span, Kind)> = text
                .match_indices(['"', '“'])
                .enumerate()
                .map(|(k, (at, m))| {
                    let kind = if k % 2 == 0 {
                        Kind::Open(k as u32)
                    } else {
                        Kind::Close(k as u32)
                    };
                    (Span::new(at, at + m.len()), kind)
                })
                .collect();
            // Each opening mark and its closing one a top-level quote.
            let regions: Vec<Span> = marks
                .chunks_exact(2)
                .map(|pair| pair[0].0.cover(pair[1].0))
                .collect();
            for (marks, regions) in [(&marks[..], &regions[..]), (&[], &[])] {
                let (mut got, mut starts) = (Vec::new(), Vec::new());
                let span = Span::new(0, text.len());
                let mut quoting = Quoting::new(marks, regions);
                tokenize(&prose, span, &mut quoting, &mut got, &mut starts);
                let want = tokenize_by_chars(text, marks, regions);
                assert_eq!((got, starts), want, "{text:?} {after:?}");
            }
        }
    }

    #[test]
    fn runs_count_letters_and_digits() {
        // Each byte at each place among letters, then among other bytes.
        for b in 0..=255_u8 {
            for at in 0..8 {
                for fill in [b'a', b' '] {
                    let mut eight = [fill; 8];
                    eight[at] = b;
                    let want = eight
                        .iter()
                        .position(|b| !b.is_ascii_alphanumeric())
                        .unwrap_or(8);
                    assert_eq!(alnum_run(u64::from_le_bytes(eight)), want, "{b:#x} at {at}");
                    let letters = eight
                        .iter()
                        .position(|b| !b.is_ascii_alphabetic())
                        .unwrap_or(8);
                    let got = letter_run(u64::from_le_bytes(eight));
                    assert_eq!(got, letters, "{b:#x} at {at}");
                }
            }
        }
    }

    #[test]
    fn a_token_is_four_words() {
        // The cue of a word rides in its kind, and the span is a start and the text's length.
        assert_eq!(std::mem::size_of::<Tok<'_>>(), 32);
        // The cue, flags first, takes six bytes, with or without a verb.
        assert_eq!(std::mem::size_of::<Option<crate::lexicon::Cue>>(), 6);
    }

    #[test]
    fn case_tests_agree_with_char_classes() {
        for text in [
            "", "a", "A", "é", "É", "aB", "Ab", "ab", "aÉ", "éA", "éa", "1987", "U.S.", "x-Y", "ǅ",
            "ǅa", "aǅ", "ⅰ", "Ⅰ", "ß", "ẞ",
        ] {
            let t = Tok::new(text, 0, text.len(), Kind::Word(None), 0);
            let capitalized =
                text.chars().next().is_some_and(char::is_uppercase) || particle_surname(text);
            assert_eq!(t.is_capitalized(), capitalized, "{text:?}");
            assert_eq!(
                t.is_lower(),
                !text.chars().any(char::is_uppercase),
                "{text:?}"
            );
        }
    }

    #[test]
    fn surnames_behind_particles_are_capitalised() {
        for (text, capitalised) in [
            ("al-Assad", true),
            ("el-Sisi", true),
            ("ash-Sharaa", true),
            ("an-Nahar", true),
            ("d'Estaing", true),
            ("d’Alema", true),
            ("l'Équipe", true),
            ("al-", false),
            ("al-qaeda", false),
            ("d'", false),
            ("and", false),
            ("mid-March", false),
            ("pro-Western", false),
            ("e-Commerce", false),
            ("all-Star", false),
            ("dell'Utri", false),
        ] {
            let t = Tok::new(text, 0, text.len(), Kind::Word(None), 0);
            assert_eq!(t.is_capitalized(), capitalised, "{text:?}");
        }
    }

    #[test]
    fn byte_classes_agree_with_char_classes() {
        for b in 0..=255_u8 {
            let c = char::from(b);
            let want = if !b.is_ascii() {
                NON_ASCII
            } else if c.is_whitespace() {
                SPACE
            } else if c.is_alphanumeric() {
                WORD
            } else if matches!(c, '-' | '\'' | '.' | '&') {
                JOINER
            } else {
                OTHER
            };
            assert_eq!(class(b), want, "{b:#x}");
        }
    }

    #[test]
    fn cuts_words_and_punctuation() {
        let cases: &[(&str, &[&str])] = &[
            (
                "U.S. Vice President Wence said.",
                &["U.S.", "Vice", "President", "Wence", "said", "."],
            ),
            (
                "Kyiv’s reluctance, state-run media",
                &["Kyiv’s", "reluctance", ",", "state-run", "media"],
            ),
            (
                "Lt. Gen. Keith Kellogg",
                &["Lt.", "Gen.", "Keith", "Kellogg"],
            ),
            (
                "J.D. Vance and J. D. Vance",
                &["J.D.", "Vance", "and", "J.", "D.", "Vance"],
            ),
            ("in 3.5 days: no", &["in", "3.5", "days", ":", "no"]),
            ("ends here.", &["ends", "here", "."]),
        ];
        for (text, want) in cases {
            assert_eq!(&words(text), want, "{text}");
        }
    }
}
