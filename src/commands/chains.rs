//! `whosaid chains`: the reporting chain of every claim.

use std::io::Write;

use crate::args::ChainsArgs;
use crate::diagnostics::{Errors, Status};
use crate::input;
use crate::pipeline::{self, Outcome};
use crate::reporters::{self, Styles};

/// Reads every input, analyses it and reports its chains to `out`.
pub fn run(args: &ChainsArgs, styles: Styles, out: &mut dyn Write) -> anyhow::Result<Status> {
    let mut errors = Errors::default();
    let kb = super::load_kb(&args.analysis, &mut errors);
    let sources = input::sources(&args.input, &mut errors);
    let reporter = reporters::chains(args.format, styles);
    let analyzer = super::analyzer(&kb, &args.analysis);
    let threads = args.input.threads();
    pipeline::run(
        &sources,
        &args.input,
        threads,
        &mut errors,
        &*reporter,
        out,
        |loaded| Outcome {
            analysis: analyzer.attributions(&loaded.doc),
            messages: Vec::new(),
            failed: false,
        },
    )?;
    Ok(errors.status())
}
