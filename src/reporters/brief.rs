//! `whosaid check --format brief`: one line per finding, for editors, grep and scripts.
//!
//! ```text
//! fixtures/unn-london-talks.txt:25:21: error[name/misspelled] `Wence` is not how ... (did you mean `Vance`?)
//! 1 document checked: 2 errors, 6 warnings, 2 info
//! ```
//!
//! Each line is `PATH:LINE:COLUMN: SEVERITY[RULE] MESSAGE`, the `file:line:col: ` prefix that
//! compilers, ruff's concise output and Vale's line output share, so editors' problem matchers
//! and `grep` read it as it is. `PATH` is the document's name as the other formats show it (the
//! file as given on the command line, or a JSON Lines record's id); `LINE` and `COLUMN` are
//! 1-based, the column counted in Unicode scalar values, of the finding's first character.
//! `SEVERITY` is `error`, `warning` or `info`. A suggestion ends the line as
//! `` (did you mean `X`?)``; line breaks in a message become spaces, so a finding is always one
//! line. Related spans are left out (the human, JSON and SARIF formats have them). Findings
//! come in input order and, within a document, by position; the human format's summary line
//! ends the output.

use std::io::{self, Write};

use whosaid_core::Finding;

use super::position::{self, Positions};
use super::{findings, Analysis, Reporter, Totals};
use crate::commands::rules::severity_name;
use crate::input::Loaded;

pub struct Brief;

/// The finding's message on one line, with its suggestion when it has one.
pub(super) fn message_line(f: &Finding) -> String {
    let mut message = f.message.replace(['\r', '\n'], " ");
    if let Some(suggestion) = &f.suggestion {
        message.push_str(&format!(" (did you mean `{suggestion}`?)"));
    }
    message
}

impl Reporter for Brief {
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
        let findings = analysis.findings.as_deref().unwrap_or_default();
        if findings.is_empty() {
            return Ok(());
        }
        let positions = Positions::new(&loaded.doc.text);
        let path = position::path(&loaded.name);
        for f in findings {
            let start = positions.chars(f.span.start);
            writeln!(
                out,
                "{path}:{}:{}: {}[{}] {}",
                start.line,
                start.column,
                severity_name(f.severity),
                f.rule,
                message_line(f)
            )?;
        }
        Ok(())
    }

    fn finish(&self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        findings::summary(out, totals)
    }
}
