//! The names of one document: every capitalised word with its position and the words before it,
//! how often each spelling occurs, and which spellings are people's surnames.

use std::cell::{Cell, OnceCell};
use std::ops::Deref;

use rustc_hash::FxHashSet;
use whosaid_core::bytes::{bytes_below, splat, HIGHS};
use whosaid_core::{EntityKind, Sentence, Span};

use super::titles::ends_title;
use crate::Context;

/// One capitalised word of the prose.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    /// The word as written (a possessive `'s` is not part of it).
    pub text: &'a str,
    /// Where.
    pub span: Span,
    /// True for the first word of its sentence.
    pub initial: bool,
    /// True when the word is ASCII letters only, as the scan found while reading it (false
    /// may also be said of such a word): tests of its characters may then read its bytes.
    pub letters: bool,
    /// The word's spelling, by its position in [`Inventory::spellings`]: how often it occurs
    /// is read without hashing the word again ([`Inventory::count_of`]).
    spelling: u32,
}

#[cfg(test)]
impl<'a> Word<'a> {
    /// A word of no inventory (its spelling is the first), for the rules' unit tests.
    pub(crate) fn for_test(text: &'a str, span: Span) -> Word<'a> {
        Word {
            text,
            span,
            initial: false,
            letters: false,
            spelling: 0,
        }
    }
}

/// Up to four words before a word, nearest last: a slice without an allocation per word (a
/// document has thousands of capitalised words, and the office rules read only the last few
/// words before a name).
#[derive(Debug, Clone, Copy, Default)]
pub struct Before<'a> {
    /// Right-aligned: the words are `words[4 - len..]`.
    words: [&'a str; 4],
    len: u8,
}

impl<'a> Before<'a> {}

/// The run of words a title is read from, while a sentence is read: its last four words in
/// a ring, so that a word is added with one store. Most words are lowercase, and only a
/// capitalised word takes its [`Before`].
#[derive(Debug, Clone, Copy, Default)]
struct Run<'a> {
    /// Word `n` of the run is at `n % 4`.
    ring: [&'a str; 4],
    /// The words added since the run was last broken.
    len: usize,
}

impl<'a> Run<'a> {
    /// Appends `word`, forgetting the oldest word when four are held.
    fn push(&mut self, word: &'a str) {
        self.ring[self.len % 4] = word;
        self.len += 1;
    }

    /// Forgets every word.
    fn clear(&mut self) {
        self.len = 0;
    }

    /// The last four words, nearest last.
    fn before(&self) -> Before<'a> {
        let n = self.len.min(4);
        let mut words = [""; 4];
        for (k, slot) in words[4 - n..].iter_mut().enumerate() {
            *slot = self.ring[(self.len - n + k) % 4];
        }
        Before {
            words,
            len: u8::try_from(n).expect("at most four"),
        }
    }
}

impl<'a> Deref for Before<'a> {
    type Target = [&'a str];

    fn deref(&self) -> &[&'a str] {
        &self.words[4 - usize::from(self.len)..]
    }
}

/// The names of a document.
#[derive(Debug, Default)]
pub struct Inventory<'a> {
    /// Capitalised words in text order.
    pub words: Vec<Word<'a>>,
    /// The words that may follow an office, by their position in `words`, ascending: each
    /// with up to four words before it in its sentence, nearest last, read only when the
    /// capitalised word before it in its sentence ends an office title (`President`,
    /// `Secretary of State`; see `titles::ends_title`). Every office ends with such a word,
    /// and is read only from these words ([`super::titles::office`]); the other words have
    /// none. A side table, not a field of [`Word`]: few words follow a title, and a smaller
    /// word is cheaper to write for the thousands of words of a document.
    pub befores: Vec<(usize, Before<'a>)>,
    /// Each spelling's position in `spellings`, and how often it occurs, with the span of
    /// its first occurrence, in order of first occurrence.
    spellings: Spellings<'a>,
    /// The lowercase words of the document (longer than two letters): a capitalised word that
    /// also occurs in lowercase is a common word, not a name. Borrowed from the text. Read
    /// again only when a document asks more than a few times ([`Inventory::is_lowercase`]):
    /// most documents never ask, and collecting and hashing every word of every document cost
    /// more than the rest of the reading.
    lowercase: OnceCell<FxHashSet<&'a str>>,
    /// How many questions [`Inventory::is_lowercase`] answered without that set.
    asked: Cell<u32>,
    /// The document's sentences and prose, read again for [`Inventory::lowercase`].
    sentences: &'a [Sentence],
    prose: &'a str,
    /// True when some capitalised word ends an office title (`President`, `Minister`, …): no
    /// office can be read before a name otherwise (see `ends_office`, read as `title_end`).
    pub mentions_office: bool,
    /// Surnames of the people the resolver found, with the first span of each spelling.
    pub surnames: Vec<(String, Option<Span>)>,
}

/// The words that end the titles of [`super::titles`] (each ends a title too,
/// [`ends_title`]): an office is read only after one of them (`Vice President`, `Secretary of State` and `Secretary General` hold `Secretary`).
#[cfg(test)]
pub(crate) fn ends_office(word: &str) -> bool {
    matches!(
        word,
        "President"
            | "Vice-President"
            | "Minister"
            | "Secretary"
            | "Chancellor"
            | "Premier"
            | "Secretary-General"
    )
}

/// What [`title_end`] says of a word that ends a title (`State`, `General`).
const ENDS_TITLE: u8 = 1;
/// What [`title_end`] says of a word that ends an office, and so a title too (`President`).
const ENDS_OFFICE: u8 = 2;

/// [`ENDS_OFFICE`] when [`ends_office`] says so of `word`, else [`ENDS_TITLE`] when
/// [`ends_title`] does, else 0: both asked of every capitalised word by one comparison of its
/// text (a test checks the three agree).
#[inline(always)]
fn title_end(word: &str) -> u8 {
    match word {
        "President" | "Vice-President" | "Minister" | "Secretary" | "Chancellor" | "Premier"
        | "Secretary-General" => ENDS_OFFICE,
        "State" | "General" => ENDS_TITLE,
        _ => 0,
    }
}

/// Byte classes of the scan ([`CLASS`]): an ASCII letter.
const LETTER: u8 = 1;
/// A hyphen or an apostrophe: inside a word, and no break in the run of words before a name.
const JOIN: u8 = 2;
/// White space or a period: no break in the run of words before a name.
const KEEP: u8 = 4;
/// A byte of a character beyond ASCII: decoded and classified as a character.
const WIDE: u8 = 8;

/// The class of each byte. Every other ASCII character (digits, punctuation) breaks the run
/// of words a title is read from.
static CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        class[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c == b'-' || c == b'\'' {
            JOIN
        } else if c == b'.' || matches!(c, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r') {
            // The ASCII characters `char::is_whitespace` accepts, and the period.
            KEEP
        } else if c >= 0x80 {
            WIDE
        } else {
            0
        };
        b += 1;
    }
    class
};

