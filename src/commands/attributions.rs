//! `whosaid attributions`: what the parser found, per document.

use std::io::Write;

use crate::args::AttributionsArgs;
use crate::diagnostics::{Errors, Status};
use crate::input;
use crate::reporters::{self, Styles};
use crate::settings::Workspace;

/// Reads every input, parses it and reports its attributions and problems to `out`.
pub fn run(args: &AttributionsArgs, styles: Styles, out: &mut dyn Write) -> anyhow::Result<Status> {
    let mut errors = Errors::default();
    let workspace = Workspace::new(&args.analysis);
    let sources = input::sources(
        &args.input.paths,
        args.input.input,
        &|file| workspace.is_excluded(file),
        &mut errors,
    );
    let mut reporter = reporters::attributions(args.output.format, styles);
    reporter.begin(out)?;
    input::for_each_document(&sources, &args.input, &mut errors, |loaded| {
        let Some(settings) = workspace.for_document(&loaded) else {
            return Ok(());
        };
        let mut analysis = super::analyse(&loaded, &settings.kb, settings.publisher.as_deref());
        if args.outermost {
            analysis.parsed.attributions.retain(|a| a.parent.is_none());
            let kept = &analysis.parsed.attributions;
            analysis
                .resolved
                .chains
                .retain(|c| kept.binary_search_by_key(&c.attribution, |a| a.id).is_ok());
        }
        reporter.document(out, &loaded, &analysis)
    })?;
    reporter.finish(out)?;
    errors.merge(workspace.into_errors());
    Ok(errors.status())
}
