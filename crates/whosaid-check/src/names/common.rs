//! English words that news writes in lowercase: a capitalised one is a word at the start of a
//! sentence or in a name (`While`, `West`, `Life`), not a misspelled surname.
//!
//! The list (`common_words.txt`, words of four letters or more) is made by
//! `scripts/common_words.py`: the words written in lowercase in at least two of three news
//! corpora of different decades and countries. Only the words are kept.

use std::sync::OnceLock;

/// The list's text: one lowercase word per line, sorted, after a comment line.
const LIST: &str = include_str!("common_words.txt");

/// The words of [`LIST`], sorted: read once, on the first question (most documents never ask,
/// since only a word with a candidate misspelling is asked about).
fn words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        LIST.lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// True when `word`, in any case, is a common English word of the list: `While`, `west`.
pub fn is_common_word(word: &str) -> bool {
    // The list holds ASCII words of 4 to 32 letters: anything else is not in it.
    if !(4..=32).contains(&word.len()) || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let mut buf = [0u8; 32];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    words()
        .binary_search_by(|w| w.as_bytes().cmp(lower))
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_lowercase_words_of_four_letters_or_more() {
        let words = words();
        assert!(words.len() > 5000, "{} words", words.len());
        for pair in words.windows(2) {
            assert!(pair[0] < pair[1], "{} before {}", pair[0], pair[1]);
        }
        for w in words {
            assert!(w.len() >= 4, "{w}");
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
        }
    }

    #[test]
    fn common_words_in_any_case() {
        for w in ["while", "While", "WEST", "Life", "economy", "Past", "port"] {
            assert!(is_common_word(w), "{w}");
        }
    }

    #[test]
    fn names_and_misspellings_are_not_common_words() {
        for w in [
            "Wence",
            "Starmer",
            "Stamer",
            "Obama",
            "Comey",
            "Reublic",
            "Sourthern",
            "Welt",
            "Hang",
            "",
            "a",
            "wasn't",
            "Zelenskyy",
            "naïve",
        ] {
            assert!(!is_common_word(w), "{w}");
        }
    }
}
