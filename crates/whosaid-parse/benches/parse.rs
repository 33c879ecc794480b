//! Throughput of text reading + parsing over the Reuters corpus in `../shared/corpus`
//! (a synthetic corpus when it is absent). Run with `cargo bench -p whosaid-parse`; divan reports
//! bytes per second.

use divan::counter::BytesCount;
use divan::Bencher;

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
                     The minister told Reuters that prices rose 3.5 pct, according to the U.S. Commerce Department.\n"
                )
            })
            .collect(),
    }
}

#[divan::bench(sample_count = 5)]
fn reuters_attributions(bencher: Bencher) {
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

/// Inputs built to find superlinear work, at two sizes: the rate (bytes/s) must not fall with
/// the size.
fn adversarial(kind: &str, bytes: usize) -> String {
    let unit = match kind {
        "one-paragraph-of-cues" => "he said that ",
        "quotes" => "\"a\" “b ",
        "nested-citations" => "Smith said, according to officials familiar with the matter, citing sources close to him, that ",
        "capitalised-names" => "Marco Rubio Keith Kellogg Donald Trump ",
        _ => unreachable!("unknown adversarial input {kind}"),
    };
    unit.repeat(bytes / unit.len() + 1)
}

#[divan::bench(
    args = ["one-paragraph-of-cues", "quotes", "nested-citations", "capitalised-names"],
    consts = [100_000, 1_000_000],
    sample_count = 5
)]
fn adversarial_inputs<const BYTES: usize>(bencher: Bencher, kind: &str) {
    let text = adversarial(kind, BYTES);
    bencher.counter(BytesCount::new(text.len())).bench(|| {
        let doc = whosaid_text::plain(text.clone());
        whosaid_parse::parse(&doc).attributions.len()
    });
}
