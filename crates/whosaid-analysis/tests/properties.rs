//! Property tests of the whole analysis: report spans are slices of the text, output is
//! deterministic, and suppression comments are idempotent.

mod common;

use std::str::FromStr;

use proptest::prelude::*;
use whosaid_analysis::{Analyzer, Article, Date};

/// Sentences that give attributions and findings of most rules.
const SENTENCES: &[&str] = &[
    "According to Russian media reports, the talks failed.",
    "\"We will discuss a full ceasefire first, the official said.",
    "U.S. Vice President Wence said the talks would go on.",
    "An official said the deal was close.",
    "He said it was over.",
    "The publication writes that the talks stalled.",
    "\"This is a long quote with nobody named as its speaker.\"",
    "UNN reported that the meeting ended.",
    "Experts believe the plan will fail.",
    "The Washington Post reported, citing its own sources, that the talks would resume.",
    "A European official told Reuters that Rubio had left.",
    "Marco Rubio wrote on Twitter that the talks were over.",
    "Sources say the envoy will travel to Moscow.",
    "“It is too early,” said Kaja Kallas.",
    "The newspaper added that nothing was signed.",
];

/// Pieces of text and markup for arbitrary documents.
const PIECES: &[&str] = &[
    "\"",
    "“",
    "”",
    "'",
    "’",
    "«",
    "»",
    " said ",
    " told ",
    "according to ",
    "He",
    "the official",
    "Reuters",
    ", ",
    ". ",
    "\n",
    "\n\n",
    "*",
    "_",
    "[",
    "](x)",
    "<p>",
    "</p>",
    "&amp;",
    "&ldquo;",
    "&",
    "<",
    "# ",
    "> ",
    "- ",
    "`",
    "<!--",
    "-->",
    "---\n",
    "é",
    "😀",
    "\u{a0}",
    "Київ",
    "U.S. ",
    "Mr. ",
];

fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(SENTENCES).prop_map(|s| format!("{s} ")),
            4 => prop::sample::select(PIECES).prop_map(str::to_owned),
            1 => "\\PC{0,12}",
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

fn analyzer() -> Analyzer<'static> {
    Analyzer::new()
        .publisher("UNN")
        .date(Date::from_str("2025-04-23").expect("a date"))
}

fn json(article: &Article) -> String {
    serde_json::to_string(article).expect("serializes")
}

/// 96 cases a property in a test run, or `PROPTEST_CASES` of them for a longer hunt
/// (`PROPTEST_CASES=5000 cargo test --release -p whosaid-analysis --test properties`).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(96)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// Every span of the whole report (attributions, entities, chains, problems, findings and
    /// their related spans) is inside the text, on char boundaries, and shows its slice.
    #[test]
    fn report_spans_are_slices(text in article_text()) {
        let analyzer = analyzer();
        for name in ["a.txt", "a.md", "a.html"] {
            let article = analyzer.analyze_str(name, &text);
            if let Err(message) = common::checked_report(&article) {
                prop_assert!(false, "{name}: {message}");
            }
        }
    }

    /// The same text gives the same JSON and YAML byte for byte: twice with one analyzer and
    /// once more with a new one.
    #[test]
    fn output_is_deterministic(text in article_text()) {
        for name in ["a.txt", "a.md", "a.html"] {
            let first = analyzer().analyze_str(name, &text);
            let again = analyzer().analyze_str(name, &text);
            let shared = analyzer();
            let third = shared.analyze_str(name, &text);
            prop_assert_eq!(json(&first), json(&again));
            prop_assert_eq!(json(&first), json(&third));
            prop_assert_eq!(first.to_yaml(), again.to_yaml());
            prop_assert_eq!(first.digest(), third.digest());
        }
    }

    /// A `whosaid-disable-next-line` comment naming the rules of every finding before each
    /// line that has one leaves only `suppression/*` findings; doing it again adds nothing.
    #[test]
    fn suppression_is_idempotent(
        sentences in prop::collection::vec(prop::sample::select(SENTENCES), 1..12)
    ) {
        // One sentence a paragraph, so a comment line before one changes no paragraph.
        let text = sentences.join("\n\n") + "\n";
        let analyzer = analyzer();
        let first = analyzer.analyze_str("a.md", &text);
        let once = suppress_all(&first);
        let suppressed = analyzer.analyze_str("a.md", &once);
        let left: Vec<&str> = suppressed
            .findings()
            .iter()
            .map(|f| f.rule.as_str())
            .filter(|rule| !rule.starts_with("suppression/"))
            .collect();
        prop_assert!(left.is_empty(), "left {:?} in\n{}", left, once);
        let unused: Vec<&str> = suppressed
            .findings()
            .iter()
            .filter(|f| f.rule == "suppression/unused")
            .map(|f| f.message.as_str())
            .collect();
        prop_assert!(unused.is_empty(), "unused directives {:?} in\n{}", unused, once);
        let twice = suppress_all(&suppressed);
        prop_assert_eq!(&twice, &once);
        let again = analyzer.analyze_str("a.md", &twice);
        prop_assert_eq!(json(&again), json(&suppressed));
    }
}

/// The text with `<!-- whosaid-disable-next-line RULES -->` before every line on which a
/// finding (other than `suppression/*`, which comments cannot suppress) starts.
fn suppress_all(article: &Article) -> String {
    let text = &article.doc.text;
    let mut by_line: std::collections::BTreeMap<usize, Vec<&str>> = Default::default();
    for finding in article.findings() {
        if finding.rule.starts_with("suppression/") {
            continue;
        }
        let line_start = text[..finding.span.start].rfind('\n').map_or(0, |i| i + 1);
        let rules = by_line.entry(line_start).or_default();
        if !rules.contains(&finding.rule.as_str()) {
            rules.push(&finding.rule);
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (line_start, rules) in by_line {
        out.push_str(&text[at..line_start]);
        out.push_str(&format!(
            "<!-- whosaid-disable-next-line {} -->\n",
            rules.join(", ")
        ));
        at = line_start;
    }
    out.push_str(&text[at..]);
    out
}

/// The property above is not vacuous: the sentences give findings of several rules, and
/// suppressing them all leaves none.
#[test]
fn suppression_of_known_findings() {
    let text = SENTENCES.join("\n\n") + "\n";
    let analyzer = analyzer();
    let first = analyzer.analyze_str("a.md", &text);
    let mut rules: Vec<&str> = first.findings().iter().map(|f| f.rule.as_str()).collect();
    rules.dedup();
    assert!(rules.len() >= 4, "{rules:?}");
    let once = suppress_all(&first);
    assert!(
        once.contains("<!-- whosaid-disable-next-line source/vague"),
        "{once}"
    );
    let suppressed = analyzer.analyze_str("a.md", &once);
    assert_eq!(suppressed.findings(), &[], "{once}");
}
