//! One rule per file: a unit struct implementing [`Rule`](crate::Rule), documented in the fixed
//! sections (what it does, why it matters, example, known false positives) through
//! `declare_rule!`, which writes the sections both into the struct's doc comment and into its
//! `DOCS` constant, the text `whosaid explain` prints. Ids and default severities are in
//! [`crate::registry`].

use whosaid_core::{Attribution, Document, EntityKind, Finding, MentionClass, Span};

use crate::Context;

/// Declares a rule's unit struct with its documentation. The four sections become the struct's
/// doc comment and its `DOCS: Docs` constant, so rustdoc and `whosaid explain` show one text.
macro_rules! declare_rule {
    (
        $(#[$attr:meta])*
        pub struct $name:ident;
        what_it_does: $what:literal,
        why_it_matters: $why:literal,
        example: $example:literal,
        known_false_positives: $fp:literal $(,)?
    ) => {
        #[doc = concat!(
            "## What it does\n\n", $what,
            "\n\n## Why it matters\n\n", $why,
            "\n\n## Example\n\n", $example,
            "\n\n## Known false positives\n\n", $fp,
        )]
        $(#[$attr])*
        #[derive(Debug, Clone, Copy, Default)]
        pub struct $name;

        impl $name {
            /// The rule's documentation (the same text as this struct's doc comment).
            pub const DOCS: $crate::registry::Docs = $crate::registry::Docs {
                what_it_does: $what,
                why_it_matters: $why,
                example: $example,
                known_false_positives: $fp,
            };
        }
    };
}

pub mod chain_anonymous_origin;
pub mod chain_circular;
pub mod chain_self_citation;
pub mod name_inconsistent_title;
pub mod name_misspelled;
pub mod name_title_mismatch;
pub mod quote_unattributed;
pub mod quote_unclosed;
pub mod source_anonymous;
pub mod source_anonymous_unexplained;
pub mod source_unresolved;
pub mod source_vague;
pub mod suppression_unknown_rule;
pub mod suppression_unused;

/// A finding of rule `id` at its default severity, with no suggestion and no related spans.
pub(crate) fn finding(id: &str, span: Span, message: String) -> Finding {
    Finding {
        rule: id.to_owned(),
        severity: crate::registry::default_severity(id),
        span,
        message,
        suggestion: None,
        related: Vec::new(),
    }
}

/// True when `source` is a share of a poll's respondents: a word of quantity before any `of`
/// (`Twenty-four percent`, `Nearly half`, `a strong majority of Democratic voters`), or a
/// count out of ten (`six in 10 voters`, `Four in ten Americans`).
pub(crate) fn is_share(source: &str) -> bool {
    let words: Vec<&str> = source.split_whitespace().take(4).collect();
    let out_of_ten = words.windows(3).any(|w| {
        w[1].eq_ignore_ascii_case("in")
            && matches!(w[2].to_ascii_lowercase().as_str(), "10" | "ten")
    });
    out_of_ten
        || source
            .split_whitespace()
            .take_while(|w| !w.eq_ignore_ascii_case("of"))
            .any(|w| {
                let w = w.trim_end_matches([',', '.']);
                // (`per cent` is two words, the second a share's.)
                const SHARES: &[&str] = &[
                    "percent",
                    "cent",
                    "pct",
                    "majority",
                    "minority",
                    "plurality",
                    "half",
                    "third",
                    "thirds",
                    "quarter",
                    "quarters",
                    "fifth",
                    "fifths",
                ];
                w.ends_with('%') || SHARES.iter().any(|q| w.eq_ignore_ascii_case(q))
            })
}

/// True when `a` says what a thing shows inside the claim of a source the text names:
/// `Boesze said preliminary figures showed …`, `The arbitragers said tender offer documents show
/// …`, `he said an objective analysis of the accord showed …`. Its source is the evidence the
/// speaker cites, no source to name: the speaker vouches for it, and their own attribution is
/// checked as any other.
pub(crate) fn is_cited_evidence(cx: &Context<'_>, a: &Attribution) -> bool {
    let cue = a.cue.slice(&cx.doc.text);
    let evidence_cue = [
        "show",
        "shows",
        "showed",
        "shown",
        "indicate",
        "indicates",
        "indicated",
        "reveal",
        "reveals",
        "revealed",
        "suggest",
        "suggests",
        "suggested",
        "prove",
        "proves",
        "proved",
        "confirm",
        "confirms",
        "confirmed",
    ]
    .iter()
    .any(|w| cue.eq_ignore_ascii_case(w));
    let Some(parent) = a.parent else {
        return false;
    };
    let vouched = || {
        cx.attributions
            .binary_search_by_key(&parent, |p| p.id)
            .is_ok_and(|i| source_is_named(cx, i))
    };
    evidence_cue && a.source.as_ref().is_some_and(|s| is_evidence(&s.text)) && vouched()
}

