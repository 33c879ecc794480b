//! `whosaid check --format rdjson`: reviewdog's Diagnostic Format, as one `DiagnosticResult`
//! object (what `reviewdog -f=rdjson` reads).
//!
//! ```json
//! {
//!   "source": {"name": "whosaid", "url": "..."},
//!   "diagnostics": [
//!     {"message": "...", "location": {"path": "...", "range": {"start": {...}, "end": {...}}},
//!      "severity": "ERROR", "code": {"value": "name/misspelled"},
//!      "suggestions": [{"range": {...}, "text": "Vance"}]}
//!   ]
//! }
//! ```
//!
//! A diagnostic per finding, in input order and by position within a document: the message,
//! the location (the document's path as the other formats show it, relative to the directory
//! whosaid ran in), `ERROR`, `WARNING` or `INFO`, the rule id as code, and a suggestion when
//! the finding has one (replace the range with it). Only the fields of reviewdog's schema are
//! written: related spans have no place there.
//!
//! Positions follow reviewdog's `Position`: line and column 1-based, **the column counted in
//! UTF-8 bytes** (in `a𐐀b`, `b` is at column 6), and the range's end exclusive.

use std::io::{self, Write};

use serde::Serialize;
use whosaid_core::{Finding, Severity, Span};

use super::position::{self, Positions};
use super::{write_json_items, Analysis, Reporter, Totals};
use crate::input::Loaded;

/// Indentation of a diagnostic: inside the object and the diagnostics array.
const DIAGNOSTIC_INDENT: usize = 4;

pub struct Rdjson;

impl Reporter for Rdjson {
    fn begin(&self, out: &mut dyn Write) -> io::Result<()> {
        let source = serde_json::to_string_pretty(&Source {
            name: "whosaid",
            url: env!("CARGO_PKG_REPOSITORY"),
        })?;
        writeln!(out, "{{")?;
        writeln!(out, "  \"source\": {},", source.replace('\n', "\n  "))?;
        write!(out, "  \"diagnostics\": [")
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
        let positions = Positions::new(&loaded.doc.text);
        let path = position::path(&loaded.name);
        let diagnostics: Vec<Diagnostic> = found
            .iter()
            .map(|f| diagnostic(f, &positions, &path))
            .collect();
        write_json_items(out, &diagnostics, DIAGNOSTIC_INDENT)
    }

    fn finish(&self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        if totals.findings.iter().sum::<usize>() > 0 {
            write!(out, "\n  ")?;
        }
        writeln!(out, "]")?;
        writeln!(out, "}}")
    }
}

fn range(positions: &Positions, span: Span) -> Range {
    let range = positions.byte_range(span);
    Range {
        start: Position {
            line: range.start.line,
            column: range.start.column,
        },
        end: Position {
            line: range.end.line,
            column: range.end.column,
        },
    }
}

fn diagnostic<'a>(f: &'a Finding, positions: &Positions, path: &'a str) -> Diagnostic<'a> {
    Diagnostic {
        message: &f.message,
        location: Location {
            path,
            range: range(positions, f.span),
        },
        severity: match f.severity {
            Severity::Error => "ERROR",
            Severity::Warning => "WARNING",
            Severity::Info => "INFO",
        },
        code: Code { value: &f.rule },
        suggestions: f
            .suggestion
            .iter()
            .map(|text| Suggestion {
                range: range(positions, f.span),
                text,
            })
            .collect(),
    }
}

#[derive(Serialize)]
struct Source {
    name: &'static str,
    url: &'static str,
}

#[derive(Serialize)]
struct Diagnostic<'a> {
    message: &'a str,
    location: Location<'a>,
    severity: &'static str,
    code: Code<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suggestions: Vec<Suggestion<'a>>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    range: Range,
}

#[derive(Serialize)]
struct Range {
    start: Position,
    end: Position,
}

#[derive(Serialize)]
struct Position {
    line: usize,
    column: usize,
}

#[derive(Serialize)]
struct Code<'a> {
    value: &'a str,
}

#[derive(Serialize)]
struct Suggestion<'a> {
    range: Range,
    text: &'a str,
}
