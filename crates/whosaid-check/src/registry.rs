//! The table of every rule: stable id, default severity, one-line summary and documentation.
//!
//! This table is the one place that says which rules exist. `whosaid rules` and `whosaid
//! explain RULE` are generated from it, [`crate::check`] runs what it lists, and a rule's id and
//! default severity are the ones written here (ruff's `codes.rs` plays the same part). Ids are
//! stable: a rule may be renamed in the code, never in this table.

use std::fmt;

use whosaid_core::Severity;

use crate::rules::{
    chain_anonymous_origin::ChainAnonymousOrigin, chain_circular::ChainCircular,
    chain_self_citation::ChainSelfCitation, name_inconsistent_title::NameInconsistentTitle,
    name_misspelled::NameMisspelled, name_title_mismatch::NameTitleMismatch,
    quote_unattributed::QuoteUnattributed, quote_unclosed::QuoteUnclosed,
    source_anonymous::SourceAnonymous, source_anonymous_unexplained::SourceAnonymousUnexplained,
    source_unresolved::SourceUnresolved, source_vague::SourceVague,
    suppression_unknown_rule::SuppressionUnknownRule, suppression_unused::SuppressionUnused,
};
use crate::Rule;

/// A rule's documentation, in the fixed sections every rule has. Each section is Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Docs {
    /// What the rule looks for, and where it puts the finding.
    pub what_it_does: &'static str,
    /// Why an editor should care.
    pub why_it_matters: &'static str,
    /// A text that triggers it, and what to write instead.
    pub example: &'static str,
    /// When it fires on text that is fine.
    pub known_false_positives: &'static str,
}

impl Docs {
    /// The sections as one Markdown text, each under its `## ` heading.
    pub fn markdown(&self) -> String {
        format!(
            "## What it does\n\n{}\n\n## Why it matters\n\n{}\n\n## Example\n\n{}\n\n\
             ## Known false positives\n\n{}\n",
            self.what_it_does.trim(),
            self.why_it_matters.trim(),
            self.example.trim(),
            self.known_false_positives.trim()
        )
    }
}

/// One row of the table.
pub struct RuleEntry {
    /// The stable id, `family/name`, kebab-case: `quote/unclosed`.
    pub id: &'static str,
    /// The severity findings get unless configured otherwise.
    pub severity: Severity,
    /// One line for `whosaid rules`.
    pub summary: &'static str,
    /// The full documentation, for `whosaid explain`.
    pub docs: &'static Docs,
    /// The check itself.
    pub rule: &'static dyn Rule,
}

impl RuleEntry {
    /// The family: the part of the id before `/` (`quote` for `quote/unclosed`).
    pub fn family(&self) -> &'static str {
        self.id
            .split_once('/')
            .map_or(self.id, |(family, _)| family)
    }
}

impl fmt::Debug for RuleEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RuleEntry")
            .field("id", &self.id)
            .field("severity", &self.severity)
            .field("summary", &self.summary)
            .finish_non_exhaustive()
    }
}

