//! Reading text: plain, Markdown and HTML readers (paragraphs, sentences, prose view) over the
//! Reuters corpus of `../shared/corpus` (a synthetic corpus when it is absent), in bytes per
//! second, and one paragraph of 1 MB and 10 MB (the rate must not fall with the size).
//! `cargo bench -p whosaid-text`.

use divan::counter::BytesCount;
use divan::Bencher;

fn main() {
    divan::main();
}

#[divan::bench(args = ["plain", "markdown", "html"], sample_count = 5)]
fn corpus(bencher: Bencher, format: &str) {
    let (_, docs) = whosaid_testdata::corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut sentences = 0;
        for text in &docs {
            let doc = match format {
                "plain" => whosaid_text::plain(text.clone()),
                "markdown" => whosaid_text::markdown(text.clone()),
                _ => whosaid_text::html(text.clone()),
            };
            sentences += doc.sentences.len();
        }
        sentences
    });
}

#[divan::bench(consts = [1_000_000, 10_000_000], sample_count = 3)]
fn one_paragraph<const BYTES: usize>(bencher: Bencher) {
    let text = whosaid_testdata::adversarial("one-paragraph", BYTES);
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| whosaid_text::plain(text.clone()).sentences.len());
}
