//! `whosaid check --format human`: rustc-style findings.
//!
//! ```text
//! error[quote/unclosed]: this quotation mark opens a quote that never closes
//!  --> fixtures/unn-london-talks.txt:7:158
//!   |
//! 7 | …s preference to "discuss a full ceasefire first, …
//!   |                  ^
//!   = help: did you mean `Vance`?
//! ```
//!
//! The finding's span is underlined with `^`, each related span with `-` and its note. A
//! summary line counts the findings of the whole run.

use std::io::{self, Write};

use whosaid_core::{Finding, LineIndex, Severity};

use super::snippet::{self, Label};
use super::{Analysis, Reporter, Styles, Totals};
use crate::input::Loaded;

pub struct Findings {
    styles: Styles,
}

impl Findings {
    pub fn new(styles: Styles) -> Findings {
        Findings { styles }
    }

    fn write_finding(
        &self,
        out: &mut dyn Write,
        loaded: &Loaded,
        index: &LineIndex,
        f: &Finding,
    ) -> io::Result<()> {
        let s = &self.styles;
        let text = &loaded.doc.text;
        let (name, style) = match f.severity {
            Severity::Error => ("error", s.error),
            Severity::Warning => ("warning", s.warning),
            Severity::Info => ("info", s.info),
        };
        writeln!(
            out,
            "{}: {}",
            s.paint(style, format!("{name}[{}]", f.rule)),
            s.paint(s.location, &f.message)
        )?;
        let mut labels = vec![Label {
            span: f.span,
            mark: '^',
            style,
            text: String::new(),
        }];
        labels.extend(f.related.iter().map(|r| Label {
            span: r.span,
            mark: '-',
            style: s.note,
            text: r.note.clone(),
        }));
        // The gutter is as wide as the largest line number shown.
        let last_line = labels
            .iter()
            .map(|l| index.line_of(l.span.start.min(text.len())))
            .max()
            .unwrap_or(0);
        let pad = " ".repeat((last_line + 1).to_string().len());
        let (line, column) = index.line_col(text, f.span.start);
        writeln!(
            out,
            "{pad}{} {}:{line}:{column}",
            s.paint(s.gutter, "-->"),
            loaded.name.label()
        )?;
        snippet::render(out, s, text, index, &labels)?;
        if let Some(suggestion) = &f.suggestion {
            writeln!(
                out,
                "{pad} {} {}: did you mean `{suggestion}`?",
                s.paint(s.gutter, "="),
                s.paint(s.note, "help")
            )?;
        }
        writeln!(out)
    }
}

impl Reporter for Findings {
    fn begin(&self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn document(
        &self,
        out: &mut Vec<u8>,
        _nth: usize,
        loaded: &Loaded,
        analysis: &Analysis,
    ) -> io::Result<()> {
        let index = LineIndex::new(&loaded.doc.text);
        for f in analysis.findings.as_deref().unwrap_or_default() {
            self.write_finding(out, loaded, &index, f)?;
        }
        Ok(())
    }

    fn finish(&self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        summary(out, totals)
    }
}

/// The last line of `check`'s human output (and of `brief` and `github`): documents checked and
/// findings by severity.
pub(super) fn summary(out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
    let [errors, warnings, infos] = totals.findings;
    let checked = match totals.documents {
        1 => "1 document checked".to_owned(),
        n => format!("{n} documents checked"),
    };
    if errors + warnings + infos == 0 {
        return writeln!(out, "{checked}: no findings");
    }
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("1 {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    writeln!(
        out,
        "{checked}: {}, {}, {infos} info",
        plural(errors, "error"),
        plural(warnings, "warning")
    )
}
