//! The knowledge base: a copy of the default one (parsed once per process, then cloned for each
//! `--kb` merge), loading invented ones of 10,000 and 100,000 persons (the rate must not fall
//! with the size) and lookups by name (every capitalised word
//! pair of the corpus, as the resolver asks). `cargo bench -p whosaid-kb`.

use divan::counter::{BytesCount, ItemsCount};
use divan::Bencher;
use whosaid_kb::Kb;

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 10)]
fn clone_default(bencher: Bencher) {
    bencher.bench(|| Kb::with_builtin().len());
}

#[divan::bench(consts = [10_000, 100_000], sample_count = 3)]
fn load_persons<const N: usize>(bencher: Bencher) {
    let text = whosaid_testdata::knowledge_base(N);
    bencher.counter(BytesCount::new(text.len())).bench(|| {
        let mut kb = Kb::empty();
        kb.load_str(&text, "bench.toml").map(|()| kb.len())
    });
}

/// Names as the resolver asks for them: capitalised word pairs of the corpus.
fn names() -> Vec<String> {
    let (_, docs) = whosaid_testdata::corpus();
    let mut names = Vec::new();
    for text in docs.iter().take(2_000) {
        let words: Vec<&str> = text.split_whitespace().collect();
        for pair in words.windows(2) {
            if pair
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
            {
                names.push(pair.join(" "));
            }
        }
    }
    names
}

#[divan::bench(sample_count = 5)]
fn find(bencher: Bencher) {
    let kb = Kb::builtin();
    let names = names();
    bencher
        .counter(ItemsCount::new(names.len()))
        .bench(|| names.iter().map(|n| kb.find(n).len()).sum::<usize>());
}

#[divan::bench(sample_count = 3)]
fn find_in_100_000_persons(bencher: Bencher) {
    let mut kb = Kb::empty();
    kb.load_str(&whosaid_testdata::knowledge_base(100_000), "bench.toml")
        .unwrap_or_else(|e| panic!("{e}"));
    let names = names();
    bencher
        .counter(ItemsCount::new(names.len()))
        .bench(|| names.iter().map(|n| kb.find(n).len()).sum::<usize>());
}
