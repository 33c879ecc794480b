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
    input::for_each_document(&sources, &args.input, &mut errors, |loaded| {
        let mut parsed = whosaid_parse::parse(&loaded.doc);
        if args.outermost {
            parsed.attributions.retain(|a| a.parent.is_none());
        }
        reporter.document(out, &loaded, &parsed)
    })?;
    reporter.finish(out)?;
    Ok(errors.status())
}
