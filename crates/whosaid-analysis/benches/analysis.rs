//! End to end in one process: text to report (read, parse, resolve, check) and the report
//! written as a JSON Lines line (`Report::write_json`, as `--format jsonl` does), over the
//! Reuters corpus of `../shared/corpus` (a synthetic corpus when it is absent), in bytes per
//! second. The command line's own figures (threads, I/O, startup,
//! memory) are measured by `scripts/benchmarks.sh`. `cargo bench -p whosaid-analysis`.

use divan::counter::BytesCount;
use divan::Bencher;
use whosaid_analysis::{Analyzer, Date};

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 5)]
fn check_and_serialize(bencher: Bencher) {
    let (_, docs) = whosaid_testdata::corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let analyzer = Analyzer::new().publisher("Reuters").date(Date {
        year: 1987,
        month: 6,
        day: 1,
    });
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut out = Vec::new();
        for text in &docs {
            let article = analyzer.analyze_str("a.txt", text);
            // As `--format jsonl` writes it.
            article.report().write_json(&mut out);
            out.push(b'\n');
        }
        out.len()
    });
}
