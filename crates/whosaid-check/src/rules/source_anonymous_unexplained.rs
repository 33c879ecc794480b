//! `source/anonymous-unexplained`.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use whosaid_core::{Finding, MentionClass};

use super::{excerpt, finding, paragraph_at};
use crate::{Context, Rule};

const ID: &str = "source/anonymous-unexplained";

/// Phrases that state why a source is not named, searched in lower case.
const REASONS: &[&str] = &[
    "anonymity",
    "not authorized to",
    "not authorised to",
    "asked not to be named",
    "declined to be named",
    "requested anonymity",
    "not to be identified",
    "asked not to be identified",
    "declined to be identified",
    "refused to be named",
    "refused to be identified",
    "wish to be named",
    "wish to be identified",
    "want to be named",
    "want to be identified",
];

declare_rule! {
    pub struct SourceAnonymousUnexplained;
    what_it_does: "\
Flags an anonymous source (`an official`, `a European diplomat`, `its own sources`) when the
article gives no reason for the anonymity: none in the attribution itself, none for the same
source elsewhere, and no phrase such as `on condition of anonymity`, `not authorized to`, `asked
not to be named` or `requested anonymity` in the same paragraph or the next one (for `One said`
after a group, the paragraph before too). One finding per source, at its first attribution.
Sources the article has already identified (`the minister`, `the official` after `an
official`), one person by their tie to someone named (`his lawyer`, `Smith's publicist`) and
spokespeople speaking on the record are not flagged.",
    why_it_matters: "\
News style guides (AP, Reuters, the BBC) ask that an anonymous source's reason for anonymity be
stated, so readers can judge why the source is trusted while unnamed. An unexplained anonymous
source is the weakest kind of sourcing after none.",
    example: "\
```text
A European official told Reuters that the talks had stalled.
```

Use instead:

```text
A European official, who asked not to be named because the talks are private, told Reuters
that they had stalled.
```",
    known_false_positives: "\
A reason stated further away than the next paragraph, or in words the rule does not know
(`because the talks are confidential` with no other cue). An outlet's own unnamed sources
(`citing its own sources`) are flagged even though the reader cannot expect the reason from the
article that quotes that outlet.",
}

impl Rule for SourceAnonymousUnexplained {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        // Entities for which some attribution gives a reason.
        let explained: BTreeSet<_> = cx
            .attributions
            .iter()
            .enumerate()
            .filter(|(_, a)| a.anonymity.is_some())
            .filter_map(|(i, _)| cx.resolved.sources.get(i).copied().flatten())
            .collect();
        let mut seen = BTreeSet::new();
        // Paragraphs already searched for a reason, and the answer.
        let mut reasoned: Vec<Option<bool>> = vec![None; cx.doc.paragraphs.len()];
        for (i, a) in cx.attributions.iter().enumerate() {
            let Some(source) = &a.source else { continue };
            if source.class != MentionClass::Anonymous
                || a.anonymity.is_some()
                || !needs_reason(&source.text)
            {
                continue;
            }
            let entity = cx.resolved.sources.get(i).copied().flatten();
            if entity.is_some_and(|e| explained.contains(&e)) {
                continue;
            }
            if entity.is_some() && !seen.insert(entity) {
                continue;
            }
            if let Some(pi) = paragraph_at(cx.doc, source.span.start) {
                // `One said …` is one of a group named just before, whose reason may be given
                // with it in the paragraph before (`MITI officials, who declined to be
                // identified, said …`).
                let member = ["one", "another"]
                    .iter()
                    .any(|w| source.text.eq_ignore_ascii_case(w));
                let from = if member { pi.saturating_sub(1) } else { pi };
                let near = from..(pi + 2).min(cx.doc.paragraphs.len());
                if near
                    .into_iter()
                    .any(|p| *reasoned[p].get_or_insert_with(|| gives_reason(cx, p)))
                {
                    continue;
                }
            }
            out.push(finding(
                ID,
                source.span,
                format!(
                    "anonymous source `{}` with no reason given for the anonymity",
                    excerpt(&source.text, 60)
                ),
            ));
        }
    }
}

