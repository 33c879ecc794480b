//! Output formats. A reporter receives documents one at a time and writes them as they come,
//! so output streams; `begin` and `finish` frame the whole run.

mod brief;
mod chains;
mod findings;
mod github;
mod human;
mod json;
mod position;
mod rdjson;
mod sarif;
mod snippet;
mod yaml;

use std::fmt;
use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use serde::Serialize;
use whosaid_core::Severity;

use crate::args::{ChainFormat, CheckFormat, ColorChoice, OutputFormat};
use crate::input::Loaded;

pub use whosaid_analysis::Analysis;

/// What the whole run found, counted in document order, for the summary a reporter writes at
/// the end.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub documents: usize,
    pub attributions: usize,
    pub problems: usize,
    /// Chains of claims (one per attribution).
    pub claims: usize,
    /// Findings by severity: error, warning, info.
    pub findings: [usize; 3],
}

impl Totals {
    /// Counts one more document.
    pub fn add(&mut self, analysis: &Analysis) {
        self.documents += 1;
        self.attributions += analysis.parsed.attributions.len();
        self.problems += analysis.problems.len();
        self.claims += analysis.resolved.chains.len();
        for f in analysis.findings.as_deref().unwrap_or_default() {
            self.findings[match f.severity {
                Severity::Error => 0,
                Severity::Warning => 1,
                Severity::Info => 2,
            }] += 1;
        }
    }
}

/// Writes the results of a command, one document at a time.
///
/// A reporter keeps no state between documents: a document's output depends only on the
/// document, its analysis and its position in the run (`nth`, from 0). So documents can be
/// rendered on several threads at once and written in input order, and the output is the same
/// byte for byte whatever the thread count. Run-wide counts come to `finish` as [`Totals`],
/// and separators between documents come from [`Reporter::separate`].
pub trait Reporter: Sync {
    /// Before the first document.
    fn begin(&self, out: &mut dyn Write) -> io::Result<()>;
    /// Before each document that wrote something, `first` when no document before it did:
    /// what separates documents (a blank line, a comma). Kept apart from
    /// [`Reporter::document`] so that a document left out (one whose analysis failed) or one
    /// that wrote nothing (no finding, in a format whose output is the list of findings)
    /// leaves no dangling separator.
    fn separate(&self, out: &mut dyn Write, first: bool) -> io::Result<()> {
        let _ = (out, first);
        Ok(())
    }
    /// One document and its analysis; `nth` is its position in the input, from 0. Written to
    /// a buffer of its own (the document's output is held until its turn comes), which a
    /// reporter may size or write into directly.
    fn document(
        &self,
        out: &mut Vec<u8>,
        nth: usize,
        loaded: &Loaded,
        analysis: &Analysis,
    ) -> io::Result<()>;
    /// After the last document, with what the whole run found.
    fn finish(&self, out: &mut dyn Write, totals: &Totals) -> io::Result<()>;
}

/// Writes `separator` before every document but the first (the body of most
/// [`Reporter::separate`]s).
fn between(out: &mut dyn Write, first: bool, separator: &[u8]) -> io::Result<()> {
    if first {
        Ok(())
    } else {
        out.write_all(separator)
    }
}

/// The reporter of `whosaid attributions` for `format`.
pub fn attributions(format: OutputFormat, styles: Styles) -> Box<dyn Reporter> {
    match format {
        OutputFormat::Human => Box::new(human::Human::new(styles)),
        OutputFormat::Json => Box::new(json::Json::pretty()),
        OutputFormat::Jsonl => Box::new(json::Json::lines()),
        OutputFormat::Yaml => Box::new(yaml::Yaml),
    }
}

/// The reporter of `whosaid chains` for `format`.
pub fn chains(format: ChainFormat, styles: Styles) -> Box<dyn Reporter> {
    match format {
        ChainFormat::Human => Box::new(chains::Tree::new(styles)),
        ChainFormat::Json => Box::new(json::Json::pretty()),
        ChainFormat::Jsonl => Box::new(json::Json::lines()),
        ChainFormat::Yaml => Box::new(yaml::Yaml),
        ChainFormat::Dot => Box::new(chains::Dot),
        ChainFormat::Mermaid => Box::new(chains::Mermaid),
    }
}

/// The reporter of `whosaid check` for `format`.
pub fn findings(format: CheckFormat, styles: Styles) -> Box<dyn Reporter> {
    match format {
        CheckFormat::Human => Box::new(findings::Findings::new(styles)),
        CheckFormat::Brief => Box::new(brief::Brief),
        CheckFormat::Json => Box::new(json::Json::pretty()),
        CheckFormat::Jsonl => Box::new(json::Json::lines()),
        CheckFormat::Sarif => Box::new(sarif::Sarif),
        CheckFormat::Github => Box::new(github::Github::new(styles)),
        CheckFormat::Rdjson => Box::new(rdjson::Rdjson),
        CheckFormat::Yaml => Box::new(yaml::Yaml),
    }
}

/// Writes `items` as elements of a JSON array whose `[` is already written: each pretty-printed
/// on lines of its own, indented by `indent` spaces, with commas between them. The comma before
/// a document's first item, when an earlier document wrote some, is [`Reporter::separate`]'s.
fn write_json_items<T: Serialize>(
    out: &mut dyn Write,
    items: &[T],
    indent: usize,
) -> io::Result<()> {
    let pad = format!("\n{}", " ".repeat(indent));
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        // Strings in JSON hold no raw line break, so indenting line by line is safe.
        let text = serde_json::to_string_pretty(item)?;
        write!(out, "{pad}{}", text.replace('\n', &pad))?;
    }
    Ok(())
}

/// Terminal styles, or none when colour is off.
#[derive(Debug, Clone, Copy)]
pub struct Styles {
    pub enabled: bool,
    pub header: Style,
    pub location: Style,
    pub kind: Style,
    pub warning: Style,
    pub error: Style,
    pub info: Style,
    pub gutter: Style,
    pub cue: Style,
    pub source: Style,
    pub content: Style,
    pub note: Style,
}

impl Styles {
    /// Colours on when `choice` says so; `auto` means a terminal and no NO_COLOR.
    pub fn new(choice: ColorChoice, is_terminal: bool) -> Styles {
        let enabled = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var("TERM").map_or(true, |t| t != "dumb")
            }
        };
        let fg = |c: AnsiColor| Style::new().fg_color(Some(c.into()));
        Styles {
            enabled,
            header: Style::new().bold().underline(),
            location: Style::new().bold(),
            kind: fg(AnsiColor::Green).bold(),
            warning: fg(AnsiColor::Yellow).bold(),
            error: fg(AnsiColor::Red).bold(),
            info: fg(AnsiColor::Cyan).bold(),
            gutter: fg(AnsiColor::BrightBlue).bold(),
            cue: fg(AnsiColor::Magenta).bold(),
            source: fg(AnsiColor::Cyan).bold(),
            content: fg(AnsiColor::Green),
            note: fg(AnsiColor::BrightBlue).bold(),
        }
    }

    /// `text` in `style` when colour is on, plain otherwise.
    pub fn paint<T: fmt::Display>(&self, style: Style, text: T) -> Painted<T> {
        Painted {
            style: if self.enabled { Some(style) } else { None },
            text,
        }
    }
}

/// A value displayed in a style.
pub struct Painted<T> {
    style: Option<Style>,
    text: T,
}

impl<T: fmt::Display> fmt::Display for Painted<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.style {
            Some(style) => write!(f, "{}{}{}", style.render(), self.text, style.render_reset()),
            None => self.text.fmt(f),
        }
    }
}
