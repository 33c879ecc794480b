//! The whole whosaid analysis of an article in one call: its attributions, the reporting chain
//! behind each claim, and the findings of every rule, as one value that serializes
//! deterministically.
//!
//! Made for pinning a newsroom's articles in snapshot tests: the same text, knowledge base and
//! date give the same report byte for byte, and the report has the shape of
//! `whosaid check --format json` (and `--format yaml`) for one document.
//!
//! ```
//! let article = whosaid_analysis::analyze_str(
//!     "tass.md",
//!     "---\npublisher: UNN\ndate: 2025-04-23\n---\n\
//!      U.S. Vice President Wence said the talks would go on, \
//!      according to Russian media reports.\n",
//! );
//! let rules: Vec<&str> = article.findings().iter().map(|f| f.rule.as_str()).collect();
//! assert!(rules.contains(&"name/misspelled"));
//! assert!(rules.contains(&"source/vague"));
//! assert_eq!(article.findings()[0].suggestion.as_deref(), Some("Vance"));
//!
//! // In a test: `insta::assert_yaml_snapshot!(article);` pins all of it.
//! let json = serde_json::to_value(&article).unwrap();
//! assert_eq!(json["findings"][0]["span"]["text"], "Wence");
//! ```
//!
//! A newsroom pins every article of its repository in one test (`tests/articles.rs`, with
//! `whosaid-analysis` and `insta` (features `yaml`, `glob`) as dev-dependencies): a change in
//! what whosaid finds in any article then shows as a readable diff in review.
//!
//! ```no_run
//! #[test]
//! fn articles() {
//!     let analyzer = whosaid_analysis::Analyzer::new();
//!     insta::glob!("../articles", "**/*.md", |path| {
//!         let article = analyzer.analyze_path(path).unwrap();
//!         // The digest: one line per claim and per finding. `article` itself pins every span.
//!         insta::assert_yaml_snapshot!(article.digest());
//!     });
//! }
//! ```
//!
//! An [`Analyzer`] sets what the analysis depends on besides the text: the knowledge base, the
//! rules' severities, the publisher and the article's date. A report never depends on the day
//! it is made: without a date (from the analyzer or the front matter's `date:`), checks that
//! need one (titles held on a date) are skipped.

mod json;
mod report;
pub mod yaml;

use std::fmt;
use std::path::Path;
use std::str::FromStr;

use serde::{Serialize, Serializer};
use whosaid_chain::Resolved;
pub use whosaid_check::Config;
use whosaid_core::{Document, Finding, Format, Problem};
pub use whosaid_kb::{Date, Kb};
use whosaid_parse::Parsed;

pub use report::{Report, ReportName, VERSION};

/// Everything known about one document: what the parser found, what the resolver made of it,
/// the problems of both, sorted by position, and, when the rules ran, the findings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysis {
    pub parsed: Parsed,
    pub resolved: Resolved,
    pub problems: Vec<Problem>,
    /// `Some` only when the rules were run.
    pub findings: Option<Vec<Finding>>,
}

/// What an analysis depends on besides the text.
#[derive(Debug, Clone)]
pub struct Analyzer<'k> {
    kb: &'k Kb,
    config: Config,
    publisher: Option<String>,
    date: Option<Date>,
}

impl Default for Analyzer<'static> {
    fn default() -> Self {
        Analyzer::new()
    }
}

impl Analyzer<'static> {
    /// The default knowledge base, every rule at its default severity, no publisher or date
    /// beyond what each document's front matter says.
    pub fn new() -> Analyzer<'static> {
        Analyzer::with_kb(Kb::builtin())
    }
}

