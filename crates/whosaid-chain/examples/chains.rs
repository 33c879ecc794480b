//! Prints the chains of the text on stdin (a development aid): `cargo run -p whosaid-chain
//! --example chains < article.txt`.
#![allow(clippy::print_stdout)]
use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("stdin");
    let publisher = std::env::args().nth(1);
    let doc = whosaid_text::read(text, whosaid_core::Format::Markdown);
    let parsed = whosaid_parse::parse(&doc);
    let kb = whosaid_kb::Kb::empty();
    let opts = whosaid_chain::Options {
        kb: &kb,
        publisher: publisher.as_deref(),
    };
    let resolved = whosaid_chain::resolve(&doc, &parsed.attributions, &opts);
    for (a, c) in parsed.attributions.iter().zip(&resolved.chains) {
        println!(
            "#{} {:>12} {:<40} {}",
            a.id.0,
            a.cue.slice(&doc.text),
            a.source.as_ref().map_or("-", |m| m.text.as_str()),
            whosaid_chain::describe(&resolved, c)
        );
    }
    for p in &resolved.problems {
        println!("PROBLEM {:?} {}", p.span, p.message);
    }
}
