//! `whosaid attributions`: what the parser found, per document.

use std::io::Write;

use crate::args::AttributionsArgs;
use crate::diagnostics::{Errors, Status};
use crate::input;
use crate::pipeline::{self, Outcome};
use crate::reporters::{self, Styles};
use crate::settings::Workspace;

/// Reads every input, parses it and reports its attributions and problems to `out`.
pub fn run(args: &AttributionsArgs, styles: Styles, out: &mut dyn Write) -> anyhow::Result<Status> {
    let mut errors = Errors::default();
    let workspace = Workspace::new(&args.analysis);
    let sources = input::sources(
        &args.input,
        &|file| workspace.is_excluded(file),
        &mut errors,
    );
    let reporter = reporters::attributions(args.output.format, styles);
    pipeline::run(
        &sources,
        &args.input,
        args.input.threads(),
        &mut errors,
        &*reporter,
        out,
        |loaded| {
            let settings = workspace.for_document(loaded)?;
            let mut analysis = super::analyzer(&settings.kb, settings.publisher.as_deref())
                .attributions(&loaded.doc);
            if args.outermost {
                analysis.parsed.attributions.retain(|a| a.parent.is_none());
                let kept = &analysis.parsed.attributions;
                analysis
                    .resolved
                    .chains
                    .retain(|c| kept.binary_search_by_key(&c.attribution, |a| a.id).is_ok());
            }
            Some(Outcome::of(analysis))
        },
    )?;
    errors.merge(workspace.into_errors());
    Ok(errors.status())
}
