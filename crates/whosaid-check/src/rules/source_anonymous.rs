//! `source/anonymous`.

use std::collections::BTreeSet;

use whosaid_core::{Finding, MentionClass, Related};

use super::{excerpt, finding};
use crate::{Context, Rule};

const ID: &str = "source/anonymous";

declare_rule! {
    pub struct SourceAnonymous;
    what_it_does: "\
Notes each anonymous source (`an official familiar with the situation`, `a senior diplomat`) for
which the attribution gives a reason or a description of the source's access (`who spoke on
condition of anonymity because ...`, `familiar with the talks`). One finding per source, at its
first attribution, with the stated reason shown beside it. An anonymous source with no reason is
`source/anonymous-unexplained` instead.",
    why_it_matters: "\
Anonymous sources are sometimes necessary, but every one asks the reader for trust. Editors
usually want to see each one, and style guides (AP, Reuters) require the reason to be stated.
This is information, not an error.",
    example: "\
```text
\"The talks are off,\" said an official familiar with the situation, who spoke on condition of
anonymity because he was not authorized to brief reporters.
```",
    known_false_positives: "\
What the parser takes as the reason may only describe the source (`familiar with the
situation`), which is not a reason for anonymity; the finding shows it so an editor can judge.",
}

impl Rule for SourceAnonymous {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let text = &cx.doc.text;
        let mut seen = BTreeSet::new();
        for (i, a) in cx.attributions.iter().enumerate() {
            let (Some(source), Some(reason)) = (&a.source, a.anonymity) else {
                continue;
            };
            if source.class != MentionClass::Anonymous {
                continue;
            }
            // One finding per source entity (`an official ... the official said`).
            let entity = cx.resolved.sources.get(i).copied().flatten();
            if entity.is_some() && !seen.insert(entity) {
                continue;
            }
            let mut f = finding(
                ID,
                source.span,
                format!(
                    "anonymous source `{}`; the reason given: `{}`",
                    excerpt(&source.text, 60),
                    excerpt(reason.get(text).unwrap_or(""), 60)
                ),
            );
            f.related.push(Related {
                span: reason,
                note: "the reason given for anonymity".to_owned(),
            });
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test::table;

    #[test]
    fn fires_and_near_misses() {
        table(
            &SourceAnonymous,
            ID,
            &[
                // Fires: an anonymous source with its access described.
                (
                    "\"The talks are off,\" said an official familiar with the situation.",
                    &["an official familiar with the situation"],
                ),
                // Fires: a reason in the attribution.
                (
                    "A senior diplomat, speaking on condition of anonymity, said the talks were off.",
                    &["A senior diplomat"],
                ),
                // Near miss: anonymous with no reason (that is source/anonymous-unexplained).
                ("A European official told Reuters that the talks were off.", &[]),
                // Near miss: a named source.
                ("Marco Rubio said the talks were off.", &[]),
            ],
        );
    }
}
