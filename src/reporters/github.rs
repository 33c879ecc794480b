//! `whosaid check --format github`: GitHub Actions workflow commands, so findings show as
//! annotations on the pull request's files, and the human report for everything else.
//!
//! ```text
//! ::error file=fixtures/unn-london-talks.txt,line=25,col=21,endLine=25,endColumn=26,title=name/misspelled::`Wence` is not ... (did you mean `Vance`?)
//! error[name/misspelled]: `Wence` is not how ...
//!   --> fixtures/unn-london-talks.txt:25:21
//! ...
//! 1 document checked: 2 errors, 6 warnings, 2 info
//! ```
//!
//! For each document, in input order: first one workflow command per finding (`::error`,
//! `::warning`, or `::notice` for info), then the document's findings in the human format
//! (GitHub shows only the first few annotations of a step, so the log keeps the whole report);
//! the human summary line ends the output. Lines and columns are 1-based, columns in Unicode
//! scalar values; `endLine`/`endColumn` are the position just after the finding (exclusive).
//! The file is the document's name as the other formats show it, relative to the directory
//! whosaid ran in (run it from the repository root). Values are escaped as GitHub's runner
//! reads them: in the message `%`, `\r`, `\n`; in properties also `:` and `,`.

use std::io::{self, Write};

use whosaid_core::Severity;

use super::brief::message_line;
use super::findings::{self, Findings};
use super::position::{self, Positions};
use super::{Analysis, Reporter, Styles, Totals};
use crate::input::Loaded;

pub struct Github {
    human: Findings,
}

impl Github {
    pub fn new(styles: Styles) -> Github {
        Github {
            human: Findings::new(styles),
        }
    }
}

/// Escapes a workflow command's message (its data, after `::`).
pub fn escape_data(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a workflow command's property value (`file=...`, `title=...`).
pub fn escape_property(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' => out.push_str("%3A"),
            ',' => out.push_str("%2C"),
            c => out.push(c),
        }
    }
    out
}

impl Reporter for Github {
    fn begin(&self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn document(
        &self,
        out: &mut Vec<u8>,
        nth: usize,
        loaded: &Loaded,
        analysis: &Analysis,
    ) -> io::Result<()> {
        let found = analysis.findings.as_deref().unwrap_or_default();
        if found.is_empty() {
            return Ok(());
        }
        let positions = Positions::new(&loaded.doc.text);
        let file = escape_property(&position::path(&loaded.name));
        for f in found {
            let command = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let range = positions.char_range(f.span);
            writeln!(
                out,
                "::{command} file={file},line={},col={},endLine={},endColumn={},title={}::{}",
                range.start.line,
                range.start.column,
                range.end.line,
                range.end.column,
                escape_property(&f.rule),
                escape_data(&message_line(f))
            )?;
        }
        self.human.document(out, nth, loaded, analysis)
    }

    fn finish(&self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        findings::summary(out, totals)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_escapes_percent_and_line_breaks_only() {
        assert_eq!(escape_data("100% sure"), "100%25 sure");
        assert_eq!(escape_data("a\r\nb\nc"), "a%0D%0Ab%0Ac");
        assert_eq!(escape_data("a: b, c"), "a: b, c");
        // Already-escaped text is escaped again, not passed through.
        assert_eq!(escape_data("%0A"), "%250A");
        assert_eq!(escape_data("Київ “ok”"), "Київ “ok”");
    }

    #[test]
    fn properties_also_escape_colon_and_comma() {
        assert_eq!(escape_property("a,b:c"), "a%2Cb%3Ac");
        assert_eq!(escape_property("50%\r\n"), "50%25%0D%0A");
        assert_eq!(
            escape_property("news/Kyiv, 2025: talks.md"),
            "news/Kyiv%2C 2025%3A talks.md"
        );
        assert_eq!(escape_property("quote/unclosed"), "quote/unclosed");
    }
}
