//! Recall of `name/misspelled` on real news with injected misspellings.
//!
//! From the Reuters corpus of `../shared/corpus` (skipped with a message when it is absent), take
//! articles in which a person's surname (as the resolver finds people) is written at least three
//! times; misspell one mention that is not the first, in one of four ways (a keyboard slip, a
//! doubled letter, a transliteration swap, a sound-alike vowel), and check that the rule finds
//! it at that place with the right spelling suggested first. Only the texts made at test time
//! are read; nothing of the corpus is stored.

use std::path::Path;

use whosaid_chain::{resolve, Options};
use whosaid_check::rules::name_misspelled::NameMisspelled;
use whosaid_check::{Context, Rule};
use whosaid_core::{EntityKind, Span};
use whosaid_kb::{Date, Kb};

/// Floors: the rates measured (89.5% found, 89.5% with the right spelling first, 400
/// injections), minus two points. They were 91.5% when this test was written and 90.8% before
/// the rule stopped taking common words (`Gold`, `Hell`, `Role` injected for `Gould`, `Hall`,
/// `Rule`) and the first word of another name (`Smiith Barney` for `Smith`) for slips: on real
/// articles those were false alarms nine times in ten (`While` for `White`, `Corey` for
/// `Comey`).
const FOUND_FLOOR: f64 = 0.875;
const FIRST_FLOOR: f64 = 0.875;
const ARTICLES: usize = 400;

/// Keys next to each other on a QWERTY keyboard.
fn neighbour(c: char) -> Option<char> {
    const ROWS: [&str; 3] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    for row in ROWS {
        if let Some(i) = row.find(c) {
            let row: Vec<char> = row.chars().collect();
            return Some(if i + 1 < row.len() {
                row[i + 1]
            } else {
                row[i - 1]
            });
        }
    }
    None
}

/// The `k`-th kind of misspelling of `name` (lowercase letters only are changed).
fn misspell(name: &str, k: usize) -> Option<String> {
    let chars: Vec<char> = name.chars().collect();
    if chars.len() < 4 || !chars.iter().all(|c| c.is_alphabetic()) {
        return None;
    }
    let mid = chars.len() / 2;
    let mut out = chars.clone();
    match k % 4 {
        // A keyboard slip in the middle.
        0 => out[mid] = neighbour(out[mid].to_ascii_lowercase())?,
        // A doubled letter.
        1 => out.insert(mid, out[mid]),
        // A transliteration swap, else a dropped letter.
        2 => {
            let swap = out
                .iter()
                .position(|&c| matches!(c, 'v' | 'w' | 'i' | 'y' | 'k'));
            match swap {
                Some(i) if i > 0 => {
                    out[i] = match out[i] {
                        'v' => 'w',
                        'w' => 'v',
                        'i' => 'y',
                        'y' => 'i',
                        _ => 'c',
                    }
                }
                _ => {
                    out.remove(mid);
                }
            }
        }
        // A sound-alike vowel.
        _ => {
            let i = (1..out.len()).find(|&i| "aeiou".contains(out[i]))?;
            out[i] = match out[i] {
                'a' => 'e',
                'e' => 'a',
                'i' => 'e',
                'o' => 'u',
                _ => 'o',
            };
        }
    }
    let s: String = out.into_iter().collect();
    (s != name).then_some(s)
}

#[test]
#[allow(clippy::print_stderr)] // the rates are the report of this test
fn injected_misspellings_are_found() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/reuters21578.jsonl");
    let Ok(corpus) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is absent", path.display());
        return;
    };
    let kb = Kb::builtin();
    let date = Date::new(1987, 6, 1);
    let (mut tried, mut found, mut first) = (0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for line in corpus.lines() {
        if tried >= ARTICLES {
            break;
        }
        let Some(text) = line.split("\"text\": \"").nth(1) else {
            continue;
        };
        let Ok(text) = serde_json_unescape(text) else {
            continue;
        };
        // The people of the article, and a surname written three times or more.
        let doc = whosaid_text::plain(text.clone());
        let parsed = whosaid_parse::parse(&doc);
        let resolved = resolve(
            &doc,
            &parsed.attributions,
            &Options {
                kb,
                publisher: Some("Reuters"),
            },
        );
        let Some((surname, spans)) = resolved
            .entities
            .iter()
            // A person named in full somewhere (`Paul Volcker`): the surname is a person's.
            .filter(|e| e.kind == EntityKind::Person && e.name.split_whitespace().count() >= 2)
            .filter_map(|e| e.name.split_whitespace().last())
            .map(|s| (s, word_spans(&text, s)))
            // A surname, not a word the article also uses in lowercase (`Republican`,
            // `Tobacco` in a misread name).
            .filter(|(s, _)| word_spans(&text, &s.to_lowercase()).is_empty())
            .find(|(s, spans)| spans.len() >= 3 && s.chars().count() >= 4)
        else {
            continue;
        };
        let target = spans[1];
        let Some(wrong) = misspell(surname, tried) else {
            continue;
        };
        tried += 1;
        let mut injected = text.clone();
        injected.replace_range(target.start..target.end, &wrong);
        let at = Span::new(target.start, target.start + wrong.len());
        let doc = whosaid_text::plain(injected.clone());
        let parsed = whosaid_parse::parse(&doc);
        let resolved = resolve(
            &doc,
            &parsed.attributions,
            &Options {
                kb,
                publisher: Some("Reuters"),
            },
        );
        let cx = Context::new(
            &doc,
            &parsed.attributions,
            &parsed.problems,
            &resolved,
            kb,
            date,
        );
        let mut out = Vec::new();
        NameMisspelled.check(&cx, &mut out);
        match out.iter().find(|f| f.span == at) {
            Some(f) => {
                found += 1;
                if f.suggestion.as_deref() == Some(surname) {
                    first += 1;
                } else {
                    misses.push(format!(
                        "{wrong}: suggested {:?} for {surname}",
                        f.suggestion
                    ));
                }
            }
            None => misses.push(format!("{wrong} (for {surname}) not found")),
        }
    }
    let rate = |n: usize| n as f64 / tried.max(1) as f64;
    for m in misses.iter().take(40) {
        eprintln!("{m}");
    }
    eprintln!(
        "{tried} injected: {found} found ({:.1}%), right spelling first {first} ({:.1}%)",
        100.0 * rate(found),
        100.0 * rate(first)
    );
    assert!(tried >= 100, "too few articles qualified: {tried}");
    assert!(
        rate(found) >= FOUND_FLOOR,
        "found {:.3} below {FOUND_FLOOR}",
        rate(found)
    );
    assert!(
        rate(first) >= FIRST_FLOOR,
        "first {:.3} below {FIRST_FLOOR}",
        rate(first)
    );
}

/// Whole-word occurrences of `word` in `text`.
fn word_spans(text: &str, word: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(word) {
        let at = from + i;
        from = at + word.len();
        let before = text[..at].chars().next_back();
        let after = text[from..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            out.push(Span::new(at, from));
        }
    }
    out
}

/// The JSON string that starts `rest` (up to its closing quote), unescaped.
fn serde_json_unescape(rest: &str) -> Result<String, serde_json::Error> {
    let mut end = 0;
    let bytes = rest.as_bytes();
    while end < bytes.len() {
        match bytes[end] {
            b'\\' => end += 2,
            b'"' => break,
            _ => end += 1,
        }
    }
    serde_json::from_str(&format!("\"{}\"", &rest[..end.min(rest.len())]))
}