/// True when every character of `word` is lowercase, with a fast path for ASCII.
fn all_lowercase(word: &str) -> bool {
    if word.is_ascii() {
        word.bytes().all(|b| b.is_ascii_lowercase())
    } else {
        word.chars().all(char::is_lowercase)
    }
}

/// The first character of `text` (at a char boundary, not empty).
fn first_char(text: &str) -> char {
    text.chars().next().expect("char boundary")
}

/// The first byte at or after `i` that is no ASCII letter, read eight bytes at a time: the
/// letters of words are most of the text, and most words are a few letters of one block.
fn letters_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut eight = [0; 8];
        eight.copy_from_slice(chunk);
        // With the case bit set, a letter is a byte in `a..=z`: others are below `a`, or
        // above `z` (then seven bits plus 5 reach the high bit), or not ASCII. No sum carries
        // into the next byte, and a borrow only flags bytes above a flagged one: the lowest
        // flagged byte is the first that is no letter.
        let x = u64::from_le_bytes(eight) | splat(0x20);
        let above = (((x & splat(0x7f)) + splat(0x80 - 1 - b'z')) | x) & HIGHS;
        let other = bytes_below(x, b'a') | above;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|b| !b.is_ascii_alphabetic()))
        .map_or(bytes.len(), |k| i + k)
}

/// The end of the word that starts at `start` (a letter): letters, hyphens and apostrophes,
/// and inner periods (`U.S.`).
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    loop {
        i = letters_end(bytes, i);
        match bytes.get(i) {
            Some(b'-' | b'\'') => i += 1,
            // An inner period (`U.S.`) when a letter follows.
            Some(b'.') if bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) => i += 1,
            Some(&d) if d >= 0x80 => {
                let c = first_char(&text[i..]);
                if !(c.is_alphabetic() || c == '’') {
                    return i;
                }
                i += c.len_utf8();
            }
            _ => return i,
        }
    }
}

/// `word` without a possessive ending (`'s`, `’s`, `'`, `’`).
fn without_possessive(mut word: &str) -> &str {
    let bytes = word.as_bytes();
    let n = bytes.len();
    // Looked for only when the last bytes may end one (`’` ends in the byte 0x99).
    let apostrophe = |b: u8| b == b'\'' || b == 0x99;
    if n > 0
        && (apostrophe(bytes[n - 1]) || bytes[n - 1] == b's' && n >= 2 && apostrophe(bytes[n - 2]))
    {
        for suffix in ["'s", "’s", "'", "’"] {
            if let Some(w) = word.strip_suffix(suffix) {
                word = w;
            }
        }
    }
    word
}

/// True when a word starts at `q` (a letter): no word runs into it, as one runs through
/// letters, hyphens and apostrophes, and through a period before an ASCII letter (`U.S.`,
/// `O'Brien`, `anti-Nazi`, `McDonald`). Read back from `q` only over those characters.
fn word_starts_at(text: &str, q: usize) -> bool {
    let bytes = text.as_bytes();
    let mut j = q;
    while j > 0 {
        let b = bytes[j - 1];
        if b.is_ascii_alphabetic() {
            return false;
        }
        match b {
            b'-' | b'\'' => j -= 1,
            // A period runs a word on only into an ASCII letter.
            b'.' if bytes[j].is_ascii_alphabetic() => j -= 1,
            0x80.. => {
                let c = text[..j].chars().next_back().expect("a character");
                if c.is_alphabetic() {
                    return false;
                }
                if c != '’' {
                    return true;
                }
                j -= c.len_utf8();
            }
            _ => return true,
        }
    }
    true
}

/// Where the word starts whose capital at `q` follows a lowercase particle (`al-Assad`,
/// `el-Sisi`, `ash-Sharaa`, `d'Estaing`, `l’Oreal`): the particle's start, when no word runs
/// into it; `None` for any other capital inside a word (`McDonald`, `anti-Nazi`).
fn particle_start(text: &str, q: usize) -> Option<usize> {
    let before = &text.as_bytes()[..q];
    let p = match before {
        [.., b'a', b'l' | b'd' | b'n' | b'r' | b's' | b't' | b'z', b'-']
        | [.., b'e', b'l', b'-'] => q - 3,
        [.., b'a', b's', b'h', b'-'] => q - 4,
        [.., b'd' | b'l', b'\''] => q - 2,
        [.., b'd' | b'l', 0xE2, 0x80, 0x99] => q - 4,
        _ => return None,
    };
    word_starts_at(text, p).then_some(p)
}

