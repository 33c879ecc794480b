//! Offices written before a name: `U.S. Vice President Wence`, `Russian Foreign Minister
//! Lavrov`, `President of Ukraine Volodymyr Zelensky`. Only an office with its jurisdiction
//! identifies one holder on a date; a bare `President` (of a company, of a club) does not.

/// An office and the country (or body) it belongs to, as the knowledge base names them (none
/// for an office written without one: [`bare_office`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Office {
    pub title: &'static str,
    pub of: String,
    /// How many words before the name the office phrase starts.
    pub words: usize,
}

impl Office {
    /// True when no jurisdiction is written ([`bare_office`]): any country's holder of the
    /// title may be meant.
    pub fn is_bare(&self) -> bool {
        self.of.is_empty()
    }
}

/// Titles of offices that one person holds at a time, as written (last word last).
const TITLES: &[(&[&str], &str)] = &[
    (&["Vice", "President"], "Vice President"),
    (&["Vice-President"], "Vice President"),
    (&["President"], "President"),
    (&["Prime", "Minister"], "Prime Minister"),
    (&["Premier"], "Prime Minister"),
    (&["Chancellor"], "Chancellor"),
    (&["Foreign", "Minister"], "Foreign Minister"),
    (&["Foreign", "Secretary"], "Foreign Minister"),
    (&["Secretary", "of", "State"], "Secretary of State"),
    (&["Defense", "Minister"], "Defence Minister"),
    (&["Defence", "Minister"], "Defence Minister"),
    (&["Defense", "Secretary"], "Secretary of Defense"),
    (&["Treasury", "Secretary"], "Treasury Secretary"),
    (&["Secretary-General"], "Secretary-General"),
    (&["Secretary", "General"], "Secretary-General"),
];

/// True when `word` is the last word of one of [`TITLES`]: an office can be read only from
/// words that end with one.
#[inline]
pub(crate) fn ends_title(word: &str) -> bool {
    matches!(
        word,
        "President"
            | "Vice-President"
            | "Minister"
            | "Premier"
            | "Chancellor"
            | "Secretary"
            | "State"
            | "Secretary-General"
            | "General"
    )
}

/// Adjectives and short forms of jurisdictions, and the names the knowledge base uses.
const JURISDICTIONS: &[(&str, &str)] = &[
    ("U.S.", "United States"),
    ("US", "United States"),
    ("American", "United States"),
    ("Russian", "Russia"),
    ("Ukrainian", "Ukraine"),
    ("Ukraine's", "Ukraine"),
    ("British", "United Kingdom"),
    ("UK", "United Kingdom"),
    ("U.K.", "United Kingdom"),
    ("French", "France"),
    ("German", "Germany"),
    ("Chinese", "China"),
    ("Indian", "India"),
    ("Japanese", "Japan"),
    ("Turkish", "Turkey"),
    ("Italian", "Italy"),
    ("Canadian", "Canada"),
    ("Brazilian", "Brazil"),
    ("Polish", "Poland"),
    ("Israeli", "Israel"),
    ("Saudi", "Saudi Arabia"),
    ("Australian", "Australia"),
    ("Mexican", "Mexico"),
    ("Argentine", "Argentina"),
    ("Indonesian", "Indonesia"),
    ("South African", "South Africa"),
    ("South Korean", "South Korea"),
    ("NATO", "NATO"),
    ("UN", "United Nations"),
    ("U.N.", "United Nations"),
];

/// How many words each of [`JURISDICTIONS`] has (one more than its spaces), counted once
/// when compiling rather than for every jurisdiction of every office read.
const JURISDICTION_WORDS: [usize; JURISDICTIONS.len()] = {
    let mut counts = [1; JURISDICTIONS.len()];
    let mut i = 0;
    while i < JURISDICTIONS.len() {
        let bytes = JURISDICTIONS[i].0.as_bytes();
        let mut k = 0;
        while k < bytes.len() {
            if bytes[k] == b' ' {
                counts[i] += 1;
            }
            k += 1;
        }
        i += 1;
    }
    counts
};

