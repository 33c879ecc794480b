//! `whosaid check`: runs the rules of `whosaid-check` on every document and reports findings.

use std::io::Write;

use whosaid_check::Config;

use crate::args::CheckArgs;
use crate::diagnostics::{Errors, Status};
use crate::input;
use crate::pipeline::{self, Outcome};
use crate::reporters::{self, Styles};

/// Reads every input, analyses and checks it, and reports findings to `out`. The status is 2
/// when an input or the knowledge base could not be read, else 1 when a finding reached the
/// fail level, else 0.
pub fn run(args: &CheckArgs, styles: Styles, out: &mut dyn Write) -> anyhow::Result<Status> {
    let mut errors = Errors::default();
    let kb = super::load_kb(&args.analysis, &mut errors);
    let sources = input::sources(&args.input, &mut errors);
    let analyzer = super::analyzer(&kb, &args.analysis).config(Config::default());
    let today = super::today();
    let reporter = reporters::findings(args.output.format, styles);
    let threads = args.input.threads();
    let summary = pipeline::run(
        &sources,
        &args.input,
        threads,
        &mut errors,
        &*reporter,
        out,
        |loaded| {
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
            let analysis = analyzer.check_on(&loaded.doc, Some(date));
            let findings = analysis.findings.as_deref().unwrap_or_default();
            let failed = findings.iter().any(|f| args.fail_level.fails(f.severity));
            Outcome {
                analysis,
                messages,
                failed,
            }
        },
    )?;
    Ok(errors.status_with(summary.failed))
}
