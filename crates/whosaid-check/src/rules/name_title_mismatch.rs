//! `name/title-mismatch`.

use whosaid_core::{Finding, Severity};

use crate::names::{near, offices};
use crate::{Context, Rule};

/// ## What it does
/// Flags a name written after an office with its jurisdiction (`U.S. Vice President X`) when the
/// knowledge base says someone else held that office on the article's date, and `X` is no
/// plausible spelling of the holder's name.
///
/// ## Why it matters
/// The wrong person in an office is a factual error, not a typo: an old title left in a
/// template, or a quote attributed to the wrong official.
///
/// ## Example
/// `U.S. Vice President Harris said …` in an article of 2025-06-01: the office was JD Vance's
/// from 2025-01-20.
///
/// ## Known false positives
/// Articles about the past with no date given (the check uses `--date`, front matter `date:`,
/// else today); offices the knowledge base does not hold or holds out of date. `former`,
/// `acting`, `deputy` before the office turn the check off.
pub struct NameTitleMismatch;

pub const ID: &str = "name/title-mismatch";

impl Rule for NameTitleMismatch {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let Some(date) = cx.date else {
            return;
        };
        // An office without its jurisdiction (`President Smith`) may be any country's, or a
        // company's or a club's: only a near spelling of a holder says who is meant
        // (`name/misspelled`).
        for t in offices::unconfirmed(cx)
            .into_iter()
            .filter(|t| !t.office.is_bare())
        {
            let written = *t.name.last().expect("a name has a word");
            let plausible = t
                .holders
                .iter()
                .any(|&h| offices::surnames(cx.kb, h).iter().any(|s| near(written, s)));
            if plausible {
                continue; // name/misspelled reports it
            }
            let names: Vec<&str> = t
                .holders
                .iter()
                .map(|&h| cx.kb.entry(h).name.as_str())
                .collect();
            out.push(Finding {
                rule: ID.to_owned(),
                severity: Severity::Error,
                span: t.span,
                message: format!(
                    "`{}` did not hold this office on {date}: the {} of {} was {}",
                    // As written, with an initial's period or particles: `George W. Bush`.
                    t.span.slice(cx.doc.prose()),
                    t.office.title,
                    crate::names::titles::place(&t.office.of),
                    names.join(" and ")
                ),
                suggestion: None,
                related: Vec::new(),
            });
        }
    }
}
