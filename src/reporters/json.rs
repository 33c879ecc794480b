//! `--format json` and `--format jsonl`.
//!
//! Each document is a [`Report`] of `whosaid-analysis`: the shape is a contract (DESIGN.md,
//! "JSON output") that the library's reports share. Every span is `{"start", "end", "text",
//! "line", "column"}`: byte offsets into the original input (end exclusive), the text they
//! cover, and the 1-based line and column (in Unicode scalar values) of `start`.
//! `/work/shared/eval/score.py` reads these offsets as they are.

use std::io::{self, Write};

use whosaid_analysis::{Report, ReportName, VERSION};

use super::{Analysis, Reporter, Totals};
use crate::input::{DocName, Loaded};

pub struct Json {
    /// One pretty object for the run, or one compact object a line.
    pretty: bool,
}

impl Json {
    pub fn pretty() -> Json {
        Json { pretty: true }
    }

    pub fn lines() -> Json {
        Json { pretty: false }
    }
}

impl Reporter for Json {
    fn begin(&self, out: &mut dyn Write) -> io::Result<()> {
        if self.pretty {
            write!(out, "{{\n  \"version\": {VERSION},\n  \"documents\": [")?;
        }
        Ok(())
    }

    fn separate(&self, out: &mut dyn Write, first: bool) -> io::Result<()> {
        if self.pretty {
            out.write_all(if first { b"\n" } else { b",\n" })?;
        }
        Ok(())
    }

    fn document(
        &self,
        out: &mut Vec<u8>,
        _nth: usize,
        loaded: &Loaded,
        analysis: &Analysis,
    ) -> io::Result<()> {
        let mut doc = report(loaded, analysis);
        if self.pretty {
            let text = serde_json::to_string_pretty(&doc)?;
            // Strings in JSON hold no raw newline, so indenting line by line is safe.
            for (i, line) in text.lines().enumerate() {
                if i > 0 {
                    out.write_all(b"\n")?;
                }
                write!(out, "    {line}")?;
            }
        } else {
            doc.version = Some(VERSION);
            // Straight into the document's buffer, by the report's own writer, which gives
            // serde_json's bytes several times faster. The texts of the spans make a line a few
            // times longer than the document.
            out.reserve(4 * loaded.doc.text.len() + 1024);
            doc.write_json(out);
            out.push(b'\n');
        }
        Ok(())
    }

    fn finish(&self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        if self.pretty {
            if totals.documents > 0 {
                out.write_all(b"\n  ")?;
            }
            out.write_all(b"]\n}\n")?;
        }
        Ok(())
    }
}

/// The report of a loaded document.
pub fn report<'a>(loaded: &'a Loaded, analysis: &'a Analysis) -> Report<'a> {
    let name = match &loaded.name {
        DocName::Path(path) => ReportName::Path(path),
        DocName::Record { id, .. } => ReportName::Record(id),
    };
    Report::new(name, &loaded.doc, analysis)
}