/// Words that make an office no claim about its present holder.
const NOT_CURRENT: &[&str] = &[
    "former", "ex", "then", "late", "acting", "outgoing", "incoming", "interim", "deputy",
];

/// True when `word` is one of [`NOT_CURRENT`] in any ASCII case: compared in place, not
/// through a lowercase copy of every word read before an office.
fn is_not_current(word: &str) -> bool {
    NOT_CURRENT.iter().any(|n| word.eq_ignore_ascii_case(n))
}

/// True when the words `tail` read as `adj` (words joined by a space, as in
/// [`JURISDICTIONS`]) when joined by spaces, a period ending either aside (`U.S` / `U.S.`):
/// word by word, the last one without its periods, rather than through a joined copy of
/// the words for every jurisdiction. `tail` has as many words as `adj`, none empty and none
/// with a space (the words of the prose).
fn reads_as(tail: &[&str], adj: &str) -> bool {
    // Every jurisdiction starts with a letter: a word that starts otherwise reads as none,
    // and most words are told apart by their first byte.
    if tail.first().map(|w| w.as_bytes().first()) != Some(adj.as_bytes().first()) {
        return false;
    }
    let n = tail.len();
    tail.iter()
        .zip(adj.split(' '))
        .enumerate()
        .all(|(k, (w, a))| {
            if k + 1 == n {
                w.trim_end_matches('.') == a.trim_end_matches('.')
            } else {
                *w == a
            }
        })
}

/// A jurisdiction as it reads after `of`: `the United States`, `Russia`.
pub fn place(of: &str) -> String {
    if of.starts_with("United ") || of == "Netherlands" {
        format!("the {of}")
    } else {
        of.to_owned()
    }
}

/// The office in `before` (the words before a name, nearest last), when it names its
/// jurisdiction.
pub fn office(before: &[&str]) -> Option<Office> {
    // Most capitalised words follow no title: answered by one comparison of the last word
    // rather than by comparing every title.
    if !before.last().is_some_and(|w| ends_title(w)) {
        return None;
    }
    for (words, title) in TITLES {
        if before.len() < words.len() || &before[before.len() - words.len()..] != *words {
            continue;
        }
        let rest = &before[..before.len() - words.len()];
        // `U.S. Vice President`, `South Korean President`.
        let adjective = JURISDICTIONS
            .iter()
            .zip(JURISDICTION_WORDS)
            .find(|&(&(adj, _), n)| rest.len() >= n && reads_as(&rest[rest.len() - n..], adj))
            .map(|(jurisdiction, _)| jurisdiction);
        // Else the capitalised words right before the office, as the knowledge base may name
        // the jurisdiction (`Bulgaria's Foreign Minister`): the knowledge base's holders
        // decide, and an unknown place has none.
        let (of, n): (String, usize) = match adjective {
            Some((adj, of)) => ((*of).to_owned(), adj.split(' ').count()),
            None => {
                let n = rest
                    .iter()
                    .rev()
                    .take(3)
                    .take_while(|w| {
                        w.chars().next().is_some_and(char::is_uppercase)
                            && !TITLES.iter().any(|(t, _)| t.contains(w))
                            && !is_not_current(w)
                            && !super::is_opener(w)
                    })
                    .count();
                if n == 0 {
                    continue;
                }
                (rest[rest.len() - n..].join(" "), n)
            }
        };
        let used = words.len() + n;
        let preceding = before.len().checked_sub(used + 1).map(|i| before[i]);
        if preceding.is_some_and(|p| is_not_current(p.trim_end_matches('-'))) {
            return None;
        }
        return Some(Office {
            title,
            of,
            words: used,
        });
    }
    None
}

