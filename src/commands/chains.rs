//! `whosaid chains`: the reporting chain of every claim.

use std::io::Write;

use crate::args::ChainsArgs;
use crate::diagnostics::{Errors, Status};
use crate::input;
use crate::reporters::{self, Styles};
use crate::settings::Workspace;

/// Reads every input, analyses it and reports its chains to `out`.
pub fn run(args: &ChainsArgs, styles: Styles, out: &mut dyn Write) -> anyhow::Result<Status> {
    let mut errors = Errors::default();
    let workspace = Workspace::new(&args.analysis);
    let sources = input::sources(
        &args.input.paths,
        args.input.input,
        &|file| workspace.is_excluded(file),
        &mut errors,
    );
    let mut reporter = reporters::chains(args.format, styles);
    reporter.begin(out)?;
    input::for_each_document(&sources, &args.input, &mut errors, |loaded| {
        let Some(settings) = workspace.for_document(&loaded) else {
            return Ok(());
        };
        let analysis = super::analyse(&loaded, &settings.kb, settings.publisher.as_deref());
        reporter.document(out, &loaded, &analysis)
    })?;
    reporter.finish(out)?;
    errors.merge(workspace.into_errors());
    Ok(errors.status())
}
