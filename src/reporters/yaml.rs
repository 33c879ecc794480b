//! `--format yaml`: the JSON output's shape as one YAML document, for teams that pin whosaid's
//! analysis in snapshot tests outside Rust.
//!
//! ```yaml
//! version: 1
//! documents:
//!   - path: "fixtures/a.md"
//!     format: "markdown"
//!     ...
//! ```

use std::io::{self, Write};

use super::{Analysis, Reporter, Totals};
use crate::input::Loaded;

pub struct Yaml;

impl Reporter for Yaml {
    fn begin(&self, out: &mut dyn Write) -> io::Result<()> {
        write!(out, "version: {}\ndocuments:", whosaid_analysis::VERSION)
    }

    fn document(
        &self,
        out: &mut Vec<u8>,
        _nth: usize,
        loaded: &Loaded,
        analysis: &Analysis,
    ) -> io::Result<()> {
        let yaml = whosaid_analysis::yaml::to_string(&super::json::report(loaded, analysis));
        // Strings are double-quoted with `\n` escapes, so indenting line by line is safe.
        for (i, line) in yaml.lines().enumerate() {
            let prefix = if i == 0 { "\n  - " } else { "\n    " };
            write!(out, "{prefix}{line}")?;
        }
        Ok(())
    }

    fn finish(&self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        if totals.documents == 0 {
            writeln!(out, " []")
        } else {
            writeln!(out)
        }
    }
}