/// The office in `before` written without its jurisdiction (`Vice President Wence`, `Prime
/// Minister Starmar`, `… said President Trump`), when nothing before the title may name a
/// jurisdiction or a body ([`office`] reads those: `U.S. Vice President`, `Acme Vice
/// President`) or make it no claim about a present holder (`former`, `then-`). The word
/// before may be lowercase (`said`, `the`) or a word that opens sentences (`But`, `Later`).
/// Such an office may be any country's: the holders of the title anywhere decide
/// ([`Office::of`] is empty).
pub fn bare_office(before: &[&str]) -> Option<Office> {
    if !before.last().is_some_and(|w| ends_title(w)) {
        return None;
    }
    let (words, title) = TITLES.iter().find(|(words, _)| before.ends_with(words))?;
    let rest = &before[..before.len() - words.len()];
    let free = rest.last().is_none_or(|prev| {
        let lowercase_word = prev.bytes().all(|b| b.is_ascii_lowercase());
        (lowercase_word || super::is_opener(prev)) && !is_not_current(prev)
    });
    free.then(|| Office {
        title,
        of: String::new(),
        words: words.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words before a name, and the office they make (title, jurisdiction).
    type Case = (
        &'static [&'static str],
        Option<(&'static str, &'static str)>,
    );

    #[test]
    fn ends_title_is_the_last_words_of_the_titles() {
        for (words, _) in TITLES {
            assert!(ends_title(words.last().expect("a title has a word")));
        }
        for word in [
            "President",
            "Vice-President",
            "Minister",
            "Premier",
            "Chancellor",
            "Secretary",
            "State",
            "Secretary-General",
            "General",
        ] {
            assert!(ends_title(word));
            assert!(TITLES.iter().any(|(w, _)| w.last() == Some(&word)));
        }
        for word in ["Vice", "Foreign", "of", "Lavrov", "president", ""] {
            assert!(!ends_title(word), "{word}");
            assert_eq!(office(&["U.S.", word]), None);
        }
    }

    #[test]
    fn jurisdictions_start_with_a_letter_and_are_counted_in_words() {
        for ((adj, _), n) in JURISDICTIONS.iter().zip(JURISDICTION_WORDS) {
            assert!(adj.as_bytes()[0].is_ascii_alphabetic(), "{adj}");
            assert_eq!(adj.split(' ').count(), n, "{adj}");
        }
    }

    #[test]
    fn jurisdictions_read_word_by_word_as_joined() {
        for (adj, _) in JURISDICTIONS {
            let n = adj.split(' ').count();
            for tail in [
                vec!["U.S."],
                vec!["U.S"],
                vec!["US."],
                vec!["U.N.."],
                vec!["South", "African"],
                vec!["South", "African."],
                vec!["South.", "African"],
                vec!["North", "Korean"],
                vec!["Russian"],
                vec!["Ukraine's"],
                vec!["NATO"],
                vec!["nato"],
                vec![".US"],
                vec![""],
                vec!["", "African"],
            ] {
                if tail.len() != n {
                    continue;
                }
                let joined = tail.join(" ").trim_end_matches('.') == adj.trim_end_matches('.');
                assert_eq!(reads_as(&tail, adj), joined, "{tail:?} {adj}");
            }
        }
        for word in ["former", "Former", "EX", "Deputy", "formerly", "", "ex-"] {
            let old = NOT_CURRENT.contains(&word.to_ascii_lowercase().as_str());
            assert_eq!(is_not_current(word), old, "{word}");
        }
    }

    #[test]
    fn offices_with_their_jurisdiction() {
        let cases: &[Case] = &[
            (
                &["U.S.", "Vice", "President"],
                Some(("Vice President", "United States")),
            ),
            (
                &["Russian", "Foreign", "Minister"],
                Some(("Foreign Minister", "Russia")),
            ),
            (&["the", "Vice", "President"], None),
            (
                &["Bulgaria", "Foreign", "Minister"],
                Some(("Foreign Minister", "Bulgaria")),
            ),
            (&["former", "U.S.", "Vice", "President"], None),
            (&["President"], None),
            (
                &["U.S.", "Secretary", "of", "State"],
                Some(("Secretary of State", "United States")),
            ),
        ];
        for (before, want) in cases {
            let got = office(before);
            let got = got.as_ref().map(|o| (o.title, o.of.as_str()));
            assert_eq!(got, *want, "{before:?}");
        }
    }
}