/// True when the `i`th attribution's source resolves to someone named: no anonymous or vague
/// entity.
fn source_is_named(cx: &Context<'_>, i: usize) -> bool {
    cx.resolved
        .sources
        .get(i)
        .copied()
        .flatten()
        .is_some_and(|e| {
            !matches!(
                cx.resolved.entities[e.0 as usize].kind,
                EntityKind::Anonymous | EntityKind::Vague
            )
        })
}

/// True when `a`'s vague group is the sample of a poll or the data a named compiler gives
/// (`Analysts had expected a profit of $2.9 billion, according to a Bloomberg poll`, `…,
/// according to LSEG data`): the consensus is the compiler's, who is named and checkable, as a
/// poll's share of respondents is the poll's.
pub(crate) fn is_compiled_consensus(cx: &Context<'_>, a: &Attribution) -> bool {
    let Some(parent) = a.parent else {
        return false;
    };
    if !a
        .source
        .as_ref()
        .is_some_and(|s| s.class == MentionClass::Vague)
    {
        return false;
    }
    let Ok(i) = cx.attributions.binary_search_by_key(&parent, |p| p.id) else {
        return false;
    };
    let compiled = cx.attributions[i].source.as_ref().is_some_and(|s| {
        s.text.split_whitespace().any(|w| {
            matches!(
                w.trim_end_matches([',', '.']),
                "poll" | "polls" | "survey" | "surveys" | "consensus" | "data"
            )
        })
    });
    compiled && source_is_named(cx, i)
}

/// True when the head of the phrase `source` is a thing that shows (`preliminary figures`,
/// `an objective analysis of the accord`, `Results in the first few months`): the last word
/// before its first modifier.
fn is_evidence(source: &str) -> bool {
    let head = source
        .split_whitespace()
        // (Modifiers open in lowercase: matched as written, no lowercase copy per word.)
        .take_while(|w| {
            !matches!(
                *w,
                "of" | "in"
                    | "from"
                    | "by"
                    | "for"
                    | "on"
                    | "at"
                    | "made"
                    | "released"
                    | "published"
                    | "issued"
                    | "due"
                    | "that"
                    | "which"
                    | "who"
            )
        })
        .last()
        .map(|w| w.trim_end_matches([',', '.']).to_ascii_lowercase());
    head.is_some_and(|h| {
        whosaid_core::is_document_noun(&h)
            || matches!(
                h.as_str(),
                "results"
                    | "documents"
                    | "document"
                    | "records"
                    | "research"
                    | "analysis"
                    | "review"
                    | "evidence"
                    | "study"
                    | "studies"
                    | "poll"
                    | "polls"
                    | "tape"
                    | "video"
                    | "footage"
                    | "photos"
                    | "images"
                    | "findings"
                    | "calculations"
                    | "tests"
                    | "examination"
                    | "ballot"
                    | "reading"
                    | "numbers"
                    | "filings"
                    | "filing"
                    | "minutes"
                    | "transcript"
                    | "emails"
                    | "memo"
                    | "audit"
                    | "analyses"
            )
    })
}

/// The index of the paragraph that holds byte `offset`, if any (paragraphs are in order and
/// disjoint, so this is a binary search).
pub(crate) fn paragraph_at(doc: &Document, offset: usize) -> Option<usize> {
    let i = doc.paragraphs.partition_point(|p| p.span.end <= offset);
    doc.paragraphs
        .get(i)
        .filter(|p| p.span.start <= offset)
        .map(|_| i)
}

