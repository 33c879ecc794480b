//! `whosaid chains`: the reporting chain of every claim.

use std::io::Write;

use crate::args::ChainsArgs;
use crate::diagnostics::{Errors, Status};
use crate::input;
use crate::pipeline::{self, Outcome};
use crate::reporters::{self, Styles};
use crate::settings::Workspace;

/// Reads every input, analyses it and reports its chains to `out`.
pub fn run(args: &ChainsArgs, styles: Styles, out: &mut dyn Write) -> anyhow::Result<Status> {
    let mut errors = Errors::default();
    let workspace = Workspace::new(&args.analysis);
    let sources = input::sources(
        &args.input,
        &|file| workspace.is_excluded(file),
        &mut errors,
    );
    let reporter = reporters::chains(args.format, styles);
    pipeline::run(
        &sources,
        &args.input,
        args.input.threads(),
        &mut errors,
        &*reporter,
        out,
        |loaded| {
            let settings = workspace.for_document(loaded)?;
            let analysis = super::analyzer(&settings.kb, settings.publisher.as_deref())
                .attributions(&loaded.doc);
            Some(Outcome::of(analysis))
        },
    )?;
    errors.merge(workspace.into_errors());
    Ok(errors.status())
}