/// The high bit of each byte of `x` that may start a capitalised word: an ASCII capital, or
/// a byte beyond ASCII (decoded by the caller). Exact for each byte: seven bits plus
/// `0x80 - b'A'` reach the high bit from `A` up, plus `0x80 - b'[' ` from past `Z` up, and
/// no sum carries.
fn capital_bytes(x: u64) -> u64 {
    let low = x & splat(0x7f);
    let from_a = low + splat(0x80 - b'A');
    let past_z = low + splat(0x80 - b'[');
    (from_a & !past_z | x) & HIGHS
}

/// The first byte at or after `from` that may start a capitalised word ([`capital_bytes`]),
/// sixteen bytes at a time (two blocks of eight, tested apart): as the test is exact for each
/// byte, the lowest flagged byte is the answer, found by counting zeros rather than by
/// reading the block again byte by byte. Two blocks a turn halve the loop's own work; the
/// gap between two capitals of news is some thirty bytes.
fn next_capital(bytes: &[u8], mut from: usize) -> Option<usize> {
    // Blocks of a chunk iterator: no bound to check per block.
    let mut chunks = bytes.get(from..)?.chunks_exact(16);
    for chunk in &mut chunks {
        let (mut low, mut high) = ([0; 8], [0; 8]);
        low.copy_from_slice(&chunk[..8]);
        high.copy_from_slice(&chunk[8..]);
        let flagged = capital_bytes(u64::from_le_bytes(low));
        if flagged != 0 {
            return Some(from + (flagged.trailing_zeros() / 8) as usize);
        }
        let flagged = capital_bytes(u64::from_le_bytes(high));
        if flagged != 0 {
            return Some(from + 8 + (flagged.trailing_zeros() / 8) as usize);
        }
        from += 16;
    }
    if let Some(chunk) = bytes.get(from..from + 8) {
        let mut eight = [0; 8];
        eight.copy_from_slice(chunk);
        let flagged = capital_bytes(u64::from_le_bytes(eight));
        if flagged != 0 {
            return Some(from + (flagged.trailing_zeros() / 8) as usize);
        }
        from += 8;
    }
    bytes
        .get(from..)?
        .iter()
        .position(|&b| b.is_ascii_uppercase() || b >= 0x80)
        .map(|k| from + k)
}

/// The capitalised words of a sentence, as [`sentence_words`] reads them, without reading
/// the others: `(start, word, initial, letters)` for each word whose first character is
/// uppercase, `initial` for the first word of the sentence, `letters` when the word is ASCII
/// letters only (false may also be said of such a word). The text is searched eight bytes at
/// a time for a capital; a capital inside a word (`McDonald`, `U.S.`) is no word's start.
/// Most words of news are lowercase, and cost nothing here.
///
/// An ASCII capital after a space or a letter (nearly every one) is read without the general
/// look back ([`word_starts_at`]), and a word of letters followed by none of the characters
/// that may continue a word (a hyphen, an apostrophe, a period, a byte beyond ASCII) ends at
/// its last letter, found once ([`letters_end`]): no possessive ending can follow it.
fn capitalised_words<'a>(text: &'a str, mut each: impl FnMut(usize, &'a str, bool, bool)) {
    let bytes = text.as_bytes();
    let mut first = true;
    let mut i = 0;
    while let Some(mut q) = next_capital(bytes, i) {
        let (word, end, letters) = if bytes[q] < 0x80 {
            let starts = match q.checked_sub(1).map(|p| bytes[p]) {
                None | Some(b' ') => true,
                Some(p) if p.is_ascii_alphabetic() => false,
                Some(_) => word_starts_at(text, q),
            };
            // A surname behind a particle is a capitalised word from the particle on
            // (`al-Assad`, `d'Estaing`): read, as every word that starts inside another is,
            // only from a capital after no space.
            if !starts {
                let Some(p) = particle_start(text, q) else {
                    i = q + 1;
                    continue;
                };
                q = p;
            }
            let e = letters_end(bytes, q + 1);
            match bytes.get(e) {
                // A period runs a word on only into a letter (`U.S.`): before anything else
                // (`Corp.`, a sentence's last word) it ends a word of letters, which has no
                // possessive ending. Most periods after a capitalised word, not read again.
                Some(b'.') if !bytes.get(e + 1).is_some_and(u8::is_ascii_alphabetic) => {
                    (&text[q..e], e, true)
                }
                // May run on (`O'Brien`, `U.S.`, `Zelenskyy’s`): read as any word.
                Some(b'-' | b'\'' | b'.' | 0x80..) => {
                    let end = word_end(text, e);
                    (without_possessive(&text[q..end]), end, end == e)
                }
                _ => (&text[q..e], e, true),
            }
        } else {
            let c = first_char(&text[q..]);
            if !(c.is_alphabetic() && c.is_uppercase() && word_starts_at(text, q)) {
                i = q + c.len_utf8();
                continue;
            }
            let end = word_end(text, q);
            (without_possessive(&text[q..end]), end, false)
        };
        // The first word when no letter comes before it (every letter is in a word).
        let initial = first && !text[..q].chars().any(char::is_alphabetic);
        first = false;
        each(q, word, initial, letters);
        i = end;
    }
}