/// `text` on one line, cut to `max` characters with `…`, for messages.
pub(crate) fn excerpt(text: &str, max: usize) -> String {
    let flat = if is_flat(text) {
        text.to_owned()
    } else {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    if flat.chars().count() <= max {
        return flat;
    }
    let mut cut: String = flat.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// True when `text` is on one line already, as [`excerpt`] writes it: ASCII words separated
/// by single spaces (most sources are), read byte by byte rather than split and joined.
fn is_flat(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut after_space = true;
    for &b in bytes {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | 0x80.. => return false,
            _ => after_space = false,
        }
    }
    !after_space || bytes.is_empty()
}

/// Runs rules on short texts, through the same pipeline as the CLI.
#[cfg(test)]
pub(crate) mod test {
    use whosaid_core::Finding;
    use whosaid_kb::{Date, Kb};

    use crate::{Context, Rule};

    /// Reads `text` (as Markdown when `markdown`), parses, resolves with the built-in
    /// knowledge base and `publisher`, and calls `f` with the context of 2025-04-23.
    pub fn with_context<R>(
        text: &str,
        markdown: bool,
        publisher: Option<&str>,
        f: impl FnOnce(&Context<'_>) -> R,
    ) -> R {
        let doc = if markdown {
            whosaid_text::markdown(text.to_owned())
        } else {
            whosaid_text::plain(text.to_owned())
        };
        let parsed = whosaid_parse::parse(&doc);
        let kb = Kb::builtin();
        let opts = whosaid_chain::Options { kb, publisher };
        let resolved = whosaid_chain::resolve(&doc, &parsed.attributions, &opts);
        let mut problems = parsed.problems.clone();
        problems.extend(resolved.problems.iter().cloned());
        problems.sort_by_key(|p| p.span);
        let cx = Context::new(
            &doc,
            &parsed.attributions,
            &problems,
            &resolved,
            kb,
            Date::new(2025, 4, 23),
        );
        f(&cx)
    }

    /// Reads `text` (Markdown when it starts with front matter, else plain), parses, resolves
    /// with the built-in knowledge base and runs `rule`.
    pub fn run(rule: &dyn Rule, text: &str) -> Vec<Finding> {
        with_context(text, text.starts_with("---\n"), None, |cx| {
            let mut out = Vec::new();
            rule.check(cx, &mut out);
            out
        })
    }

    /// Runs `rule` on every case and checks the texts of its findings' spans.
    pub fn table(rule: &dyn Rule, id: &str, cases: &[(&str, &[&str])]) {
        for (text, want) in cases {
            let found = run(rule, text);
            let got: Vec<&str> = found.iter().map(|f| f.span.slice(text)).collect();
            assert_eq!(got, *want, "input: {text:?}\nfindings: {found:#?}");
            for f in &found {
                assert_eq!(f.rule, id);
                assert_eq!(
                    Some(f.severity),
                    crate::registry::rule(id).map(|r| r.severity)
                );
                assert!(!f.message.is_empty());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_of_a_poll_are_told_by_their_quantity() {
        for share in [
            "62% of voters",
            "Twenty-four percent",
            "a strong majority of Democratic voters",
            "six in 10 voters",
            "About four in ten South Carolina voters",
            "Nearly eight in 10 Democratic voters",
        ] {
            assert!(is_share(share), "{share}");
        }
        for not_share in [
            "voters",
            "analysts in London",
            "officials",
            "one in the crowd",
        ] {
            assert!(!is_share(not_share), "{not_share}");
        }
    }

    #[test]
    fn a_flat_text_is_its_own_excerpt() {
        let (_, texts) = whosaid_testdata::corpus();
        let mut samples: Vec<String> = texts
            .iter()
            .take(200)
            .flat_map(|t| t.split(['.', ',']))
            .map(str::to_owned)
            .collect();
        for b in 0u8..=127 {
            let c = char::from(b);
            samples.extend([
                format!("a{c}b"),
                format!("{c}a"),
                format!("a{c}"),
                c.to_string(),
            ]);
        }
        for c in ['\u{85}', '\u{a0}', '\u{2003}', 'é', '…'] {
            samples.extend([format!("a{c}b"), format!("{c}a"), format!("a{c}")]);
        }
        samples.extend(["", " ", "a  b", "a b", "an official"].map(String::from));
        for text in &samples {
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if is_flat(text) {
                assert_eq!(&joined, text, "{text:?}");
            }
            assert_eq!(excerpt(text, 60), {
                if joined.chars().count() <= 60 {
                    joined.clone()
                } else {
                    joined.chars().take(59).chain(['…']).collect()
                }
            });
        }
        assert!(is_flat("an official") && is_flat("") && !is_flat("a  b") && !is_flat(" a"));
    }
}
