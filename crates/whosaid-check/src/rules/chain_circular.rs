//! `chain/circular`.

use std::collections::BTreeSet;

use whosaid_core::{Finding, Related};

use super::finding;
use crate::{Context, Rule};

const ID: &str = "chain/circular";

declare_rule! {
    pub struct ChainCircular;
    what_it_does: "\
Flags a reporting chain that passes through the same outlet or person twice, not one after the
other: A cites B, which cites A. The publisher citing its own earlier report at the start of a
chain (`chain/self-citation`) is not circular. One finding per distinct chain, at the source
where the chain comes back, with the first appearance shown.",
    why_it_matters: "\
A circular chain looks like confirmation from two sources while it is one source heard twice:
the claim has no independent origin.",
    example: "\
```text
Interfax, citing Reuters, reported that the talks had stalled; Reuters had cited Interfax.
```",
    known_false_positives: "\
Two different people or bodies resolved to one entity (two unnamed `officials`) make a chain look
circular when it is not.",
}

impl Rule for ChainCircular {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let r = cx.resolved;
        let mut seen = BTreeSet::new();
        for chain in &r.chains {
            let Some((first, again)) = repeat(&chain.path) else {
                continue;
            };
            if !seen.insert(chain.path.clone()) {
                continue;
            }
            let Some(a) = cx
                .attributions
                .binary_search_by_key(&chain.attribution, |a| a.id)
                .ok()
                .map(|i| &cx.attributions[i])
            else {
                continue;
            };
            let entity = &r.entities[chain.path[again].0 as usize];
            let span = a.source.as_ref().map_or(a.cue, |s| s.span);
            let mut f = finding(
                ID,
                span,
                format!(
                    "this claim comes back to {} through its own chain: {}",
                    entity.name,
                    whosaid_chain::describe(r, chain)
                ),
            );
            if let Some(&m) = entity.mentions.first().filter(|&&m| m != span) {
                f.related.push(Related {
                    span: m,
                    note: format!("{} first appears here (hop {})", entity.name, first + 1),
                });
            }
            out.push(f);
        }
    }
}

/// The first entity of `path` that appears again later, not right after itself: the positions
/// of its first and second appearance. Paths are short (bounded by the resolver), so the
/// quadratic scan is a few comparisons.
fn repeat<T: PartialEq>(path: &[T]) -> Option<(usize, usize)> {
    (0..path.len()).find_map(|i| {
        (i + 2..path.len())
            .find(|&j| path[j] == path[i])
            .map(|j| (i, j))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test::table;

    #[test]
    fn repeats() {
        type Case = (&'static [u8], Option<(usize, usize)>);
        let cases: &[Case] = &[
            (&[], None),
            (&[0, 1, 2], None),
            (&[0, 0, 1], None),
            (&[0, 1, 0], Some((0, 2))),
            (&[0, 0, 1, 0], Some((0, 3))),
            (&[5, 1, 2, 1], Some((1, 3))),
        ];
        for &(path, want) in cases {
            assert_eq!(repeat(path), want, "{path:?}");
        }
    }

    #[test]
    fn fires_and_near_misses() {
        table(
            &ChainCircular,
            ID,
            &[
                // Fires: a Reuters article cites Interfax, which cites Reuters.
                (
                    "---\npublisher: Reuters\n---\n\"The talks have stalled,\" said Interfax, citing Reuters, the publication writes.",
                    &["Reuters"],
                ),
                // Near miss: a self-citation at the start is not circular.
                (
                    "---\npublisher: UNN\n---\nUNN reported that the talks come at a critical moment.",
                    &[],
                ),
                // Near miss: a plain two-hop chain.
                (
                    "---\npublisher: UNN\n---\nA European official told Reuters that the talks had stalled.",
                    &[],
                ),
            ],
        );
    }
}
