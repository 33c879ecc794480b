//! `chain/anonymous-origin`.

use std::collections::BTreeSet;

use whosaid_core::{EntityKind, Finding, Related};

use super::{finding, is_cited_evidence, is_compiled_consensus, is_share};
use crate::{Context, Rule};

const ID: &str = "chain/anonymous-origin";

declare_rule! {
    pub struct ChainAnonymousOrigin;
    what_it_does: "\
Flags a claim that reaches the reader through two or more hops (the publisher cites an outlet,
which cites someone) and ends at an anonymous or vague source. The finding points at the source
the chain ends in; the outlets and people in between are shown at their first mention. One
finding per distinct chain. Evidence a named source cites is not such an end (`Boesze said
preliminary figures showed …`): the source vouches for it. Nor is one person the article
identifies by a role (`the Vermont senator`, `the campaign manager`, `Obama's former campaign
strategist`).",
    why_it_matters: "\
Every hop loses detail and accountability, and at the end of this chain there is nobody to ask.
The publisher vouches for an outlet's account of an unnamed person: at least say so plainly, and
prefer to reach the outlet's original report.",
    example: "\
```text
The Washington Post, citing its own sources, reported that the talks were called off.
```

in an article by UNN: UNN > The Washington Post > its own sources (anonymous).",
    known_false_positives: "\
Wire copy that relays a named outlet's anonymous sourcing verbatim is sometimes the only version
available; the finding is a warning for that reason.",
}

impl Rule for ChainAnonymousOrigin {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let r = cx.resolved;
        let mut seen = BTreeSet::new();
        for chain in &r.chains {
            let path = &chain.path;
            let Some(&last) = path.last() else { continue };
            let origin = &r.entities[last.0 as usize];
            if !matches!(origin.kind, EntityKind::Anonymous | EntityKind::Vague) {
                continue;
            }
            // Hops: entities after the publisher.
            let first_hop =
                usize::from(r.publisher.is_some() && path.first() == r.publisher.as_ref());
            if path.len() < first_hop + 2 || !seen.insert(path.clone()) {
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
            // A poll's share of respondents (`40 pct of the canvassed voters`) ends the chain of
            // a poll the article names: the poll is the source, as for `source/vague`.
            if origin.kind == EntityKind::Vague
                && (a.source.as_ref().is_some_and(|s| is_share(&s.text))
                    || is_compiled_consensus(cx, a))
            {
                continue;
            }
            // Evidence a named source cites (`Boesze said preliminary figures showed`): the
            // source vouches for it.
            if is_cited_evidence(cx, a) {
                continue;
            }
            // One person the article identifies by a role (`the Vermont senator`, `the
            // campaign manager`, `the pope`) is someone an editor can name, as for
            // `source/anonymous-unexplained`: the chain does not end in nobody.
            if origin.kind == EntityKind::Anonymous && is_one_by_role(&origin.name) {
                continue;
            }
            let span = a.source.as_ref().map_or(a.cue, |s| s.span);
            let names: Vec<&str> = path
                .iter()
                .map(|e| r.entities[e.0 as usize].name.as_str())
                .collect();
            let mut f = finding(
                ID,
                span,
                format!(
                    "this claim ends at {} source after {} hops: {}",
                    match origin.kind {
                        EntityKind::Vague => "a vague",
                        _ => "an anonymous",
                    },
                    path.len() - first_hop,
                    names.join(" > ")
                ),
            );
            for e in &path[first_hop..path.len() - 1] {
                let entity = &r.entities[e.0 as usize];
                if let Some(&first) = entity.mentions.first() {
                    f.related.push(Related {
                        span: first,
                        note: format!("through {}", entity.name),
                    });
                }
            }
            out.push(f);
        }
    }
}

/// True for a definite description of one person by a role: `the president`, `The Vermont
/// senator`; not `the sources`, `the experts`, nor the nouns of unnamed sources (`this source`,
/// `the visiting French official`), which name no role.
fn is_one_by_role(name: &str) -> bool {
    let Some((article, rest)) = name.split_once(' ') else {
        return false;
    };
    let last = rest.rsplit(' ').next().unwrap_or(rest);
    let unnamed = [
        "source", "official", "analyst", "diplomat", "aide", "insider",
    ]
    .iter()
    .any(|w| last.eq_ignore_ascii_case(w));
    // A definite article, or a named person's or body's possessive (`Obama's former campaign
    // strategist`, `Sanders’s campaign manager`: one person, whom the text names elsewhere).
    let possessive = (article.ends_with("'s") || article.ends_with("’s"))
        && article.chars().next().is_some_and(char::is_uppercase);
    // A possessive pronoun ties the person to someone named as well: `his lawyer`, `her
    // husband`.
    (["the", "this", "that", "his", "her", "their"]
        .iter()
        .any(|a| article.eq_ignore_ascii_case(a))
        || possessive)
        && (!last.ends_with('s') || last.ends_with("ss"))
        && !unnamed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test::table;

    #[test]
    fn fires_and_near_misses() {
        table(
            &ChainAnonymousOrigin,
            ID,
            &[
                // Fires: publisher > Reuters > an anonymous official.
                (
                    "---\npublisher: UNN\n---\nA European official told Reuters that the talks had stalled.",
                    &["A European official"],
                ),
                // Fires: publisher > WP > its own sources.
                (
                    "---\npublisher: UNN\n---\nThe Washington Post, citing its own sources, reported that the talks had stalled.",
                    &["its own sources"],
                ),
                // Near miss: one hop to an anonymous source.
                (
                    "---\npublisher: UNN\n---\nAn official said that the talks had stalled.",
                    &[],
                ),
                // Near miss: a poll's share of respondents, behind the poll.
                (
                    "---\npublisher: UNN\n---\nA Gallup poll released on Monday showed that 40 percent of the voters thought the economy would improve.",
                    &[],
                ),
                // Near miss: a consensus a named compiler gives; fires when a named outlet
                // relays analysts nobody compiled.
                (
                    "---\npublisher: UNN\n---\nAnalysts had expected a net profit of $2.9 billion, according to a Bloomberg poll.",
                    &[],
                ),
                (
                    "---\npublisher: UNN\n---\nAnalysts had expected a net profit of $2.9 billion, according to Bloomberg.",
                    &["Analysts"],
                ),
                // Near miss: figures a named source cites.
                (
                    "---\npublisher: UNN\n---\nThe bank said provisional figures showed that capital imports rose.",
                    &[],
                ),
                // Near miss: two hops to one person identified by a role.
                (
                    "---\npublisher: UNN\n---\nThe Washington Post reported that the Vermont senator said the race was over.",
                    &[],
                ),
                // Near miss: one person by a role after a named possessive.
                (
                    "---\npublisher: UNN\n---\nThe Washington Post reported that Obama's former campaign strategist said the race was over.",
                    &[],
                ),
                // Fires: an unnamed source's noun after a possessive.
                (
                    "---\npublisher: UNN\n---\nThe Washington Post reported that Trump's aide said the race was over.",
                    &["Trump's aide"],
                ),
                // Fires: two hops to an unnamed source's noun, definite or not.
                (
                    "---\npublisher: UNN\n---\nThe Washington Post reported that the official said the race was over.",
                    &["the official"],
                ),
                // Fires: two hops to people the article does not name.
                (
                    "---\npublisher: UNN\n---\nThe Washington Post reported that the sources said the race was over.",
                    &["the sources"],
                ),
                // Near miss: two hops to a named person.
                (
                    "---\npublisher: UNN\n---\nMarco Rubio told Reuters that the talks had stalled.",
                    &[],
                ),
            ],
        );
    }
}
