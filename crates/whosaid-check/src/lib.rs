//! The rules of whosaid (being written: see rules/ and registry.rs).

pub mod names;
pub mod registry;
pub mod rules;

use whosaid_chain::Resolved;
use whosaid_core::{Attribution, Document, Finding, Problem};
use whosaid_kb::{Date, Kb};

/// Everything a rule may look at for one document.
pub struct Context<'a> {
    /// The document (text, prose view, paragraphs, sentences, front matter).
    pub doc: &'a Document,
    /// The parser's attributions.
    pub attributions: &'a [Attribution],
    /// The parser's and the resolver's problems (unclosed quotes, unresolved references).
    pub problems: &'a [Problem],
    /// Entities and chains.
    pub resolved: &'a Resolved,
    /// The knowledge base.
    pub kb: &'a Kb,
    /// The article's date, for dated roles: `--date`, else front matter `date:`.
    pub date: Option<Date>,
}

/// A check. One unit struct per rule, one rule per file under `rules/`.
pub trait Rule: Sync {
    /// Appends what it finds in `cx` to `out`, with the rule's id and default severity.
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>);
}
