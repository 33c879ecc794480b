//! Inputs for whosaid's benchmarks and tests, in one place so every crate measures the same
//! thing.
//!
//! - [`corpus`]: the texts of `../shared/corpus/reuters21578.jsonl` when the shared directory is
//!   present (read at run time; the texts are copyrighted and never copied into the
//!   repository), else a synthetic corpus of news-like sentences of about the same size.
//! - [`adversarial`]: inputs built to expose superlinear work, at any size.
//! - [`knowledge_base`]: a knowledge base of `n` invented persons in the DESIGN.md format.

use std::path::PathBuf;

/// Where the shared corpus is, from the workspace root.
pub fn shared() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"))
}

/// Which corpus [`corpus`] returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `../shared/corpus/reuters21578.jsonl`.
    Reuters,
    /// Generated sentences (the shared directory is absent).
    Synthetic,
}

/// The Reuters corpus's texts, or a synthetic corpus of about the same size.
pub fn corpus() -> (Source, Vec<String>) {
    let path = shared().join("corpus/reuters21578.jsonl");
    match std::fs::read_to_string(path) {
        Ok(all) => (
            Source::Reuters,
            all.lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| v["text"].as_str().map(str::to_owned))
                .collect(),
        ),
        Err(_) => (Source::Synthetic, synthetic(19_000)),
    }
}

/// `n` news-like documents of about 900 bytes, varied so that no two are the same.
pub fn synthetic(n: usize) -> Vec<String> {
    const NAMES: &[&str] = &[
        "Marco Rubio",
        "Keith Kellogg",
        "Olaf Scholz",
        "Ursula von der Leyen",
    ];
    const OUTLETS: &[&str] = &["Reuters", "The Washington Post", "Bloomberg", "Interfax"];
    (0..n)
        .map(|i| {
            let name = NAMES[i % NAMES.len()];
            let outlet = OUTLETS[(i / 4) % OUTLETS.len()];
            let surname = name.rsplit(' ').next().unwrap_or(name);
            format!(
                "TALKS STALL ON DAY {i}\n\n\
                 \"We will not retreat,\" said an official familiar with the talks, who spoke on \
                 condition of anonymity. {name} told {outlet} that prices rose {}.{} pct in the \
                 quarter, according to the U.S. Commerce Department.\n\n\
                 {surname} added that the figures were \"better than expected\" and that the \
                 government would publish more data on Monday, citing officials close to the \
                 matter. The company said in a statement it expected sales of {} mln dlrs.\n\n\
                 Analysts said the market had already priced in the rise. \"It is not a \
                 surprise,\" one trader said.\n",
                i % 10,
                i % 7,
                100 + i % 900
            )
        })
        .collect()
}

/// The adversarial inputs of the benchmarks, by name.
pub const ADVERSARIAL: &[&str] = &[
    "one-paragraph",
    "quotes",
    "capitalised-names",
    "nested-attributions",
    "nested-quotes",
    "near-names",
];

/// An input of about `bytes` bytes built to find superlinear work:
/// - `one-paragraph`: a single paragraph of cues and clauses (no blank line, no newline);
/// - `quotes`: quotation marks only, straight and curly, unbalanced;
/// - `capitalised-names`: one line of capitalised names;
/// - `nested-attributions`: attributions reported through attributions, without end;
/// - `nested-quotes`: quotes opened inside quotes, never closed;
/// - `near-names`: thousands of distinct surnames, each written twice with a first name and
///   then once more with one letter changed after another first name, so that every changed
///   one is a misspelling candidate of `name/misspelled`.
pub fn adversarial(kind: &str, bytes: usize) -> String {
    if kind == "near-names" {
        return near_names(bytes);
    }
    let unit = match kind {
        "one-paragraph" => "The minister said that talks would resume, he said. ",
        "quotes" => "\"a\" “b ‘c \"",
        "capitalised-names" => "Marco Rubio Keith Kellogg Donald Trump Vance Wence ",
        "nested-attributions" => {
            "Smith said, according to officials familiar with the matter, citing sources close \
             to him, that Jones told Reuters that "
        }
        "nested-quotes" => "“He said ‘she said “",
        _ => panic!("unknown adversarial input {kind}"),
    };
    unit.repeat(bytes / unit.len() + 1)
}

/// `near-names` of [`adversarial`]: surnames of four syllables counted out in base 16, so no
/// two are alike, each followed by a variant with its third vowel changed.
fn near_names(bytes: usize) -> String {
    const CONSONANTS: &[u8; 16] = b"bcdfghklmnprstvz";
    const VOWELS: &[u8; 5] = b"aeiou";
    let mut out = String::with_capacity(bytes + 200);
    let mut i = 0usize;
    while out.len() < bytes {
        let mut surname = String::new();
        for k in 0..4 {
            let c = CONSONANTS[(i >> (4 * k)) & 15];
            surname.push(char::from(if k == 0 { c.to_ascii_uppercase() } else { c }));
            surname.push(char::from(VOWELS[(i + k) % 5]));
        }
        let mut variant = surname.clone().into_bytes();
        variant[5] = VOWELS[(i + 3) % 5];
        let variant = String::from_utf8(variant).unwrap_or_default();
        out.push_str(&format!(
            "Anna {surname} said the talks went well. Later Anna {surname} spoke again.\n\n\
             Bob {variant} disagreed.\n\n"
        ));
        i += 1;
    }
    out
}

/// A knowledge base of `n` invented persons (each with an alias and a dated role) in the
/// DESIGN.md TOML format, with `as_of`.
pub fn knowledge_base(n: usize) -> String {
    let mut out = String::with_capacity(n * 160);
    out.push_str("as_of = \"2025-10-31\"\n");
    for i in 0..n {
        let first = ["Anna", "Boris", "Chen", "Dara", "Emil"][i % 5];
        let last = format!("Testperson{i}");
        out.push_str(&format!(
            "\n[[person]]\nid = \"p{i}\"\nname = \"{first} {last}\"\naliases = [\"{}. {last}\"]\n\
             [[person.role]]\ntitle = \"Minister of Tests\"\nof = \"Country{}\"\nfrom = \"2020-01-01\"\n",
            &first[..1],
            i % 200
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adversarial_inputs_have_their_size() {
        for kind in ADVERSARIAL {
            let text = adversarial(kind, 10_000);
            assert!(text.len() >= 10_000 && text.len() < 10_200, "{kind}");
        }
    }

    #[test]
    fn synthetic_documents_differ() {
        let docs = synthetic(10);
        assert_eq!(docs.len(), 10);
        assert!(docs.windows(2).all(|w| w[0] != w[1]));
    }

    #[test]
    fn knowledge_base_has_n_persons() {
        let kb = knowledge_base(3);
        assert_eq!(kb.matches("[[person]]").count(), 3);
    }
}
