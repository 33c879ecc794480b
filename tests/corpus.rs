//! A newsroom-sized directory, when `../shared` is present: 2,000 articles of the Reuters
//! corpus written out as files at test time (never committed), checked on 1 and on 2 threads.
//! The two outputs must be the same byte for byte, and so must the exit codes.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Command;

#[test]
#[allow(clippy::print_stderr)] // says why the check did not run, and the wall times
fn two_thousand_articles_on_one_and_two_threads() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/reuters21578.jsonl");
    let Ok(file) = std::fs::File::open(&corpus) else {
        eprintln!("skipped: {} is absent", corpus.display());
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let mut written = 0;
    for line in BufReader::new(file).lines().take(2_000) {
        let line = line.expect("corpus line");
        let record: serde_json::Value = serde_json::from_str(&line).expect("corpus record");
        let id = record["id"].as_str().expect("id");
        let text = record["text"].as_str().expect("text");
        // Spread over subdirectories, as an archive is.
        let sub = dir.path().join(&id[..id.len() - 2]);
        std::fs::create_dir_all(&sub).expect("mkdir");
        std::fs::write(sub.join(format!("{id}.txt")), text).expect("write article");
        written += 1;
    }
    assert_eq!(written, 2_000);
    let run = |threads: &str| {
        let started = std::time::Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_whosaid"))
            .current_dir(dir.path())
            .args(["check", "--format", "json", "--date", "1987-06-01"])
            .args([
                "--publisher",
                "Reuters",
                "--fail-level",
                "never",
                "-j",
                threads,
                ".",
            ])
            .output()
            .expect("run whosaid");
        eprintln!(
            "{threads} thread(s): {:.2} s",
            started.elapsed().as_secs_f64()
        );
        out
    };
    let one = run("1");
    let two = run("2");
    assert!(
        one.status.success(),
        "{}",
        String::from_utf8_lossy(&one.stderr)
    );
    assert_eq!(one.status.code(), two.status.code());
    let json: serde_json::Value = serde_json::from_slice(&one.stdout).expect("valid JSON");
    let documents = json["documents"].as_array().expect("documents");
    assert_eq!(documents.len(), 2_000);
    // Sorted by path.
    let paths: Vec<&str> = documents
        .iter()
        .filter_map(|d| d["path"].as_str())
        .collect();
    assert!(paths.windows(2).all(|w| w[0] < w[1]), "not sorted by path");
    assert!(one.stdout == two.stdout, "1 and 2 threads differ");
    assert_eq!(one.stderr, two.stderr);
}
