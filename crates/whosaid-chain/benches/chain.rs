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
    whosaid_testdata::corpus().1
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