impl<'k> Analyzer<'k> {
    /// An analyzer with another knowledge base (e.g. the default one with a newsroom's files
    /// merged over it: [`Kb::with_builtin`] then [`Kb::load_str`]).
    pub fn with_kb(kb: &'k Kb) -> Analyzer<'k> {
        Analyzer {
            kb,
            config: Config::default(),
            publisher: None,
            date: None,
        }
    }

    /// The rules' severities (a rule set to `None` does not run).
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// The publisher of the articles, over their front matter and self-references.
    pub fn publisher(mut self, publisher: impl Into<String>) -> Self {
        self.publisher = Some(publisher.into());
        self
    }

    /// The articles' date, over their front matter's, for titles held on a date.
    pub fn date(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
    }

    /// The knowledge base.
    pub fn kb(&self) -> &'k Kb {
        self.kb
    }

    /// Parses `doc` and resolves its chains; no rules run.
    pub fn attributions(&self, doc: &Document) -> Analysis {
        let parsed = whosaid_parse::parse(doc);
        let opts = whosaid_chain::Options {
            kb: self.kb,
            publisher: self.publisher.as_deref(),
        };
        let resolved = whosaid_chain::resolve(doc, &parsed.attributions, &opts);
        let mut problems = parsed.problems.clone();
        problems.extend(resolved.problems.iter().cloned());
        problems.sort_by_key(|p| (p.span, p.kind as u8));
        Analysis {
            parsed,
            resolved,
            problems,
            findings: None,
        }
    }

    /// Parses, resolves and checks `doc` as of `date` (`None`: checks that need a date are
    /// skipped).
    pub fn check_on(&self, doc: &Document, date: Option<Date>) -> Analysis {
        let mut analysis = self.attributions(doc);
        let cx = whosaid_check::Context::new(
            doc,
            &analysis.parsed.attributions,
            &analysis.problems,
            &analysis.resolved,
            self.kb,
            date,
        );
        analysis.findings = Some(whosaid_check::check(&cx, &self.config));
        analysis
    }

    /// Parses, resolves and checks `doc` as of the analyzer's date, else its front matter's
    /// `date:` (when it is a date).
    pub fn check(&self, doc: &Document) -> Analysis {
        let date = self.date.or_else(|| front_matter_date(doc).ok().flatten());
        self.check_on(doc, date)
    }

    /// The whole analysis of `text`, called `name` (its extension picks the format: `.md` and
    /// `.markdown` are Markdown, anything else plain text).
    pub fn analyze_str(&self, name: &str, text: &str) -> Article {
        let doc = whosaid_text::read(
            text.to_owned(),
            whosaid_text::format_for_path(Path::new(name)),
        );
        let analysis = self.check(&doc);
        Article {
            name: name.to_owned(),
            doc,
            analysis,
        }
    }

    /// The whole analysis of the file at `path`, named as given.
    pub fn analyze_path(&self, path: impl AsRef<Path>) -> Result<Article, ReadError> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|err| ReadError {
            path: name.clone(),
            message: err.to_string(),
        })?;
        let text = String::from_utf8(bytes).map_err(|err| ReadError {
            path: name.clone(),
            message: format!(
                "not valid UTF-8: invalid byte at offset {}",
                err.utf8_error().valid_up_to()
            ),
        })?;
        Ok(self.analyze_str(&name, &text))
    }
}

/// The front matter's date: `Ok(Some)` when it is a date (a time after it is ignored),
/// `Ok(None)` when there is none, `Err(written)` when it is not a date.
pub fn front_matter_date(doc: &Document) -> Result<Option<Date>, String> {
    let Some(written) = doc.metadata.date.as_deref().map(str::trim) else {
        return Ok(None);
    };
    let day = written.split(['T', ' ']).next().unwrap_or(written);
    Date::from_str(day)
        .map(Some)
        .map_err(|_| written.to_owned())
}

/// The whole analysis of `text` with the default knowledge base and rules; see
/// [`Analyzer::analyze_str`].
pub fn analyze_str(name: &str, text: &str) -> Article {
    Analyzer::new().analyze_str(name, text)
}

/// The whole analysis of the file at `path` with the default knowledge base and rules; see
/// [`Analyzer::analyze_path`].
pub fn analyze_path(path: impl AsRef<Path>) -> Result<Article, ReadError> {
    Analyzer::new().analyze_path(path)
}