/// The words of a sentence, as the inventory reads them: `(start, word, run)` for each word
/// (its byte offset in `text`, the word without a possessive ending, and the up to four
/// words before it in the run a title is read from). A word is a run of letters, hyphens and
/// apostrophes, with inner periods (`U.S.`); punctuation other than a period breaks the run,
/// and so does a period after a word longer than three letters without periods.
///
/// Bytes are classified directly for ASCII, which is nearly all of the text; only other
/// characters are decoded.
fn sentence_words<'a>(text: &'a str, mut each: impl FnMut(usize, &'a str, &Run<'a>)) {
    let bytes = text.as_bytes();
    let class = |i: usize| CLASS[usize::from(bytes[i])];
    let mut run = Run::default();
    let mut i = 0;
    while i < bytes.len() {
        let k = class(i);
        if k & LETTER == 0 {
            if k & WIDE == 0 {
                // Punctuation breaks the run of words a title is read from.
                if k & (JOIN | KEEP) == 0 {
                    run.clear();
                }
                i += 1;
                continue;
            }
            let c = first_char(&text[i..]);
            if !c.is_alphabetic() {
                if !(c.is_whitespace() || c == '’') {
                    run.clear();
                }
                i += c.len_utf8();
                continue;
            }
        }
        let start = i;
        i = word_end(text, start);
        let word = without_possessive(&text[start..i]);
        each(start, word, &run);
        // A word ending in a period that is no abbreviation ends the title run.
        if bytes.get(i) == Some(&b'.') && !(word.len() <= 3 || word.contains('.')) {
            run.clear();
        } else {
            run.push(word);
            // The usual separator, one space before the next word, is stepped over here.
            if bytes.get(i) == Some(&b' ') && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
            {
                i += 1;
            }
        }
    }
}

impl<'a> Inventory<'a> {
    /// Reads the document once.
    pub fn new(cx: &Context<'a>) -> Inventory<'a> {
        let prose = cx.doc.prose();
        let mut inv = Inventory {
            sentences: &cx.doc.sentences,
            prose,
            ..Inventory::default()
        };
        // About one capitalised word in 30 bytes of news (one spelling in 40), more in lists
        // of names: room for most documents at once, rather than growing word by word.
        inv.words.reserve(prose.len() / 24);
        inv.spellings.reserve(prose.len() / 24);
        for sentence in &cx.doc.sentences {
            let offset = sentence.span.start;
            let text = sentence.span.slice(prose);
            let first = inv.words.len();
            // The end of the last word that follows one ending an office title, 0 when none
            // does: the words before such words are read then, from the sentence up to there.
            let mut read_to = 0;
            // True when the sentence's last word so far ends an office title: each word is
            // matched against the titles once.
            let mut last_ends_title = false;
            capitalised_words(text, |start, word, initial, letters| {
                let end = title_end(word);
                if last_ends_title {
                    read_to = start + word.len();
                }
                last_ends_title = end != 0;
                let span = Span::new(offset + start, offset + start + word.len());

                let key = Key::in_text(text.as_bytes(), start, word);
                let spelling = inv.spellings.add_keyed(word, span, key);
                inv.words.push(Word {
                    text: word,
                    span,
                    initial,
                    letters,
                    spelling,
                });
                inv.mentions_office |= end == ENDS_OFFICE;
            });
            if read_to > 0 {
                // One reading of the sentence up to the last word after a title, for the words
                // after a title: a word and the run before it are read from the text before its
                // end (ending at a word's end, the text ends no word before it otherwise), and
                // the rest of the sentence is not read.
                let mut k = first;
                sentence_words(&text[..read_to], |start, _, run| {
                    let Some(w) = inv.words.get(k) else {
                        return;
                    };
                    if w.span.start == offset + start {
                        if k > first && ends_title(inv.words[k - 1].text) {
                            inv.befores.push((k, run.before()));
                        }
                        k += 1;
                    }
                });
            }
        }
        // Surnames written after a first name, an honorific or a title (`Nigel Lawson`,
        // `Mr Lawson`, `Chancellor Lawson`), twice or more: people who are not sources too.
        // The surnames already listed: looked up in a hash set, so a document of many
        // distinct names stays linear.
        let mut listed: FxHashSet<&str> = FxHashSet::default();
        let mut surnames = Vec::new();
        for pair in inv.words.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let adjacent = a.span.end + 1 == b.span.start;
            if adjacent
                && inv.count_of(b) >= 2
                && a.text.chars().skip(1).any(char::is_lowercase)
                && !b.text.chars().skip(1).all(char::is_uppercase)
                && b.text.chars().count() >= 4
                && (!a.initial || is_title(a.text))
                && !is_title(b.text)
                && listed.insert(b.text)
            {
                let first = inv.spellings.entries[b.spelling as usize].first;
                surnames.push((b.text.to_owned(), Some(first)));
            }
        }
        inv.surnames = surnames;
        for e in &cx.resolved.entities {
            // People, and bodies named bare as people are (`Hawkeye said … It said`): not a
            // body named by its form (`Hawkeye Bancorp`), whose last word is no name, nor one
            // described (`the company`, `The IEA`).
            let bare_body = e.kind == EntityKind::Organization
                && e.kb_id.is_none()
                && !e.name.starts_with("The ")
                && e.name.split_whitespace().all(|w| {
                    w.starts_with(char::is_uppercase) && !whosaid_chain::is_organization_form(w)
                });
            if e.kind != EntityKind::Person && !bare_body {
                continue;
            }
            let mut names: Vec<&str> = vec![e.name.as_str()];
            if let Some(id) = e.kb_id.as_deref().and_then(|id| cx.kb.get(id)) {
                let entry = cx.kb.entry(id);
                names.extend(entry.aliases.iter().map(String::as_str));
                names.extend(entry.variants.iter().map(String::as_str));
            }
            for name in names {
                // A title is no surname (`Minister` in a misread `Finance Minister`).
                let surname = name.split_whitespace().last().filter(|s| !is_title(s));
                if let Some(surname) = surname {
                    if listed.insert(surname) {
                        inv.surnames
                            .push((surname.to_owned(), inv.first_span(surname)));
                    }
                }
            }
        }
        inv
    }

