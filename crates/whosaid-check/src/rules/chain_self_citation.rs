//! `chain/self-citation`.

use whosaid_core::Finding;

use super::finding;
use crate::{Context, Rule};

const ID: &str = "chain/self-citation";

declare_rule! {
    pub struct ChainSelfCitation;
    what_it_does: "\
Notes a claim the publisher attributes to its own earlier report (`UNN reported that ...` in a
UNN article): a chain whose first two entities are both the publisher. The finding points at the
publisher's name in the attribution.",
    why_it_matters: "\
Citing one's own earlier report is fine, but the reader should be able to find it: link it, or
give its date. Without a link the claim looks sourced while it only points back at the publisher.",
    example: "\
```text
UNN reported that the downgrade in the talks comes at a critical moment.
```

Use instead: link the earlier report (`As UNN [reported](https://...) on April 20, ...`).",
    known_false_positives: "\
The rule cannot see links in plain text, and in Markdown it does not yet check whether the
sentence already links the earlier report. A publisher whose name is also the name of another
outlet it cites (a group and its newspaper) can be taken for itself.",
}

impl Rule for ChainSelfCitation {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let r = cx.resolved;
        let Some(publisher) = r.publisher else { return };
        for (i, a) in cx.attributions.iter().enumerate() {
            // The attribution where the publisher is the source; the claims reported through
            // it inherit the same two first hops and are not flagged again.
            if r.sources.get(i).copied().flatten() != Some(publisher) {
                continue;
            }
            let Some(chain) = whosaid_chain::chain_of(r, a.id) else {
                continue;
            };
            if chain.path.len() < 2 || chain.path[..2] != [publisher, publisher] {
                continue;
            }
            let span = a.source.as_ref().map_or(a.cue, |s| s.span);
            let name = &r.entities[publisher.0 as usize].name;
            out.push(finding(
                ID,
                span,
                format!(
                    "{name} cites its own earlier report: link it so readers can check the claim"
                ),
            ));
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
            &ChainSelfCitation,
            ID,
            &[
                // Fires: the publisher cites its earlier report.
                (
                    "---\npublisher: UNN\n---\nUNN reported that the talks come at a critical moment.",
                    &["UNN"],
                ),
                // Near miss: the publisher speaking in its own voice about a source.
                (
                    "---\npublisher: UNN\n---\nUNN reports with reference to WP.",
                    &[],
                ),
                // Near miss: another outlet.
                (
                    "---\npublisher: UNN\n---\nReuters reported that the talks come at a critical moment.",
                    &[],
                ),
            ],
        );
    }
}