/// Every rule, grouped by family, in the order `whosaid rules` lists them.
pub static RULES: &[RuleEntry] = &[
    RuleEntry {
        id: "name/misspelled",
        severity: Severity::Error,
        summary: "A person's name spelled differently from the same person elsewhere or in the knowledge base",
        docs: &NAME_MISSPELLED,
        rule: &NameMisspelled,
    },
    RuleEntry {
        id: "name/title-mismatch",
        severity: Severity::Error,
        summary: "A title given to someone who did not hold it on the article's date",
        docs: &NAME_TITLE_MISMATCH,
        rule: &NameTitleMismatch,
    },
    RuleEntry {
        id: "name/inconsistent-title",
        severity: Severity::Warning,
        summary: "One person given two incompatible titles in one article",
        docs: &NAME_INCONSISTENT_TITLE,
        rule: &NameInconsistentTitle,
    },
    RuleEntry {
        id: "quote/unclosed",
        severity: Severity::Error,
        summary: "A quotation mark opens a quote that never closes",
        docs: &QuoteUnclosed::DOCS,
        rule: &QuoteUnclosed,
    },
    RuleEntry {
        id: "quote/unattributed",
        severity: Severity::Warning,
        summary: "A direct quote that stands alone, with no speaker",
        docs: &QuoteUnattributed::DOCS,
        rule: &QuoteUnattributed,
    },
    RuleEntry {
        id: "source/anonymous",
        severity: Severity::Info,
        summary: "An anonymous source, with the reason for anonymity given",
        docs: &SourceAnonymous::DOCS,
        rule: &SourceAnonymous,
    },
    RuleEntry {
        id: "source/anonymous-unexplained",
        severity: Severity::Warning,
        summary: "An anonymous source with no reason given for the anonymity",
        docs: &SourceAnonymousUnexplained::DOCS,
        rule: &SourceAnonymousUnexplained,
    },
    RuleEntry {
        id: "source/vague",
        severity: Severity::Warning,
        summary: "A claim attributed to a source too vague to check (\"media reports\", \"experts\")",
        docs: &SourceVague::DOCS,
        rule: &SourceVague,
    },
    RuleEntry {
        id: "source/unresolved",
        severity: Severity::Warning,
        summary: "A pronoun or anaphor source (\"he said\", \"the publication writes\") that refers to nothing",
        docs: &SourceUnresolved::DOCS,
        rule: &SourceUnresolved,
    },
    RuleEntry {
        id: "chain/anonymous-origin",
        severity: Severity::Warning,
        summary: "A claim that passes through two or more hops and ends at an anonymous or vague source",
        docs: &ChainAnonymousOrigin::DOCS,
        rule: &ChainAnonymousOrigin,
    },
    RuleEntry {
        id: "chain/self-citation",
        severity: Severity::Info,
        summary: "The publisher cites its own earlier report",
        docs: &ChainSelfCitation::DOCS,
        rule: &ChainSelfCitation,
    },
    RuleEntry {
        id: "chain/circular",
        severity: Severity::Warning,
        summary: "A reporting chain that comes back to a source it passed through (A cites B cites A)",
        docs: &ChainCircular::DOCS,
        rule: &ChainCircular,
    },
    RuleEntry {
        id: "suppression/unused",
        severity: Severity::Warning,
        summary: "A suppression comment that suppressed nothing",
        docs: &SuppressionUnused::DOCS,
        rule: &SuppressionUnused,
    },
    RuleEntry {
        id: "suppression/unknown-rule",
        severity: Severity::Error,
        summary: "A suppression comment that names a rule or family that does not exist",
        docs: &SuppressionUnknownRule::DOCS,
        rule: &SuppressionUnknownRule,
    },
];

/// Every rule, in table order.
pub fn rules() -> &'static [RuleEntry] {
    RULES
}

/// The rule with id `id`, if there is one.
pub fn rule(id: &str) -> Option<&'static RuleEntry> {
    RULES.iter().find(|r| r.id == id)
}

/// The default severity of rule `id`; `Info` for an id not in the table (a bug caught by the
/// registry's tests).
pub(crate) fn default_severity(id: &str) -> Severity {
    rule(id).map_or(Severity::Info, |r| r.severity)
}

// The name rules' documentation. Their code lives in `rules/name_*.rs` and `names/`.