/// True for an unnamed source whose anonymity calls for a reason: not one the article has
/// already identified (`the minister`, `the official` after `an official`, whose first
/// mention is the one to flag), nor one person by their tie to someone named (`his lawyer`,
/// `Smith's publicist`), nor a spokesperson speaking on the record for a body.
fn needs_reason(source: &str) -> bool {
    let lower = source.to_lowercase();
    let definite = lower.starts_with("the ");
    // One person by their tie to someone named: `his lawyer`, `Smith's publicist`.
    let mut words = lower.split_whitespace();
    let related = words.next().is_some_and(|w| {
        matches!(w, "his" | "her" | "their" | "my" | "our" | "your")
            || w.ends_with("'s")
            || w.ends_with("\u{2019}s")
    }) && words.last().is_some_and(whosaid_core::is_relation_noun);
    let on_record = ["spokes", "press secretary", "press service", "press office"]
        .iter()
        .any(|w| lower.contains(w));
    !definite && !on_record && !related
}

/// True when paragraph `p` says why someone is not named.
fn gives_reason(cx: &Context<'_>, p: usize) -> bool {
    let text = cx.doc.paragraphs[p].span.slice(cx.doc.prose());
    // An ASCII paragraph (nearly every one) is lowercased as ASCII, as `to_lowercase` would.
    let text = if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.to_lowercase()
    };
    // Every reason holds an anchor: a paragraph without one (most) is answered by the few
    // searches for them rather than one search per reason.
    let (anchors, reasons) = finders();
    anchors.iter().any(|f| f.find(text.as_bytes()).is_some())
        && reasons.iter().any(|f| f.find(text.as_bytes()).is_some())
}

/// Words of which every one of [`REASONS`] holds one (a test checks it).
const ANCHORS: &[&str] = &[
    "anonymity",
    "not authori",
    "not to be ",
    "to be named",
    "to be identified",
];

/// A searcher for each of [`ANCHORS`], and one for each of [`REASONS`].
type Finders = (
    Vec<memchr::memmem::Finder<'static>>,
    Vec<memchr::memmem::Finder<'static>>,
);

/// The [`Finders`], built once: memchr's vectorised search, where `str::contains` read each
/// paragraph byte by byte once per reason.
fn finders() -> &'static Finders {
    static FINDERS: OnceLock<Finders> = OnceLock::new();
    FINDERS.get_or_init(|| {
        let all = |words: &'static [&'static str]| {
            words.iter().map(memchr::memmem::Finder::new).collect()
        };
        (all(ANCHORS), all(REASONS))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test::table;

    #[test]
    fn every_reason_holds_an_anchor() {
        for reason in REASONS {
            assert!(ANCHORS.iter().any(|a| reason.contains(a)), "{reason}");
        }
    }

    #[test]
    fn fires_and_near_misses() {
        table(
            &SourceAnonymousUnexplained,
            ID,
            &[
                // Fires: no reason anywhere.
                (
                    "A European official told Reuters that the talks had stalled.",
                    &["A European official"],
                ),
                // Fires once for the same source named twice.
                (
                    "An official said the talks had stalled. The official said they would resume.",
                    &["An official"],
                ),
                // Near miss: the reason in the next sentence of the paragraph.
                (
                    "An official said the talks had stalled. He spoke on condition of anonymity.",
                    &[],
                ),
                // Near miss: the reason in the next paragraph.
                (
                    "An official said the talks had stalled.\n\nThe official was not authorized to speak publicly.",
                    &[],
                ),
                // Near miss: the reason in the attribution (source/anonymous reports it).
                (
                    "\"The talks are off,\" said an official familiar with the situation.",
                    &[],
                ),
                // Near miss: named and vague sources.
                ("Marco Rubio said the talks had stalled.", &[]),
                // Near miss: definite descriptions and spokespeople.
                ("The minister said the talks had stalled.", &[]),
                ("A State Department spokesperson said the talks had stalled.", &[]),
                // Near miss: one person by their tie to someone named.
                ("Hawthorne died on Wednesday, his agent said.", &[]),
                ("Pagliano's lawyer said he would not answer questions.", &[]),
                // Fires: a tie many share.
                ("Lyng's aide said the talks had stalled.", &["Lyng's aide"]),
                // Near miss: one of a group whose reason the paragraph before gives; fires
                // with no reason near.
                (
                    "Officials, who declined to be identified, said the cut was undecided.\n\nOne said chip makers were losing ground.",
                    &[],
                ),
                (
                    "Dealers said the bank intervened.\n\nOne said it bought dollars.",
                    &["One"],
                ),
            ],
        );
    }
}
