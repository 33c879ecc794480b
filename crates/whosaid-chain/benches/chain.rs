//! What chain resolution costs on top of parsing, over the Reuters corpus of `../shared/corpus`
//! (a synthetic corpus when it is absent). `parse` reads and parses; `parse_and_resolve` also
//! resolves entities and chains with the default knowledge base. Both report bytes per second.

use divan::counter::BytesCount;
use divan::Bencher;
use whosaid_chain::{resolve, Options};
use whosaid_kb::Kb;

fn main() {
    divan::main();
}

fn corpus() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/reuters21578.jsonl"
    );
    match std::fs::read_to_string(path) {
        Ok(all) => all
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_owned))
            .collect(),
        Err(_) => (0..2000)
            .map(|i| {
                format!(
                    "Talks stalled on day {i}.\n\n\"We will not retreat,\" said an official familiar with the talks. \
                     Marco Rubio told Reuters that prices rose 3.5 pct, according to the U.S. Commerce Department. \
                     He added that the Post had it wrong.\n"
                )
            })
            .collect(),
    }
}

#[divan::bench(sample_count = 5)]
fn parse(bencher: Bencher) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut n = 0;
        for text in &docs {
            let doc = whosaid_text::plain(text.clone());
            n += whosaid_parse::parse(&doc).attributions.len();
        }
        n
    });
}

#[divan::bench(sample_count = 5)]
fn parse_and_resolve(bencher: Bencher) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let kb = Kb::builtin();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut n = 0;
        for text in &docs {
            let doc = whosaid_text::plain(text.clone());
            let parsed = whosaid_parse::parse(&doc);
            let resolved = resolve(
                &doc,
                &parsed.attributions,
                &Options {
                    kb,
                    publisher: Some("Reuters"),
                },
            );
            n += resolved.chains.len();
        }
        n
    });
}
