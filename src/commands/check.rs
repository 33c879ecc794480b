//! `whosaid check`: runs the rules of `whosaid-check` on every document and reports findings.

use std::io::Write;

use crate::args::CheckArgs;
use crate::diagnostics::{Errors, Status};
use crate::input;
use crate::pipeline::{self, Outcome};
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
        &args.input,
        &|file| workspace.is_excluded(file),
        &mut errors,
    );
    let today = super::today();
    let reporter = reporters::findings(args.format, styles);
    let summary = pipeline::run(
        &sources,
        &args.input,
        args.input.threads(),
        &mut errors,
        &*reporter,
        out,
        |loaded| {
            let settings = workspace.for_document(loaded)?;
            let mut messages = Vec::new();
            let date = match args.date {
                Some(date) => date,
                None => whosaid_analysis::front_matter_date(&loaded.doc)
                    .unwrap_or_else(|bad| {
                        messages.push(format!(
                            "{}: front matter `date: {bad}` is not a date (YYYY-MM-DD); using today",
                            loaded.name
                        ));
                        None
                    })
                    .unwrap_or(today),
            };
            let analysis = super::analyzer(&settings.kb, settings.publisher.as_deref())
                .config(settings.rules(loaded))
                .check_on(&loaded.doc, Some(date));
            let fail_level = settings.fail_level(args.fail_level);
            let failed = analysis
                .findings
                .as_deref()
                .unwrap_or_default()
                .iter()
                .any(|f| fail_level.fails(f.severity));
            Some(Outcome {
                analysis,
                messages,
                failed,
            })
        },
    )?;
    errors.merge(workspace.into_errors());
    Ok(errors.status_with(summary.failed && !args.no_exit_code))
}
