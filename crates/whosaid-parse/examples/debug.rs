//! Prints what the parser finds in the text on stdin (a development aid).
#![allow(clippy::print_stdout)]
use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("stdin");
    let doc = whosaid_text::plain(text);
    let parsed = whosaid_parse::parse(&doc);
    for s in &doc.sentences {
        println!("SENT {:?}", s.span.slice(&doc.text));
    }
    for a in &parsed.attributions {
        let t = |s: Option<whosaid_core::Span>| s.map(|s| s.slice(&doc.text).to_string());
        println!(
            "{:?} {:?} cue={:?} src={:?} ({:?}) content={:?} rec={:?} med={:?} anon={:?} parent={:?}",
            a.id, a.kind, a.cue.slice(&doc.text), a.source.as_ref().map(|m| &m.text), a.source.as_ref().map(|m| m.class),
            t(a.content), a.recipient.as_ref().map(|m| &m.text), t(a.medium), t(a.anonymity), a.parent
        );
    }
    for p in &parsed.problems {
        println!("PROBLEM {:?} at {:?}", p.kind, p.span);
    }
}
