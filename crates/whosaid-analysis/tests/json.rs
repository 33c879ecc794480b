//! `Report::write_json` (what `--format jsonl` writes) must give the bytes `serde_json` gives
//! for the same report: the derive is the definition of the shape. Checked on every fixture,
//! on the adversarial inputs, on text full of characters JSON escapes, and on the shared
//! corpus when it is present.

use whosaid_analysis::{Analyzer, Article, Report};

fn assert_same(report: &mut Report<'_>, what: &str) {
    for version in [None, Some(whosaid_analysis::VERSION)] {
        report.version = version;
        let mut ours = Vec::new();
        report.write_json(&mut ours);
        let serde = serde_json::to_vec(&*report).unwrap_or_else(|err| panic!("{what}: {err}"));
        if ours != serde {
            let at = ours
                .iter()
                .zip(&serde)
                .position(|(a, b)| a != b)
                .unwrap_or(ours.len().min(serde.len()));
            let context = |v: &[u8]| {
                String::from_utf8_lossy(&v[at.saturating_sub(60)..(at + 60).min(v.len())])
                    .into_owned()
            };
            panic!(
                "{what}: write_json differs from serde_json at byte {at}\n ours: {}\nserde: {}",
                context(&ours),
                context(&serde)
            );
        }
    }
}

fn check_article(article: &Article, what: &str) {
    assert_same(&mut article.report(), what);
}

#[test]
fn every_fixture() {
    let analyzer = Analyzer::new();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures");
    let mut seen = 0;
    let mut stack = vec![std::path::PathBuf::from(root)];
    while let Some(dir) = stack.pop() {
        let entries =
            std::fs::read_dir(&dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display()));
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("md" | "txt" | "html")
            ) {
                let article = analyzer
                    .analyze_path(&path)
                    .unwrap_or_else(|err| panic!("{err}"));
                assert!(article.analysis.findings.is_some());
                check_article(&article, &path.display().to_string());
                seen += 1;
            }
        }
    }
    assert!(seen > 20, "only {seen} fixtures found under {root}");
}

#[test]
fn adversarial_inputs_and_escapes() {
    let analyzer = Analyzer::new();
    for kind in whosaid_testdata::ADVERSARIAL {
        let text = whosaid_testdata::adversarial(kind, 20_000);
        check_article(&analyzer.analyze_str("adversarial.txt", &text), kind);
    }
    let escapes = "\"A \\ path\u{1}\u{1f}\tand\u{7f}\u{2028},\" said Jane \"Doe\" \\ Smith.\r\n\
                   \u{c}“Quote\u{8}”, the official told \"Reuters\" on Monday.";
    let article = analyzer.analyze_str("escapes \"1\"\\.md", escapes);
    assert!(!article.analysis.parsed.attributions.is_empty());
    check_article(&article, "escapes");
    // JSON Lines records are named by their `id`, a string, a number or anything else.
    for id in [
        serde_json::json!("reuters-00001"),
        serde_json::json!("an \"escaped\" \\ id\u{1}\u{2028}é"),
        serde_json::json!(42),
        serde_json::json!({"b": [1, "x\u{1}"], "a": null}),
    ] {
        let name = whosaid_analysis::ReportName::Record(&id);
        let mut report = Report::new(name, &article.doc, &article.analysis);
        assert_same(&mut report, &format!("record {id}"));
    }
}

#[test]
#[allow(clippy::print_stderr)] // says why the test is skipped
fn the_shared_corpus() {
    let (source, texts) = whosaid_testdata::corpus();
    if source != whosaid_testdata::Source::Reuters {
        eprintln!("skipped: ../shared/corpus is absent; the fixtures and adversarial tests ran");
        return;
    }
    let analyzer = Analyzer::new();
    for (i, text) in texts.iter().take(3_000).enumerate() {
        check_article(
            &analyzer.analyze_str("reuters.txt", text),
            &format!("Reuters #{i}"),
        );
    }
}