/// A file that could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The path as given.
    pub path: String,
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for ReadError {}

/// One article and its whole analysis. Serializes as a [`Report`]: the shape of one document
/// of `whosaid check --format json`.
#[derive(Debug, Clone)]
pub struct Article {
    /// The name it was analysed under (its path).
    pub name: String,
    pub doc: Document,
    pub analysis: Analysis,
}

impl Article {
    /// The findings of every rule, sorted by position.
    pub fn findings(&self) -> &[Finding] {
        self.analysis.findings.as_deref().unwrap_or_default()
    }

    /// The serializable view.
    pub fn report(&self) -> Report<'_> {
        Report::new(ReportName::Path(&self.name), &self.doc, &self.analysis)
    }

    /// The report as YAML (the same as `whosaid check --format yaml` for this document).
    pub fn to_yaml(&self) -> String {
        yaml::to_string(&self.report())
    }

    /// The editorial digest: one line per claim (where, the cue, the chain from publisher to
    /// origin, the content's start) and per finding (where, severity, rule, message and
    /// suggestion). What an editor reads in a snapshot diff; the [`Report`] has every span.
    pub fn digest(&self) -> Digest {
        Digest::new(self)
    }
}

/// A short, readable summary of an [`Article`]'s analysis, for snapshot tests that a person
/// reviews: `insta::assert_yaml_snapshot!(article.digest())`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Digest {
    pub path: String,
    pub publisher: Option<String>,
    /// `line:column cue: Publisher > Outlet > Source | content…`, one per attribution.
    pub claims: Vec<String>,
    /// `line:column severity rule: message (did you mean `X`?)`, one per finding.
    pub findings: Vec<String>,
}

/// Content longer than this (in characters) is cut with `…` in a digest.
const DIGEST_CONTENT: usize = 60;

impl Digest {
    fn new(article: &Article) -> Digest {
        let text = &article.doc.text;
        let index = whosaid_core::LineIndex::new(text);
        let at = |offset: usize| {
            let (line, column) = index.line_col(text, offset);
            format!("{line}:{column}")
        };
        let resolved = &article.analysis.resolved;
        let name = |id: whosaid_core::EntityId| {
            resolved
                .entities
                .get(id.0 as usize)
                .map_or("?", |e| e.name.as_str())
        };
        let claims = article
            .analysis
            .parsed
            .attributions
            .iter()
            .zip(&resolved.chains)
            .map(|(a, chain)| {
                let mut line = format!(
                    "{} {}:",
                    at(a.cue.start),
                    one_line(a.cue.get(text).unwrap_or(""))
                );
                let path: Vec<&str> = chain.path.iter().map(|&id| name(id)).collect();
                if path.is_empty() {
                    line.push_str(" (no source)");
                } else {
                    line.push(' ');
                    line.push_str(&path.join(" > "));
                }
                if let Some(content) = a.content.and_then(|c| c.get(text)) {
                    line.push_str(" | ");
                    line.push_str(&shorten(&one_line(content), DIGEST_CONTENT));
                }
                line
            })
            .collect();
        let findings = article
            .findings()
            .iter()
            .map(|f| {
                let mut line = format!(
                    "{} {} {}: {}",
                    at(f.span.start),
                    f.severity.as_str(),
                    f.rule,
                    one_line(&f.message)
                );
                if let Some(suggestion) = &f.suggestion {
                    line.push_str(&format!(" (did you mean `{suggestion}`?)"));
                }
                line
            })
            .collect();
        Digest {
            path: article.name.clone(),
            publisher: resolved.publisher.map(|p| name(p).to_owned()),
            claims,
            findings,
        }
    }
}

/// `text` with runs of white space as one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` cut to `max` characters with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

impl Serialize for Article {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.report().serialize(serializer)
    }
}

/// The format a document of this name is read as.
pub fn format_for(name: &str) -> Format {
    whosaid_text::format_for_path(Path::new(name))
}
