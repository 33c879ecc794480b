//! The rules of whosaid: misspelled names, broken quotes and weak sourcing, as [`Finding`]s
//! with spans.
//!
//! The main design choice: **one registry table lists every rule** ([`registry::RULES`]) with
//! its stable id (`family/name`), its default severity, a one-line summary and its documentation
//! in fixed sections. Everything else is generated from that table: [`check`] runs the rules it
//! lists (configured by [`Config`]), `whosaid rules` lists them and `whosaid explain` prints
//! their documentation. Each rule is a unit struct implementing [`Rule`], one per file under
//! [`rules`](mod@rules), reading what the parser, the resolver and the knowledge base found; rules do not
//! parse again. Findings are data, sorted by position then rule, so output is deterministic.
//!
//! ```
//! use whosaid_check::{check, Config, Context};
//! use whosaid_kb::Kb;
//!
//! let text = "Witkoff will travel to Moscow, according to Russian media reports.";
//! let doc = whosaid_text::plain(text.to_string());
//! let parsed = whosaid_parse::parse(&doc);
//! let kb = Kb::empty();
//! let opts = whosaid_chain::Options { kb: &kb, publisher: Some("UNN") };
//! let resolved = whosaid_chain::resolve(&doc, &parsed.attributions, &opts);
//! let cx = Context::new(&doc, &parsed.attributions, &parsed.problems, &resolved, &kb, None);
//! let findings = check(&cx, &Config::default());
//! assert_eq!(findings[0].rule, "source/vague");
//! assert_eq!(findings[0].span.slice(text), "Russian media reports");
//!
//! // Severities are configurable per rule; `None` turns a rule off.
//! let mut config = Config::default();
//! config.set("source/vague", None).unwrap();
//! assert!(check(&cx, &config).iter().all(|f| f.rule != "source/vague"));
//! ```

pub mod names;
pub mod registry;
pub mod rules;
pub mod suppress;

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::fmt;

use names::inventory::Inventory;
pub use registry::{rule, rules, Docs, RuleEntry};
use whosaid_chain::Resolved;
use whosaid_core::{Attribution, Document, Finding, Problem, Severity};
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
    /// The document's names, read once for every name rule.
    names: OnceCell<Inventory<'a>>,
}

impl<'a> Context<'a> {
    /// A context for one document.
    pub fn new(
        doc: &'a Document,
        attributions: &'a [Attribution],
        problems: &'a [Problem],
        resolved: &'a Resolved,
        kb: &'a Kb,
        date: Option<Date>,
    ) -> Context<'a> {
        Context {
            doc,
            attributions,
            problems,
            resolved,
            kb,
            date,
            names: OnceCell::new(),
        }
    }

    /// The capitalised words, their counts and the people's surnames of the document, read on
    /// first use and shared by the rules.
    pub fn names(&self) -> &Inventory<'a> {
        self.names.get_or_init(|| Inventory::new(self))
    }
}

/// A check. One unit struct per rule, one rule per file under `rules/`.
pub trait Rule: Sync {
    /// Appends what it finds in `cx` to `out`, with the rule's id and default severity.
    /// ([`check`] sets both again from the registry and the [`Config`], so a rule run alone and
    /// a rule run by `check` agree.)
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>);
}

/// Which rules run, and at what severity.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// Per rule id: `Some(severity)` to run it at that severity, `None` to turn it off. Rules
    /// not named here run at their default severity.
    pub severities: BTreeMap<String, Option<Severity>>,
}

/// A rule id that the registry does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRule(pub String);

impl fmt::Display for UnknownRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown rule `{}`", self.0)
    }
}

impl std::error::Error for UnknownRule {}

impl Config {
    /// Sets rule `id`'s severity (`None` turns it off).
    pub fn set(&mut self, id: &str, severity: Option<Severity>) -> Result<(), UnknownRule> {
        if rule(id).is_none() {
            return Err(UnknownRule(id.to_owned()));
        }
        self.severities.insert(id.to_owned(), severity);
        Ok(())
    }

    /// The severity rule `entry` runs at, or `None` when it is off.
    pub fn severity(&self, entry: &RuleEntry) -> Option<Severity> {
        self.severities
            .get(entry.id)
            .copied()
            .unwrap_or(Some(entry.severity))
    }
}

/// True when finding `f` depends on who held an office on the article's date: a title given
/// to someone else than the holder (`name/title-mismatch`), or a misspelling told by the
/// holder's name (`name/misspelled` confirmed by an office). A caller that dated an article
/// by default (today) can say so when such a finding comes out.
pub fn rests_on_the_date(f: &Finding) -> bool {
    f.rule == rules::name_title_mismatch::ID
        || f.rule == rules::name_misspelled::ID
            && f.message.contains(rules::name_misspelled::BY_OFFICE)
}

/// Runs every enabled rule on `cx`, then applies the document's suppression comments
/// ([`suppress`]: `<!-- whosaid-disable-next-line RULE -->` and friends), adding findings of
/// `suppression/unused` and `suppression/unknown-rule` about the comments themselves. Findings
/// carry the rule's id and configured severity, are sorted by span (start, then end) and rule,
/// and no two share span and rule (except two findings about one comment).
pub fn check(cx: &Context<'_>, config: &Config) -> Vec<Finding> {
    let mut findings = Vec::new();
    for entry in rules() {
        let Some(severity) = config.severity(entry) else {
            continue;
        };
        let from = findings.len();
        entry.rule.check(cx, &mut findings);
        for f in &mut findings[from..] {
            entry.id.clone_into(&mut f.rule);
            f.severity = severity;
        }
    }
    // Stable: of two findings with the same span and rule, the first one a rule gave is kept.
    findings.sort_by(|a, b| {
        (a.span.start, a.span.end, &a.rule).cmp(&(b.span.start, b.span.end, &b.rule))
    });
    findings.dedup_by(|b, a| a.span == b.span && a.rule == b.rule);
    suppress::apply(&cx.doc.text, findings, config)
}
