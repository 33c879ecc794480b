//! `whosaid check --format sarif`: a SARIF 2.1.0 log, for GitHub code scanning and any tool that
//! reads the OASIS format.
//!
//! One log, one run. `tool.driver` names whosaid, its version and home, and lists every rule of
//! the registry (`whosaid rules`) in registry order: id, short description (the summary),
//! full description (what it does), help (the whole `whosaid explain` text) and default level.
//! A result per finding, in input order and by position within a document: `ruleId` and
//! `ruleIndex`, `level` (`error`, `warning`, or `note` for info), the message, one location,
//! `relatedLocations` for the finding's related spans (each with its note as message), and a
//! fix when the finding has a suggestion (replace the span with it).
//!
//! Positions: `run.columnKind` is `unicodeCodePoints`, so `startColumn`/`endColumn` (1-based,
//! end exclusive) count Unicode scalar values, as whosaid's other formats do, and so do the
//! 0-based `charOffset` and `charLength`, which SARIF measures in characters, not bytes. A
//! document's `artifactLocation.uri` is its path as given, percent-encoded, relative to
//! `%SRCROOT%` (run whosaid from the repository root); an absolute path is a `file://` URI.
//!
//! The log streams: `begin` writes everything up to the results array, each document writes its
//! results (the pipeline puts the comma between two documents that wrote some, see
//! [`Reporter::separate`]), and `finish` closes the array and the log.

use std::io::{self, Write};

use serde::Serialize;
use whosaid_core::{Finding, Severity, Span};

use super::position::{artifact_uri, ArtifactUri, Positions};
use super::{write_json_items, Analysis, Reporter, Totals};
use crate::input::Loaded;

/// The schema `$schema` names: the OASIS standard's, errata 01.
pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// Indentation of a result: inside the log, the run list, the run and the results array.
const RESULT_INDENT: usize = 8;

pub struct Sarif;

impl Reporter for Sarif {
    fn begin(&self, out: &mut dyn Write) -> io::Result<()> {
        let tool = serde_json::to_string_pretty(&tool())?;
        writeln!(out, "{{")?;
        writeln!(out, "  \"$schema\": \"{SCHEMA}\",")?;
        writeln!(out, "  \"version\": \"2.1.0\",")?;
        writeln!(out, "  \"runs\": [")?;
        writeln!(out, "    {{")?;
        writeln!(out, "      \"tool\": {},", indent(&tool, 6))?;
        writeln!(out, "      \"columnKind\": \"unicodeCodePoints\",")?;
        write!(out, "      \"results\": [")
    }

    fn separate(&self, out: &mut dyn Write, first: bool) -> io::Result<()> {
        super::between(out, first, b",")
    }

    fn document(
        &self,
        out: &mut Vec<u8>,
        _nth: usize,
        loaded: &Loaded,
        analysis: &Analysis,
    ) -> io::Result<()> {
        let found = analysis.findings.as_deref().unwrap_or_default();
        if found.is_empty() {
            return Ok(());
        }
        let view = View {
            positions: Positions::new(&loaded.doc.text),
            artifact: artifact_uri(&loaded.name),
        };
        let results: Vec<SarifResult> = found.iter().map(|f| view.result(f)).collect();
        write_json_items(out, &results, RESULT_INDENT)
    }

    fn finish(&self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        if totals.findings.iter().sum::<usize>() > 0 {
            write!(out, "\n      ")?;
        }
        writeln!(out, "]")?;
        writeln!(out, "    }}")?;
        writeln!(out, "  ]")?;
        writeln!(out, "}}")
    }
}

/// `text` with every line after the first indented by `by` spaces (JSON strings hold no raw
/// line break, so this only moves the layout).
fn indent(text: &str, by: usize) -> String {
    text.replace('\n', &format!("\n{}", " ".repeat(by)))
}

/// `error`, `warning` or `note`.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn tool() -> Tool {
    Tool {
        driver: Driver {
            name: "whosaid",
            version: env!("CARGO_PKG_VERSION"),
            semantic_version: env!("CARGO_PKG_VERSION"),
            information_uri: env!("CARGO_PKG_REPOSITORY"),
            rules: whosaid_check::rules()
                .iter()
                .map(|r| Rule {
                    id: r.id,
                    short_description: Text {
                        text: r.summary.to_owned(),
                    },
                    full_description: Text {
                        text: r.docs.what_it_does.trim().replace('\n', " "),
                    },
                    help: Help {
                        text: r.docs.markdown(),
                        markdown: r.docs.markdown(),
                    },
                    default_configuration: Configuration {
                        level: level(r.severity),
                    },
                })
                .collect(),
        },
    }
}

/// A document's positions and URI.
struct View<'a> {
    positions: Positions<'a>,
    artifact: ArtifactUri,
}

impl View<'_> {
    fn artifact_location(&self) -> ArtifactLocation {
        ArtifactLocation {
            uri: self.artifact.uri.clone(),
            uri_base_id: self.artifact.base,
        }
    }

    fn region(&self, span: Span) -> Region {
        let range = self.positions.char_range(span);
        Region {
            start_line: range.start.line,
            start_column: range.start.column,
            end_line: range.end.line,
            end_column: range.end.column,
            char_offset: self.positions.char_offset(span.start),
            char_length: self.positions.char_len(span),
        }
    }

    fn location(&self, id: Option<usize>, span: Span, note: Option<&str>) -> Location {
        Location {
            id,
            physical_location: PhysicalLocation {
                artifact_location: self.artifact_location(),
                region: self.region(span),
            },
            message: note.map(|text| Text {
                text: text.to_owned(),
            }),
        }
    }

    fn result(&self, f: &Finding) -> SarifResult {
        let rule_index = whosaid_check::rules().iter().position(|r| r.id == f.rule);
        SarifResult {
            rule_id: f.rule.clone(),
            rule_index,
            level: level(f.severity),
            message: Text {
                text: f.message.clone(),
            },
            locations: vec![self.location(None, f.span, None)],
            related_locations: f
                .related
                .iter()
                .enumerate()
                .map(|(i, r)| self.location(Some(i), r.span, Some(&r.note)))
                .collect(),
            fixes: f
                .suggestion
                .iter()
                .map(|suggestion| Fix {
                    description: Text {
                        text: format!("Replace with `{suggestion}`"),
                    },
                    artifact_changes: vec![ArtifactChange {
                        artifact_location: self.artifact_location(),
                        replacements: vec![Replacement {
                            deleted_region: self.region(f.span),
                            inserted_content: Content {
                                text: suggestion.clone(),
                            },
                        }],
                    }],
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<Fix>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    char_offset: usize,
    char_length: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fix {
    description: Text,
    artifact_changes: Vec<ArtifactChange>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: Vec<Replacement>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: Region,
    inserted_content: Content,
}

#[derive(Serialize)]
struct Content {
    text: String,
}
