//! One module per subcommand. Each exposes `run(args, ..., out) -> anyhow::Result<Status>`.
//! What several commands share (loading the knowledge base, analysing a document) is here.

pub mod attributions;
pub mod chains;
pub mod check;
pub mod kb;
pub mod rules;

use std::time::{SystemTime, UNIX_EPOCH};

use std::path::PathBuf;

use whosaid_analysis::Analyzer;
use whosaid_kb::{Date, Kb};

use crate::diagnostics::Errors;

/// The default knowledge base with `files` merged over it (the configuration file's, then
/// `--kb`). A file that cannot be read or has errors is reported (with file, line and column)
/// and left out; the run goes on.
pub fn load_kb(files: &[PathBuf], errors: &mut Errors) -> Kb {
    let mut kb = Kb::with_builtin();
    for path in files {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                if let Err(errs) = kb.load_str_all(&text, &path.display().to_string()) {
                    for e in errs {
                        errors.report(e);
                    }
                }
            }
            Err(err) => errors.report(format_args!("{}: cannot read: {err}", path.display())),
        }
    }
    kb
}

/// The analyzer for `kb`; `publisher` wins over the documents' own.
pub fn analyzer<'k>(kb: &'k Kb, publisher: Option<&str>) -> Analyzer<'k> {
    let analyzer = Analyzer::with_kb(kb);
    match publisher {
        Some(publisher) => analyzer.publisher(publisher),
        None => analyzer,
    }
}

/// Today's date (UTC) from the system clock.
pub fn today() -> Date {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    Date::from_days_since_epoch(i64::try_from(days).unwrap_or(0)).unwrap_or(Date {
        year: 1970,
        month: 1,
        day: 1,
    })
}
