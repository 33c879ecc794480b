//! The parser measured on PolNeAR dev with the shared scorer, when `../shared` is present.
//!
//! The default output (all attributions, nested ones included) is scored. Floors are the
//! figures last measured (rel/loose P 82.7, F1 59.9, speech recall 87.1)
//! minus 2 points: a change that loses more fails here.

use std::path::Path;
use std::process::Command;

#[test]
#[allow(clippy::print_stderr)] // the scorer's report is the test's useful output
fn polnear_dev_stays_above_the_floor() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let gold = shared.join("polnear-dev.jsonl");
    let scorer = shared.join("score.py");
    if !gold.exists() || !scorer.exists() {
        eprintln!("skipped: {} is absent", gold.display());
        return;
    }
    let out = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["attributions", "--input", "jsonl", "--format", "jsonl"])
        .arg(&gold)
        .output()
        .expect("run whosaid");
    assert!(
        out.status.success(),
        "whosaid failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pred = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(pred.path(), &out.stdout).expect("write predictions");
    let score = Command::new("python3")
        .arg(&scorer)
        .arg(&gold)
        .arg(pred.path())
        .args([
            "--min",
            "rel/loose.F1=57.9",
            "--min",
            "rel/loose.P=80.7",
            "--min",
            "rel/loose/speech.R=85.1",
        ])
        .output()
        .expect("run python3 score.py");
    let report = String::from_utf8_lossy(&score.stdout);
    eprintln!("{report}");
    assert!(
        score.status.success(),
        "PolNeAR dev fell below the floor:\n{report}"
    );
}
