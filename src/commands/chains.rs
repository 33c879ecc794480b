//! `whosaid chains`: the reporting chain of every claim.

use std::io::Write;

use crate::args::ChainsArgs;
use crate::diagnostics::{Errors, Status};
use crate::input;
use crate::reporters::{self, Styles};

/// Reads every input, analyses it and reports its chains to `out`.
pub fn run(args: &ChainsArgs, styles: Styles, out: &mut dyn Write) -> anyhow::Result<Status> {
    let mut errors = Errors::default();
    let kb = super::load_kb(&args.analysis, &mut errors);
    let sources = input::sources(&args.input.paths, args.input.input, &mut errors);
    let mut reporter = reporters::chains(args.format, styles);
    reporter.begin(out)?;
    input::for_each_document(&sources, &args.input, &mut errors, |loaded| {
        let analysis = super::analyse(&loaded, &kb, &args.analysis);
        reporter.document(out, &loaded, &analysis)
    })?;
    reporter.finish(out)?;
    Ok(errors.status())
}
