//! `whosaid attributions`: what the parser found, per document.

use std::io::Write;

use crate::args::AttributionsArgs;
use crate::diagnostics::{Errors, Status};
use crate::input;
use crate::reporters::{self, Styles};

/// Reads every input, parses it and reports its attributions and problems to `out`.
pub fn run(args: &AttributionsArgs, styles: Styles, out: &mut dyn Write) -> anyhow::Result<Status> {
    let mut errors = Errors::default();
    let sources = input::sources(&args.input.paths, args.input.input, &mut errors);
    let mut reporter = reporters::attributions(args.output.format, styles);
    reporter.begin(out)?;
    let kb = super::load_kb(&args.analysis, &mut errors);
    input::for_each_document(&sources, &args.input, &mut errors, |loaded| {
        let mut analysis = super::analyse(&loaded, &kb, &args.analysis);
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
    Ok(errors.status())
}
