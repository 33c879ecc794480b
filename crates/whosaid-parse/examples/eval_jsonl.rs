//! Runs the parser over a JSONL file of `{"id","text"}` documents and writes predictions in the
//! format `score.py` reads. A development tool; the CLI's `--input jsonl --format jsonl` is the
//! user-facing way. Usage: `cargo run -p whosaid-parse --example eval_jsonl -- FILE [--all]`
//! (`--all` keeps nested attributions; by default only the outermost are written, as PolNeAR
//! annotates).
#![allow(clippy::print_stdout)]

use serde_json::{json, Value};
use std::io::{BufRead, Write};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().expect("usage: eval_jsonl FILE [--all]");
    let all = args.iter().any(|a| a == "--all");
    let file = std::io::BufReader::new(std::fs::File::open(path).expect("open"));
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in file.lines() {
        let line = line.expect("read");
        let v: Value = serde_json::from_str(&line).expect("json");
        let text = v["text"].as_str().unwrap_or_default().to_string();
        let doc = whosaid_text::plain(text);
        let parsed = whosaid_parse::parse(&doc);
        let span = |s: whosaid_core::Span| json!({"start": s.start, "end": s.end});
        let atts: Vec<Value> = parsed
            .attributions
            .iter()
            .filter(|a| all || a.parent.is_none())
            .map(|a| {
                json!({
                    "cue": span(a.cue),
                    "source": a.source.as_ref().map(|m| span(m.span)),
                    "content": a.content.map(span),
                })
            })
            .collect();
        writeln!(out, "{}", json!({"id": v["id"], "attributions": atts})).expect("write");
    }
}
