//! The names of one document: every capitalised word with its position and the words before it,
//! how often each spelling occurs, and which spellings are people's surnames.

use rustc_hash::{FxHashMap, FxHashSet};
use whosaid_core::{EntityKind, Span};

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
    /// Up to four words before it in its sentence, nearest last.
    pub before: Vec<&'a str>,
}

/// The names of a document.
#[derive(Debug, Default)]
pub struct Inventory<'a> {
    /// Capitalised words in text order.
    pub words: Vec<Word<'a>>,
    /// Occurrences of each spelling.
    pub counts: FxHashMap<&'a str, usize>,
    /// The lowercase words of the document (longer than two letters): a capitalised word that
    /// also occurs in lowercase is a common word, not a name. Borrowed from the text: reading
    /// a word allocates nothing.
    pub lowercase: FxHashSet<&'a str>,
    /// Surnames of the people the resolver found, with the first span of each spelling.
    pub surnames: Vec<(String, Option<Span>)>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '-' || c == '\'' || c == '’'
}

impl<'a> Inventory<'a> {
    /// Reads the document once.
    pub fn new(cx: &Context<'a>) -> Inventory<'a> {
        let prose = cx.doc.prose();
        let mut inv = Inventory::default();
        for sentence in &cx.doc.sentences {
            let text = sentence.span.slice(prose);
            let mut before: Vec<&'a str> = Vec::new();
            let mut first = true;
            let mut i = 0;
            let bytes = text.as_bytes();
            while i < text.len() {
                let c = text[i..].chars().next().expect("char boundary");
                if !c.is_alphabetic() {
                    if !c.is_whitespace() && c != '.' {
                        // Punctuation breaks the run of words a title is read from.
                        if !matches!(c, '-' | '\'' | '’') {
                            before.clear();
                        }
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
                let word: &'a str =
                    &prose[sentence.span.start + start..sentence.span.start + start + word.len()];
                if word.chars().next().is_some_and(char::is_uppercase) {
                    let span = Span::new(
                        sentence.span.start + start,
                        sentence.span.start + start + word.len(),
                    );
                    inv.words.push(Word {
                        text: word,
                        span,
                        initial: first,
                        before: before.iter().rev().take(4).rev().copied().collect(),
                    });
                    *inv.counts.entry(word).or_insert(0) += 1;
                } else if word.chars().all(char::is_lowercase) && word.len() > 2 {
                    inv.lowercase.insert(word);
                }
                // A word ending in a period that is no abbreviation ends the title run.
                if text[i..].starts_with('.') && !(word.len() <= 3 || word.contains('.')) {
                    before.clear();
                } else {
                    before.push(word);
                }
                first = false;
            }
        }
        // Surnames written after a first name, an honorific or a title (`Nigel Lawson`,
        // `Mr Lawson`, `Chancellor Lawson`), twice or more: people who are not sources too.
        let mut after_name: Vec<&'a str> = Vec::new();
        for pair in inv.words.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let adjacent = a.span.end + 1 == b.span.start;
            let personal = a.text.chars().skip(1).any(char::is_lowercase)
                && !b.text.chars().skip(1).all(char::is_uppercase)
                && b.text.chars().count() >= 4;
            if adjacent && personal && (!a.initial || is_title(a.text)) && !is_title(b.text) {
                after_name.push(b.text);
            }
        }
        // The first span of each spelling, and the surnames already listed: looked up in
        // hash maps, so a document of many distinct names stays linear.
        let mut first: FxHashMap<&str, Span> = FxHashMap::default();
        for w in &inv.words {
            first.entry(w.text).or_insert(w.span);
        }
        let mut listed: FxHashSet<String> = FxHashSet::default();
        for name in after_name {
            if inv.count(name) >= 2 && listed.insert(name.to_owned()) {
                inv.surnames
                    .push((name.to_owned(), first.get(name).copied()));
            }
        }
        for e in &cx.resolved.entities {
            if e.kind != EntityKind::Person {
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
                    if listed.insert(surname.to_owned()) {
                        inv.surnames
                            .push((surname.to_owned(), first.get(surname).copied()));
                    }
                }
            }
        }
        inv
    }

    /// How often `word` occurs capitalised.
    pub fn count(&self, word: &str) -> usize {
        self.counts.get(word).copied().unwrap_or(0)
    }
}

/// Titles and words of office that end misread person names.
pub(crate) fn is_title(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().trim_end_matches('.'),
        "minister"
            | "president"
            | "secretary"
            | "chairman"
            | "chairwoman"
            | "governor"
            | "chancellor"
            | "director"
            | "spokesman"
            | "spokeswoman"
            | "ambassador"
            | "senator"
            | "general"
            | "minister's"
            | "ministry"
            | "official"
            | "officials"
            | "premier"
    )
}
