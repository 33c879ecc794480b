//! `whosaid attributions`: what the parser found, per document.

use std::io::Write;

use crate::args::AttributionsArgs;
use crate::diagnostics::{Errors, Status};
use crate::input;
use crate::pipeline::{self, Outcome};
use crate::reporters::{self, Styles};

/// Reads every input, parses it and reports its attributions and problems to `out`.
pub fn run(args: &AttributionsArgs, styles: Styles, out: &mut dyn Write) -> anyhow::Result<Status> {
    let mut errors = Errors::default();
    let sources = input::sources(&args.input, &mut errors);
    let reporter = reporters::attributions(args.output.format, styles);
    let kb = super::load_kb(&args.analysis, &mut errors);
    let analyzer = super::analyzer(&kb, &args.analysis);
    let threads = args.input.threads();
    pipeline::run(
        &sources,
        &args.input,
        threads,
        &mut errors,
        &*reporter,
        out,
        |loaded| {
            let mut analysis = analyzer.attributions(&loaded.doc);
            if args.outermost {
                analysis.parsed.attributions.retain(|a| a.parent.is_none());
                let kept = &analysis.parsed.attributions;
                analysis
                    .resolved
                    .chains
                    .retain(|c| kept.binary_search_by_key(&c.attribution, |a| a.id).is_ok());
            }
            Outcome {
                analysis,
                messages: Vec::new(),
                failed: false,
            }
        },
    )?;
    Ok(errors.status())
}