    /// How often `word` occurs capitalised.
    pub fn count(&self, word: &str) -> usize {
        self.spellings
            .find(word)
            .map_or(0, |id| self.spellings.entries[id as usize].count)
    }

    /// How often the spelling of `word` (one of [`Inventory::words`]) occurs capitalised: as
    /// [`Inventory::count`] of its text, without a lookup.
    pub fn count_of(&self, word: &Word<'_>) -> usize {
        self.spellings.entries[word.spelling as usize].count
    }

    /// Where `word` first occurs capitalised.
    pub fn first_span(&self, word: &str) -> Option<Span> {
        self.spellings
            .find(word)
            .map(|id| self.spellings.entries[id as usize].first)
    }

    /// True when `word` occurs in lowercase in the document (and is longer than two letters).
    ///
    /// The first few questions of a document are answered by searching its sentences for
    /// the word (`occurs_lowercase`); only a document asked more often pays for
    /// the set of all its lowercase words, so that many questions stay linear. Most documents
    /// that ask at all ask once or twice.
    pub fn is_lowercase(&self, word: &str) -> bool {
        // The set holds only such words.
        if !(word.len() > 2 && all_lowercase(word)) {
            return false;
        }
        if self.lowercase.get().is_none() && self.asked.get() < DIRECT_QUESTIONS {
            self.asked.set(self.asked.get() + 1);
            return self.occurs_lowercase(word);
        }
        self.lowercase
            .get_or_init(|| {
                let mut set = FxHashSet::default();
                for sentence in self.sentences {
                    sentence_words(sentence.span.slice(self.prose), |_, word, _| {
                        // (A capitalised word is not all lowercase.)
                        if word.len() > 2 && all_lowercase(word) {
                            set.insert(word);
                        }
                    });
                }
                set
            })
            .contains(word)
    }

    /// True when `word` (longer than two bytes, all lowercase) is one of the words
    /// [`sentence_words`] reads from some sentence: each place the sentence holds its bytes
    /// is the start of a word there ([`word_starts_at`]) whose reading, without a
    /// possessive ending, is `word` (not a longer word that starts with it).
    fn occurs_lowercase(&self, word: &str) -> bool {
        let finder = memchr::memmem::Finder::new(word.as_bytes());
        self.sentences.iter().any(|sentence| {
            let text = sentence.span.slice(self.prose);
            finder.find_iter(text.as_bytes()).any(|q| {
                word_starts_at(text, q) && without_possessive(&text[q..word_end(text, q)]) == word
            })
        })
    }
}

/// How many questions of [`Inventory::is_lowercase`] a document's sentences are searched
/// for, before the set of its lowercase words is built.
const DIRECT_QUESTIONS: u32 = 4;

/// The distinct spellings of a document's capitalised words, numbered in order of first
/// occurrence, with how often and where first each occurs. A table of its own rather than a
/// hash map of strings: every capitalised word is looked up once, and a word is hashed here
/// by one multiplication per eight bytes and found by open addressing. A word of eight bytes
/// or fewer (nearly every name) is read as one number, its [`Key::head`]: hashed and
/// compared as that number, without a string comparison.
#[derive(Debug, Default)]
struct Spellings<'a> {
    /// Open addressing, linear probing: a spelling's number plus one, 0 for an empty slot. A
    /// power of two long, at most half full.
    slots: Vec<u32>,
    /// The spellings by number.
    entries: Vec<Spelling<'a>>,
}

/// One spelling of [`Spellings`].
#[derive(Debug)]
struct Spelling<'a> {
    text: &'a str,
    /// The [`Key`] of `text`.
    key: Key,
    /// How often it occurs.
    count: usize,
    /// Where it first occurs.
    first: Span,
}

/// What [`Spellings`] finds a word by: its hash, and for a word of eight bytes or fewer its
/// bytes as one little-endian number, zero-padded (then two words of one length are the same
/// exactly when their heads are).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    hash: u64,
    /// The word's bytes when it has eight or fewer, else 0.
    head: u64,
}

/// The multiplier of [`Key`]'s hash.
const K: u64 = 0xf135_7aea_2e62_a9c5;

impl Key {
    /// The key of `word`.
    fn of(word: &str) -> Key {
        let bytes = word.as_bytes();
        if bytes.len() <= 8 {
            let mut eight = [0; 8];
            eight[..bytes.len()].copy_from_slice(bytes);
            return Key::short(bytes.len(), u64::from_le_bytes(eight));
        }
        Key {
            hash: spelling_hash(word),
            head: 0,
        }
    }

    /// The key of `word`, which starts at `start` of `text`: a short word is read as the
    /// eight bytes there, masked to its length, without copying it byte by byte.
    fn in_text(text: &[u8], start: usize, word: &str) -> Key {
        let n = word.len();
        match text.get(start..start + 8) {
            Some(chunk) if (1..=8).contains(&n) => {
                let mut eight = [0; 8];
                eight.copy_from_slice(chunk);
                Key::short(n, u64::from_le_bytes(eight) & (u64::MAX >> (64 - 8 * n)))
            }
            _ => Key::of(word),
        }
    }

    /// The key of a word of `n` bytes (1 to 8), `head` its bytes zero-padded.
    fn short(n: usize, head: u64) -> Key {
        let h = ((n as u64).rotate_left(26) ^ head).wrapping_mul(K);
        Key {
            hash: h ^ h >> 32,
            head,
        }
    }
}

impl<'a> Spellings<'a> {
    /// Room for `n` spellings without growing the table.
    fn reserve(&mut self, n: usize) {
        self.entries.reserve(n);
        let want = (2 * n).next_power_of_two().max(16);
        if want > self.slots.len() {
            self.rehash(want);
        }
    }

