//! Reading and parsing over the Reuters corpus of `../shared/corpus` (a synthetic corpus when it
//! is absent), in bytes per second, and adversarial inputs at two sizes: the rate must not fall
//! with the size. `cargo bench -p whosaid-parse`.

use divan::counter::BytesCount;
use divan::Bencher;

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 5)]
fn reuters_attributions(bencher: Bencher) {
    let (_, docs) = whosaid_testdata::corpus();
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

/// `whosaid_testdata::ADVERSARIAL` at 100 kB and 1 MB (the paragraph also at 10 MB, in
/// `whosaid-text`'s bench and `one_paragraph_10mb` here).
#[divan::bench(
    args = whosaid_testdata::ADVERSARIAL,
    consts = [100_000, 1_000_000],
    sample_count = 3
)]
fn adversarial_inputs<const BYTES: usize>(bencher: Bencher, kind: &str) {
    let text = whosaid_testdata::adversarial(kind, BYTES);
    bencher.counter(BytesCount::new(text.len())).bench(|| {
        let doc = whosaid_text::plain(text.clone());
        whosaid_parse::parse(&doc).attributions.len()
    });
}

#[divan::bench(sample_count = 2)]
fn one_paragraph_10mb(bencher: Bencher) {
    let text = whosaid_testdata::adversarial("one-paragraph", 10_000_000);
    bencher.counter(BytesCount::new(text.len())).bench(|| {
        let doc = whosaid_text::plain(text.clone());
        whosaid_parse::parse(&doc).attributions.len()
    });
}