const NAME_MISSPELLED: Docs = Docs {
    what_it_does: "\
Flags a person's name that differs from the same person's spelling elsewhere in the article, or
from the knowledge base's spelling when the context confirms who is meant. Three things confirm
it: a title the person held on the article's date (`--date`, front matter `date:`); the first name
or initials of a knowledge-base person written right before a surname close to that person's
(`Keir Stamer`, `J.D. Wance`: same first name, a surname a slip or a romanisation away); or the
spelling of the same person elsewhere in the article, written at least twice, or once in the full
name the knowledge base gives (`Keir Starmer said ... Stamer added`; the other spelling is the
suspect). A first name one slip from a knowledge-base person's, right before that person's
surname, is flagged too (`Kier Starmer`, `Emmanual Macron`; before a common surname only when the
article names the person in full elsewhere), as is a knowledge-base outlet's name that the
article writes once with two neighbouring letters swapped, beside its right spelling (`MNSBC`
after `according to MSNBC`). Suggests the right spelling.",
    why_it_matters: "\
A misspelled name is the error readers notice first and forgive last, and it breaks search and
archives: \"Wence\" is not found by anyone looking for Vance.",
    example: "\
```text
U.S. Vice President Wence said that the U.S. is ready to abandon mediation.
Keir Stamer told reporters Britain would pay its share.
```

Vance was the U.S. Vice President on the article's date, so `Wence` is flagged and `Vance`
suggested; the knowledge base knows a Keir Starmer, so `Stamer` after `Keir` is flagged and
`Starmer` suggested:

```text
U.S. Vice President Vance said that the U.S. is ready to abandon mediation.
Keir Starmer told reporters Britain would pay its share.
```",
    known_false_positives: "\
A string distance alone cannot tell a misspelling from a rare real name, so a finding needs
context to confirm the person: a surname alone (`Stamer said`) is never flagged, nor one after
another first name (`John Stamer`). A real person who shares a first name with a knowledge-base
person and has a rare surname one keystroke or one romanisation from theirs (a councillor `Keir
Stamer`, with Keir Starmer in the knowledge base) is flagged; a surname of four letters or fewer
only for a romanisation or a doubled letter (`Lutz` after Robert is no slip of a Robert Lute),
and never one of the 5,000 commonest US surnames (`John Kerr` is no slip of John Kerry, `John
Haley` none of a John Healey). Accepted romanisations of names written natively in another script
(Zelensky, Zelenskyy, Zelenskiy) are variants, never findings, and a mention that exactly names
another known person is never flagged as a misspelling of someone else. A knowledge base that is
out of date (a role that ended but has no `to` date) can still confirm the wrong person. Against
the article's own spelling, a common English word (`While` beside `White`), a contraction and
the first word of another name (`Corey Lewandowski` beside `Comey`) are never taken for slips,
so a slip that makes a common word (`Hall` written `Hell`) is missed.",
};

const NAME_TITLE_MISMATCH: Docs = Docs {
    what_it_does: "\
Flags a title-and-name phrase (\"U.S. Vice President X\") where the knowledge base says someone
else held that office on the article's date, and X is not a plausible spelling of the holder.",
    why_it_matters: "\
Giving someone an office they do not hold is a factual error, often left from an older article or
a confusion between two people with similar roles.",
    example: "\
```text
U.S. Secretary of State Mike Pompeo said on Tuesday ...   (in an article dated 2025)
```

Marco Rubio held the office on that date:

```text
U.S. Secretary of State Marco Rubio said on Tuesday ...
```",
    known_false_positives: "\
Articles about the past (\"then-Secretary of State Mike Pompeo\") name past holders on purpose;
the article's date must be right (`--date` or front matter `date:`, else today). Titles of offices
the knowledge base does not know are not checked.",
};

const NAME_INCONSISTENT_TITLE: Docs = Docs {
    what_it_does: "\
Flags a person who is given two incompatible titles in one article (\"Defense Minister X\" and
later \"Foreign Minister X\"), pointing at both.",
    why_it_matters: "\
At most one of the titles is right; readers cannot tell which, and the mistake often means two
people were confused.",
    example: "\
```text
Foreign Minister Andrii Sybiha met his Turkish counterpart. ... Defense Minister Sybiha said ...
```",
    known_false_positives: "\
People who hold two offices at once, or whose office changed during the events reported
(\"former\", \"then-\"), can carry two titles legitimately.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case_family_slash_name() {
        let mut seen = std::collections::BTreeSet::new();
        for r in RULES {
            assert!(seen.insert(r.id), "duplicate id {}", r.id);
            let (family, name) = r.id.split_once('/').unwrap_or(("", ""));
            assert!(
                ["name", "quote", "source", "chain", "suppression"].contains(&family),
                "{}",
                r.id
            );
            assert!(
                !name.is_empty()
                    && name
                        .split('-')
                        .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())),
                "{} is not kebab-case",
                r.id
            );
            assert_eq!(r.family(), family);
        }
    }

    #[test]
    fn every_rule_is_documented() {
        for r in RULES {
            let docs = r.docs;
            for (section, text) in [
                ("what it does", docs.what_it_does),
                ("why it matters", docs.why_it_matters),
                ("example", docs.example),
                ("known false positives", docs.known_false_positives),
            ] {
                assert!(!text.trim().is_empty(), "{}: no {section}", r.id);
            }
            assert!(
                !r.summary.ends_with('.'),
                "{}: summary ends with a dot",
                r.id
            );
            assert!(r.summary.len() < 100, "{}: summary too long", r.id);
            assert!(docs.markdown().starts_with("## What it does\n\n"));
        }
    }

    #[test]
    fn lookup() {
        assert_eq!(
            rule("source/vague").map(|r| r.severity),
            Some(Severity::Warning)
        );
        assert!(rule("nope").is_none());
        assert_eq!(default_severity("quote/unclosed"), Severity::Error);
    }
}