    /// Rebuilds the table with `len` slots (a power of two).
    fn rehash(&mut self, len: usize) {
        self.slots = vec![0; len];
        let mask = len - 1;
        for (id, e) in self.entries.iter().enumerate() {
            let mut at = e.key.hash as usize & mask;
            while self.slots[at] != 0 {
                at = (at + 1) & mask;
            }
            self.slots[at] = u32::try_from(id + 1).expect("fewer spellings than bytes");
        }
    }

    /// The number of `word`, if it was added.
    fn find(&self, word: &str) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        self.probe(word, Key::of(word)).ok()
    }

    /// Where `word` (of key `key`) is: `Ok(its number)`, or `Err(the empty slot)` where it
    /// would go. The table has at least one empty slot. Inlined: asked once per capitalised
    /// word.
    #[inline(always)]
    fn probe(&self, word: &str, key: Key) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        let mut at = key.hash as usize & mask;
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                return Err(at);
            }
            let e = &self.entries[slot as usize - 1];
            // A short word is its head and length; a longer one is compared as a string.
            if e.key == key && e.text.len() == word.len() && (word.len() <= 8 || e.text == word) {
                return Ok(slot - 1);
            }
            at = (at + 1) & mask;
        }
    }

    /// Counts one occurrence of `word` at `span`; returns its number.
    #[cfg(test)]
    fn add(&mut self, word: &'a str, span: Span) -> u32 {
        self.add_keyed(word, span, Key::of(word))
    }

    /// Counts one occurrence of `word` (of key `key`) at `span`; returns its number.
    fn add_keyed(&mut self, word: &'a str, span: Span, key: Key) -> u32 {
        if 2 * (self.entries.len() + 1) > self.slots.len() {
            self.rehash((2 * self.slots.len()).max(16));
        }
        let at = match self.probe(word, key) {
            Ok(id) => {
                self.entries[id as usize].count += 1;
                return id;
            }
            Err(at) => at,
        };
        let id = u32::try_from(self.entries.len()).expect("fewer spellings than bytes");
        self.slots[at] = id + 1;
        self.entries.push(Spelling {
            text: word,
            key,
            count: 1,
            first: span,
        });
        id
    }
}

/// The hash of a spelling longer than eight bytes: its bytes eight at a time (the last block
/// padded with zeros), each mixed in by a rotation, an exclusive or and a multiplication, and
/// the length; the high bits folded down, as the table reads the low ones.
fn spelling_hash(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut eight = [0; 8];
        eight.copy_from_slice(chunk);
        h = (h.rotate_left(26) ^ u64::from_le_bytes(eight)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut eight = [0; 8];
        eight[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(26) ^ u64::from_le_bytes(eight)).wrapping_mul(K);
    }
    h ^ h >> 32
}

/// Titles and words of office that end misread person names.
pub(crate) fn is_title(word: &str) -> bool {
    // Case folded by comparison, not by allocating a lowercase copy.
    let word = word.trim_end_matches('.');
    // Most words are answered by their length: the titles are 7 to 11 bytes long.
    if !(7..=11).contains(&word.len()) {
        return false;
    }
    TITLES
        .iter()
        .any(|t| t.len() == word.len() && word.eq_ignore_ascii_case(t))
}

