//! `whosaid check`: runs the rules of `whosaid-check` on every document and reports findings.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::args::CheckArgs;
use crate::diagnostics::{self, Errors, Status};
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
    // Documents with no date whose findings rest on offices held today.
    let undated = AtomicUsize::new(0);
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
            let given = match args.date {
                Some(date) => Some(date),
                None => whosaid_analysis::front_matter_date(&loaded.doc).unwrap_or_else(|bad| {
                    messages.push(format!(
                        "{}: front matter `date: {bad}` is not a date (YYYY-MM-DD); using today",
                        loaded.name
                    ));
                    None
                }),
            };
            let date = given.unwrap_or(today);
            let analysis = super::analyzer(&settings.kb, settings.publisher.as_deref())
                .config(settings.rules(loaded))
                .check_on(&loaded.doc, Some(date));
            if given.is_none()
                && analysis
                    .findings
                    .as_deref()
                    .unwrap_or_default()
                    .iter()
                    .any(whosaid_check::rests_on_the_date)
            {
                undated.fetch_add(1, Ordering::Relaxed);
            }
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
    // An archive checked without dates gets `did not hold this office on <today>` for every
    // article about the past: said once, with the way out.
    let undated = undated.into_inner();
    if undated > 0 {
        let (n, them) = if undated == 1 {
            ("1 document".to_owned(), "it")
        } else {
            (format!("{undated} documents"), "them")
        };
        diagnostics::note(format!(
            "{n} gave no date: the offices named in {them} were checked as held today, {today}; \
             give the article's date with --date or front matter `date:`"
        ));
    }
    Ok(errors.status_with(summary.failed && !args.no_exit_code))
}
