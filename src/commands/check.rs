//! `whosaid check`: runs the rules of `whosaid-check` on every document and reports findings.

use std::io::Write;
use std::str::FromStr;

use whosaid_check::{Config, Context};
use whosaid_kb::Date;

use crate::args::CheckArgs;
use crate::diagnostics::{Errors, Status};
use crate::input::{self, Loaded};
use crate::pipeline::{self, Outcome};
use crate::reporters::{self, Styles};

/// Reads every input, analyses and checks it, and reports findings to `out`. The status is 2
/// when an input or the knowledge base could not be read, else 1 when a finding reached the
/// fail level, else 0.
pub fn run(args: &CheckArgs, styles: Styles, out: &mut dyn Write) -> anyhow::Result<Status> {
    let mut errors = Errors::default();
    let kb = super::load_kb(&args.analysis, &mut errors);
    let sources = input::sources(&args.input.paths, args.input.input, &mut errors);
    let config = Config::default();
    let today = super::today();
    let reporter = reporters::findings(args.format, styles);
    let threads = args.input.threads();
    let summary = pipeline::run(
        &sources,
        &args.input,
        threads,
        &mut errors,
        &*reporter,
        out,
        |loaded| {
            let mut analysis = super::analyse(loaded, &kb, &args.analysis);
            let mut messages = Vec::new();
            let date = match args.date {
                Some(date) => date,
                None => front_matter_date(loaded).unwrap_or_else(|bad| {
                    if let Some(bad) = bad {
                        messages.push(format!(
                            "{}: front matter `date: {bad}` is not a date (YYYY-MM-DD); using today",
                            loaded.name
                        ));
                    }
                    today
                }),
            };
            let cx = Context::new(
                &loaded.doc,
                &analysis.parsed.attributions,
                &analysis.problems,
                &analysis.resolved,
                &kb,
                Some(date),
            );
            let findings = whosaid_check::check(&cx, &config);
            let failed = findings.iter().any(|f| args.fail_level.fails(f.severity));
            analysis.findings = Some(findings);
            Outcome {
                analysis,
                messages,
                failed,
            }
        },
    )?;
    Ok(errors.status_with(summary.failed))
}

/// The front matter's date: `Ok` when it parses (a time after the date is ignored), `Err(None)`
/// when there is none, `Err(Some(text))` when it is not a date.
fn front_matter_date(loaded: &Loaded) -> Result<Date, Option<String>> {
    let written = loaded.doc.metadata.date.as_deref().ok_or(None)?.trim();
    let day = written.split(['T', ' ']).next().unwrap_or(written);
    Date::from_str(day).map_err(|_| Some(written.to_owned()))
}
