//! English words that news writes in lowercase: a capitalised one is a word at the start of a
//! sentence or in a name (`While`, `West`, `Life`), not a misspelled surname.
//!
//! The list (`common_words.txt`, words of four letters or more) is made by
//! `scripts/common_words.py`: the words written in lowercase in at least two of three news
//! corpora of different decades and countries. Only the words are kept.
//!
//! Also the most common US surnames (`common_surnames.txt`, `scripts/common_surnames.py`): a
//! real surname that common after a known first name is another person's (`John Kerr`).

use std::cmp::Ordering;

/// The list's text: one lowercase word per line, sorted, after a comment line.
const LIST: &str = include_str!("common_words.txt");

/// The most common US surnames, lowercase, sorted, after a comment line.
const SURNAMES: &str = include_str!("common_surnames.txt");

/// The words of [`LIST`]: its lines after the comment line, sorted, one word each.
fn body() -> &'static [u8] {
    body_of(LIST)
}

/// The lines of `list` after its comment line.
fn body_of(list: &'static str) -> &'static [u8] {
    let bytes = list.as_bytes();
    match list.strip_prefix('#') {
        Some(rest) => rest.find('\n').map_or(&[][..], |k| &bytes[1 + k + 1..]),
        None => bytes,
    }
}

/// True when `word` is a line of `body` (sorted lines, no empty one): a binary search on the
/// text itself, each step reading the line around the middle byte. No list of the words is
/// built: a process asks a few hundred questions at most (only a word with a candidate
/// misspelling is asked about), and building one cost more than all of them.
fn is_line(body: &[u8], word: &[u8]) -> bool {
    // `lo` is the start of a line, `hi` the end of the part left (a line's end or the text's).
    let (mut lo, mut hi) = (0, body.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = body[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |k| lo + k + 1);
        let end = body[start..hi]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(hi, |k| start + k);
        match body[start..end].cmp(word) {
            Ordering::Equal => return true,
            Ordering::Less => lo = (end + 1).min(hi),
            Ordering::Greater => hi = start,
        }
    }
    false
}

/// True when `word`, in any case, is a common English word of the list: `While`, `west`.
pub fn is_common_word(word: &str) -> bool {
    // The list holds ASCII words of 4 to 32 letters: anything else is not in it.
    (4..=32).contains(&word.len()) && is_listed(body(), word)
}

/// True when `word`, in any case, is one of the 5,000 most common US surnames (1990 Census,
/// `scripts/common_surnames.py`): `Kerr`, `Johnston`. A real name that common is no slip of a
/// famous person's, whatever first name comes before it.
pub fn is_common_surname(word: &str) -> bool {
    is_listed(body_of(SURNAMES), word)
}

/// True when `word` (ASCII letters, up to 32) lowercased is a line of `body`.
fn is_listed(body: &[u8], word: &str) -> bool {
    if word.len() > 32 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let mut buf = [0u8; 32];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    is_line(body, lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of the list, as a list.
    fn words() -> Vec<&'static str> {
        LIST.lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    }

    #[test]
    fn the_body_is_the_list_of_words() {
        let body = std::str::from_utf8(body()).unwrap();
        assert_eq!(body.lines().collect::<Vec<_>>(), words());
        assert!(!body.starts_with('#') && !body.contains("\n\n"));
    }

    #[test]
    fn the_search_of_the_text_agrees_with_a_search_of_the_list() {
        let words = words();
        let mut asked: Vec<String> = Vec::new();
        for w in &words {
            asked.push((*w).to_owned());
            asked.push(format!("{w}s"));
            asked.push(w[..w.len() - 1].to_owned());
            asked.push(format!("a{w}"));
        }
        asked.extend(["", "a", "aaaa", "zzzzzz", "abandon", "zone", "zones"].map(String::from));
        for w in &asked {
            let want = words.binary_search(&w.as_str()).is_ok();
            assert_eq!(is_line(body(), w.as_bytes()), want, "{w}");
        }
        // The first and the last word, and a text of one line without its end.
        assert!(is_line(body(), words[0].as_bytes()));
        assert!(is_line(body(), words[words.len() - 1].as_bytes()));
        assert!(is_line(b"abc", b"abc") && !is_line(b"abc", b"abd") && !is_line(b"", b"a"));
        assert!(is_line(b"abc\nabd\n", b"abd") && !is_line(b"abc\nabd\n", b""));
    }

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
    fn common_surnames_in_any_case_and_not_the_rare_ones() {
        for w in ["Kerr", "JOHNSTON", "smith", "Reagan", "Regan", "Vance"] {
            assert!(is_common_surname(w), "{w}");
        }
        for w in [
            "Kerin", "Stamer", "Wence", "Starmer", "Peskoff", "", "Ker r", "O'Brien",
        ] {
            assert!(!is_common_surname(w), "{w}");
        }
        let body = std::str::from_utf8(body_of(SURNAMES)).unwrap();
        let names: Vec<&str> = body.lines().collect();
        assert_eq!(names.len(), 5000);
        for pair in names.windows(2) {
            assert!(pair[0] < pair[1], "{} before {}", pair[0], pair[1]);
        }
        assert!(names.iter().all(|w| is_common_surname(w)));
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
