//! `whosaid check`: runs the rules of `whosaid-check` on every document and reports findings.

use std::io::Write;
use std::str::FromStr;

use whosaid_check::Context;
use whosaid_kb::Date;

use crate::args::CheckArgs;
use crate::diagnostics::{Errors, Status};
use crate::input::{self, Loaded};
use crate::reporters::{self, Styles};
use crate::settings::{self, Workspace};

/// Reads every input, analyses and checks it with the settings of its configuration file,
/// and reports findings to `out`. The status is 2 when an input, a configuration file or the
/// knowledge base could not be read, else 1 when a finding reached the fail level of its
/// document's settings (unless `--no-exit-code`), else 0.
pub fn run(args: &CheckArgs, styles: Styles, out: &mut dyn Write) -> anyhow::Result<Status> {
    if args.dump_config {
        return settings::dump(
            &args.analysis,
            args.fail_level,
            input::first_path(&args.input).as_deref(),
            out,
        );
    }
    let mut errors = Errors::default();
    let workspace = Workspace::new(&args.analysis);
    let sources = input::sources(
        &args.input.paths,
        args.input.input,
        &|file| workspace.is_excluded(file),
        &mut errors,
    );
    let today = super::today();
    let mut reporter = reporters::findings(args.output.format, styles);
    reporter.begin(out)?;
    let mut failed = false;
    // Front-matter dates that do not parse, reported after the document (errors go to stderr).
    let mut bad_dates = Vec::new();
    input::for_each_document(&sources, &args.input, &mut errors, |loaded| {
        let Some(settings) = workspace.for_document(&loaded) else {
            return Ok(());
        };
        let mut analysis = super::analyse(&loaded, &settings.kb, settings.publisher.as_deref());
        let date = match args.date {
            Some(date) => date,
            None => front_matter_date(&loaded).unwrap_or_else(|bad| {
                if let Some(bad) = bad {
                    bad_dates.push(format!(
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
            &settings.kb,
            Some(date),
        );
        let findings = whosaid_check::check(&cx, &settings.rules(&loaded));
        let fail_level = settings.fail_level(args.fail_level);
        failed |= findings.iter().any(|f| fail_level.fails(f.severity));
        analysis.findings = Some(findings);
        reporter.document(out, &loaded, &analysis)
    })?;
    reporter.finish(out)?;
    for message in bad_dates {
        errors.report(message);
    }
    errors.merge(workspace.into_errors());
    Ok(errors.status_with(failed && !args.no_exit_code))
}

/// The front matter's date: `Ok` when it parses (a time after the date is ignored), `Err(None)`
/// when there is none, `Err(Some(text))` when it is not a date.
fn front_matter_date(loaded: &Loaded) -> Result<Date, Option<String>> {
    let written = loaded.doc.metadata.date.as_deref().ok_or(None)?.trim();
    let day = written.split(['T', ' ']).next().unwrap_or(written);
    Date::from_str(day).map_err(|_| Some(written.to_owned()))
}
