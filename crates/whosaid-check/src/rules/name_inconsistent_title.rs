//! `name/inconsistent-title`.

use std::collections::BTreeMap;

use whosaid_core::{EntityKind, Finding, Related, Severity};

use crate::names::titles::office;
use crate::{Context, Rule};

/// ## What it does
/// Flags a person given two different offices of the same jurisdiction in one article
/// (`Foreign Minister Lavrov` … `Defence Minister Lavrov`).
///
/// ## Why it matters
/// One of the two is wrong, or two people were merged into one.
///
/// ## Example
/// `Russian Foreign Minister Sergey Lavrov said …` then `Russian Defence Minister Lavrov
/// added …`.
///
/// ## Known false positives
/// A person who changed office, when the article tells both (`former Defence Minister, now
/// Foreign Minister`): `former` turns the office off; other wordings are reported.
pub struct NameInconsistentTitle;

pub const ID: &str = "name/inconsistent-title";

impl Rule for NameInconsistentTitle {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        // Most articles name no office: skip them before reading any office.
        let inv = cx.names();
        if !inv.mentions_office {
            return;
        }
        for e in &cx.resolved.entities {
            if e.kind != EntityKind::Person {
                continue;
            }
            // The office written before each mention of this person, by jurisdiction.
            let mut seen: BTreeMap<String, (&str, whosaid_core::Span)> = BTreeMap::new();
            for m in &e.mentions {
                // The first word of the mention that has an office before it: of the words
                // after a title (in text order), those from the mention's start on.
                let from = inv
                    .befores
                    .partition_point(|&(i, _)| inv.words[i].span.start < m.start);
                let Some(o) = inv.befores[from..]
                    .iter()
                    .take_while(|&&(i, _)| inv.words[i].span.start < m.end)
                    .filter(|&&(i, _)| m.contains(inv.words[i].span))
                    .find_map(|(_, before)| office(before))
                else {
                    continue;
                };
                match seen.get(&o.of) {
                    Some(&(title, span)) if title != o.title => {
                        out.push(Finding {
                            rule: ID.to_owned(),
                            severity: Severity::Warning,
                            span: *m,
                            message: format!(
                                "{} is called {} of {} here and {} elsewhere",
                                e.name,
                                o.title,
                                crate::names::titles::place(&o.of),
                                title
                            ),
                            suggestion: None,
                            related: vec![Related {
                                span,
                                note: format!("called {title} here"),
                            }],
                        });
                    }
                    Some(_) => {}
                    None => {
                        seen.insert(o.of.clone(), (o.title, *m));
                    }
                }
            }
        }
    }
}