/// The words of [`is_title`], in lowercase.
const TITLES: &[&str] = &[
    "minister",
    "president",
    "secretary",
    "chairman",
    "chairwoman",
    "governor",
    "chancellor",
    "director",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "senator",
    "general",
    "minister's",
    "ministry",
    "official",
    "officials",
    "premier",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-by-character reading `sentence_words` replaced: each word with its start
    /// and the last four words of its run.
    fn reference(text: &str) -> Vec<(usize, &str, Vec<&str>)> {
        fn is_word_char(c: char) -> bool {
            c.is_alphabetic() || c == '-' || c == '\'' || c == '’'
        }
        let mut out = Vec::new();
        let mut before: Vec<&str> = Vec::new();
        let mut i = 0;
        let bytes = text.as_bytes();
        while i < text.len() {
            let c = text[i..].chars().next().expect("char boundary");
            if !c.is_alphabetic() {
                if !c.is_whitespace() && c != '.' && !matches!(c, '-' | '\'' | '’') {
                    before.clear();
                }
                i += c.len_utf8();
                continue;
            }
            let start = i;
            while i < text.len() {
                let d = text[i..].chars().next().expect("char boundary");
                if !(is_word_char(d)
                    || d == '.' && i + 1 < text.len() && bytes[i + 1].is_ascii_alphabetic())
                {
                    break;
                }
                i += d.len_utf8();
            }
            let mut word = &text[start..i];
            for suffix in ["'s", "’s", "'", "’"] {
                if let Some(w) = word.strip_suffix(suffix) {
                    word = w;
                }
            }
            out.push((
                start,
                word,
                before.iter().rev().take(4).rev().copied().collect(),
            ));
            if text[i..].starts_with('.') && !(word.len() <= 3 || word.contains('.')) {
                before.clear();
            } else {
                before.push(word);
            }
        }
        out
    }

    #[test]
    fn the_byte_reading_agrees_with_the_character_reading() {
        for text in [
            "U.S. Vice President Wence said the U.S. was ready to walk away.",
            "Russian Foreign Minister Sergei Lavrov's talks; Britain's Chancellor Nigel Lawson.",
            "Zelenskyy’s aides met Mr. O'Brien-Smith in São Paulo — «très» bien, Ökonom.",
            "The Ministers' meeting (in Brussels) ended. Later, J. D. Vance spoke\u{a0}again!",
            "Dr.\tSmith\nand  Mrs\u{b}Jones\u{c}met\rthe İstanbul governor's aide ΑΘΗΝΑ ß.",
            "a.b. x. Abc. Abcd. ab.c e.g.x 'quoted' ’curly’ s' s’s it's 1987-06-01 A-",
            "Co-operation, non-stop: the Secretary-General of the U.N. Secretary General ...",
            "",
            "’",
            "Å",
        ] {
            let mut got = Vec::new();
            sentence_words(text, |start, word, before| {
                got.push((start, word, before.before().to_vec()));
            });
            assert_eq!(got, reference(text), "{text}");
        }
    }

    #[test]
    fn the_byte_reading_agrees_on_the_corpus() {
        let (_, texts) = whosaid_testdata::corpus();
        for text in texts.iter().take(500) {
            let mut got = Vec::new();
            sentence_words(text, |start, word, before| {
                got.push((start, word, before.before().to_vec()));
            });
            assert_eq!(got, reference(text));
        }
    }

    /// The capitalised words of [`sentence_words`], with `initial` for its first word.
    fn capitalised_reference(text: &str) -> Vec<(usize, &str, bool)> {
        let mut out = Vec::new();
        let mut first = true;
        sentence_words(text, |start, word, _| {
            let initial = std::mem::replace(&mut first, false);
            // A surname behind a lowercase particle: the particle, a hyphen or an
            // apostrophe, and a capital.
            let behind_particle = ["al-", "ad-", "an-", "ar-", "as-", "at-", "az-", "el-"]
                .iter()
                .chain(&["ash-", "d'", "l'", "d’", "l’"])
                .any(|p| {
                    word.strip_prefix(p)
                        .and_then(|r| r.chars().next())
                        .is_some_and(char::is_uppercase)
                });
            if first_char(word).is_uppercase() || behind_particle {
                out.push((start, word, initial));
            }
        });
        out
    }

    #[test]
    fn capitalised_words_are_those_of_the_whole_reading() {
        let tricky = [
            "U.S. Vice President Wence said the U.S. was ready to walk away.",
            "the McDonald's iPhone; anti-Nazi O'Brien-Smith x.Y x-.Yz x.-Yz -.Ab 'Ab ’Ab a’Bc",
            "Zelenskyy’s aides met Mr. O'Brien-Smith in São Paulo — «très» bien, Ökonom Ääb.",
            "éÉcole ÉCOLE 1987Abc ab1Cd ΑΘΗΝΑ ß İstanbul ǅemal Ⓐbc aⒶbc ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "lowercase only, then Later. And: A. B. C.D. e.G. e-G e'G e’G e.. G",
            "Bashar al-Assad, el-Sisi's aide, ash-Sharaa, d'Estaing l’Oreal x-al-Assad al-qaeda",
            "mid-March, pro-Western, all-Star, dell'Utri, Al-Ahram, al-, d', xd'Ab, a-l-Bc",
            "",
            "A",
            "’",
        ];
        let (_, texts) = whosaid_testdata::corpus();
        for text in tricky
            .iter()
            .copied()
            .chain(texts.iter().take(500).map(String::as_str))
        {
            let mut got = Vec::new();
            capitalised_words(text, |start, word, initial, letters| {
                // Said only of a word of ASCII letters.
                assert!(
                    !letters || word.bytes().all(|b| b.is_ascii_alphabetic()),
                    "{word}"
                );
                got.push((start, word, initial));
            });
            assert_eq!(got, capitalised_reference(text), "{text}");
        }
    }

    #[test]
    fn lowercase_words_are_found_as_the_set_of_them_holds_them() {
        let (_, texts) = whosaid_testdata::corpus();
        let tricky = "the plan's plans, a plan-b re-plan; ex.plan x.plan plan’s plan' ’plan \
            plan. plan’ nation’s Über über naïve naï élan McPlan iPlan planet";
        for text in texts.iter().take(300).map(String::as_str).chain([tricky]) {
            let doc = whosaid_text::plain(text.to_owned());
            let inv = Inventory {
                sentences: &doc.sentences,
                prose: doc.prose(),
                ..Inventory::default()
            };
            let mut set = FxHashSet::default();
            for sentence in &doc.sentences {
                sentence_words(sentence.span.slice(doc.prose()), |_, word, _| {
                    if word.len() > 2 && all_lowercase(word) {
                        set.insert(word.to_owned());
                    }
                });
            }
            // Every word of the text, lowercased, with its prefixes and longer forms: most
            // are in the set, many occur only inside other words.
            let mut asked: Vec<String> = set.iter().cloned().collect();
            for token in text.split(|c: char| !c.is_alphabetic()) {
                let lower = token.to_lowercase();
                for (k, _) in lower.char_indices().skip(1) {
                    asked.push(lower[..k].to_owned());
                }
                asked.push(format!("{lower}s"));
                asked.push(lower);
            }
            for word in &asked {
                let want = word.len() > 2 && all_lowercase(word) && set.contains(word);
                let direct = word.len() > 2 && all_lowercase(word) && inv.occurs_lowercase(word);
                assert_eq!(direct, want, "{word:?} in {text:?}");
            }
            // And through `is_lowercase`, past the questions answered directly.
            for word in &asked {
                assert_eq!(inv.is_lowercase(word), set.contains(word), "{word:?}");
            }
        }
    }

    #[test]
    fn capital_bytes_is_exact_on_every_byte_in_every_lane() {
        for b in 0u8..=255 {
            for lane in 0..8 {
                for fill in [b'a', b'A', 0xff, 0] {
                    let mut word = [fill; 8];
                    word[lane] = b;
                    let want: u64 = word
                        .iter()
                        .enumerate()
                        .filter(|(_, &c)| c.is_ascii_uppercase() || c >= 0x80)
                        .map(|(k, _)| 0x80 << (8 * k))
                        .sum();
                    assert_eq!(capital_bytes(u64::from_le_bytes(word)), want, "{b:#x}");
                }
            }
        }
    }

    #[test]
    fn next_capital_is_the_first_capital_or_wide_byte() {
        let text = "abc, def. Ghi jkl;mnopqrstuvw xyzÉ 12345678 abcdefghij Kl".as_bytes();
        for from in 0..=text.len() + 1 {
            let want = text
                .get(from..)
                .and_then(|t| t.iter().position(|&b| b.is_ascii_uppercase() || b >= 0x80))
                .map(|k| from + k);
            assert_eq!(next_capital(text, from), want, "from {from}");
        }
    }

    #[test]
    fn letters_end_at_the_first_other_byte() {
        for b in 0u8..=255 {
            for at in 0..12 {
                let mut text = b"abcdefghijKLMNOPQRSTxyz".to_vec();
                text[at] = b;
                let want = text
                    .iter()
                    .position(|c| !c.is_ascii_alphabetic())
                    .unwrap_or(text.len());
                for from in 0..=at.min(want) {
                    assert_eq!(letters_end(&text, from), want, "{b:#x} at {at} from {from}");
                }
            }
        }
        assert_eq!(letters_end(b"", 0), 0);
        assert_eq!(letters_end(b"abc", 3), 3);
    }

    #[test]
    fn spellings_number_and_count_as_a_hash_map_does() {
        let (source, texts) = whosaid_testdata::corpus();
        let mut spellings = Spellings::default();
        let mut want: rustc_hash::FxHashMap<&str, (u32, usize, Span)> = Default::default();
        let words = texts
            .iter()
            .take(300)
            .flat_map(|t| t.split_whitespace())
            .chain([
                "",
                "a",
                "abcdefgh",
                "abcdefghi",
                "abcdefgh\0",
                "Zelenskyy’s",
            ]);
        for (at, word) in words.enumerate() {
            let span = Span::new(at, at + word.len());
            let next = u32::try_from(want.len()).unwrap();
            let entry = want.entry(word).or_insert((next, 0, span));
            entry.1 += 1;
            assert_eq!(spellings.add(word, span), entry.0, "{word}");
        }
        // Enough distinct words to grow the table several times: the synthetic fallback
        // corpus (no `../shared`) repeats a small vocabulary.
        let distinct = match source {
            whosaid_testdata::Source::Reuters => 1000,
            whosaid_testdata::Source::Synthetic => 100,
        };
        assert!(want.len() > distinct, "{} distinct words", want.len());
        for (word, &(id, count, first)) in &want {
            assert_eq!(spellings.find(word), Some(id), "{word}");
            let e = &spellings.entries[id as usize];
            assert_eq!((e.text, e.count, e.first), (*word, count, first), "{word}");
        }
        for word in ["Nowhere-in-the-corpus", "zzzzzzzzzzzzzzzzzzzz", "Q"] {
            assert_eq!(spellings.find(word), want.get(word).map(|e| e.0), "{word}");
        }
        assert_eq!(Spellings::default().find("a"), None);
    }

    #[test]
    fn a_key_read_in_the_text_is_the_key_of_the_word() {
        let (_, texts) = whosaid_testdata::corpus();
        let tricky = "A Ab Abc Abcdefg Abcdefgh Abcdefghi Zelenskyy’s É Éa U.S. x";
        for text in texts.iter().take(200).map(String::as_str).chain([tricky]) {
            let bytes = text.as_bytes();
            for (start, _) in text.char_indices() {
                for end in start + 1..=(start + 12).min(text.len()) {
                    if let Some(word) = text.get(start..end) {
                        assert_eq!(Key::in_text(bytes, start, word), Key::of(word), "{word}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_word_that_ends_an_office_ends_a_title() {
        for word in [
            "President",
            "Minister",
            "Secretary",
            "Chancellor",
            "Premier",
            "Secretary-General",
        ] {
            assert!(ends_office(word) && ends_title(word), "{word}");
        }
        assert!(!ends_office("State") && ends_title("State"));
    }

    #[test]
    fn title_end_is_what_ends_title_and_ends_office_say() {
        let (_, texts) = whosaid_testdata::corpus();
        let words = texts.iter().take(300).flat_map(|t| t.split_whitespace());
        let titles = [
            "",
            "Vice",
            "President",
            "Vice-President",
            "Prime",
            "Minister",
            "Premier",
            "Chancellor",
            "Secretary",
            "of",
            "State",
            "Secretary-General",
            "General",
            "Presidents",
            "STATE",
        ];
        for word in words.chain(titles) {
            let want = if ends_office(word) {
                ENDS_OFFICE
            } else if ends_title(word) {
                ENDS_TITLE
            } else {
                0
            };
            assert_eq!(title_end(word), want, "{word}");
        }
    }

    #[test]
    fn titles_are_seven_to_eleven_bytes_long() {
        for t in TITLES {
            assert!((7..=11).contains(&t.len()), "{t}");
            assert!(is_title(t));
        }
    }

    #[test]
    fn titles_ignore_ascii_case_and_periods() {
        for (word, title) in [
            ("Minister", true),
            ("PRESIDENT.", true),
            ("Gen.", false),
            ("General..", true),
            ("Minister's", true),
            ("Ministers", false),
            ("Ministér", false),
        ] {
            let old = matches!(
                word.to_ascii_lowercase().trim_end_matches('.'),
                "minister" | "president" | "general" | "minister's"
            );
            assert_eq!(is_title(word), title, "{word}");
            assert_eq!(old, title, "{word}");
        }
    }
}
