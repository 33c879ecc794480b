//! The rules on top of parsing and resolving, over the Reuters corpus of `../shared/corpus` (a
//! synthetic corpus when it is absent), in bytes per second: `analysis` (read, parse, resolve)
//! against `analysis_and_check` (the same and every rule with the default knowledge base).
//! Adversarial inputs at two sizes (the rate must not fall with the size): a line of
//! capitalised names (the name rules' worst case) and nested attributions; and the corpus
//! checked with a knowledge base of 100,000 persons. `cargo bench -p whosaid-check`.

use divan::counter::BytesCount;
use divan::Bencher;
use whosaid_check::{check, Config, Context};
use whosaid_kb::{Date, Kb};

fn main() {
    divan::main();
}

const DATE: Date = Date {
    year: 1987,
    month: 6,
    day: 1,
};

/// Reads, parses, resolves and (when `rules`) checks `text`; the number of findings.
fn run(text: &str, kb: &Kb, rules: bool) -> usize {
    let doc = whosaid_text::plain(text.to_owned());
    let parsed = whosaid_parse::parse(&doc);
    let opts = whosaid_chain::Options {
        kb,
        publisher: Some("Reuters"),
    };
    let resolved = whosaid_chain::resolve(&doc, &parsed.attributions, &opts);
    if !rules {
        return resolved.chains.len();
    }
    let cx = Context::new(
        &doc,
        &parsed.attributions,
        &parsed.problems,
        &resolved,
        kb,
        Some(DATE),
    );
    check(&cx, &Config::default()).len()
}

#[divan::bench(args = [false, true], sample_count = 5)]
fn corpus(bencher: Bencher, rules: bool) {
    let (_, docs) = whosaid_testdata::corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let kb = Kb::builtin();
    bencher
        .counter(BytesCount::new(bytes))
        .bench(|| docs.iter().map(|t| run(t, kb, rules)).sum::<usize>());
}

#[divan::bench(
    args = ["capitalised-names", "nested-attributions", "quotes", "near-names"],
    consts = [100_000, 1_000_000],
    sample_count = 3
)]
fn adversarial<const BYTES: usize>(bencher: Bencher, kind: &str) {
    let text = whosaid_testdata::adversarial(kind, BYTES);
    let kb = Kb::builtin();
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| run(&text, kb, true));
}

#[divan::bench(sample_count = 3)]
fn corpus_with_100_000_persons(bencher: Bencher) {
    let (_, docs) = whosaid_testdata::corpus();
    let docs = &docs[..docs.len().min(2_000)];
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut kb = Kb::with_builtin();
    kb.load_str(&whosaid_testdata::knowledge_base(100_000), "bench.toml")
        .unwrap_or_else(|e| panic!("{e}"));
    bencher
        .counter(BytesCount::new(bytes))
        .bench(|| docs.iter().map(|t| run(t, &kb, true)).sum::<usize>());
}
