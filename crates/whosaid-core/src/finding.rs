use crate::Span;
use serde::{Deserialize, Serialize};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Should be looked at before publishing.
    Warning,
    /// Wrong as it stands.
    Error,
}

impl Severity {
    /// `info`, `warning` or `error`, as serialized.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A span related to a finding, with a note: the correct spelling elsewhere in the article, the
/// title that identified the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Related {
    /// Where.
    pub span: Span,
    /// What it shows.
    pub note: String,
}

/// What a rule found: data, not an error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule's stable id, `family/name`: `name/misspelled`.
    pub rule: String,
    /// Its severity (the rule's default unless configured).
    pub severity: Severity,
    /// Where.
    pub span: Span,
    /// A sentence for the editor.
    pub message: String,
    /// The replacement for `span`, when one is safe to suggest.
    pub suggestion: Option<String>,
    /// Other places that explain the finding.
    pub related: Vec<Related>,
}
