//! Every article of the repository's `fixtures/` pinned the way the README shows a newsroom:
//! one `insta::glob!` over the files, the digest of each as YAML. A change in what whosaid
//! finds in any fixture shows up here as a readable diff. Dates come from front matter only,
//! so the snapshots do not change with the day they are made.

use whosaid_analysis::Analyzer;

#[test]
fn fixtures_digest() {
    let analyzer = Analyzer::new();
    let fixtures = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures"))
        .canonicalize()
        .unwrap_or_else(|err| panic!("fixtures/: {err}"));
    insta::glob!("../../../fixtures", "**/*.{md,txt,html}", |path| {
        let article = analyzer
            .analyze_path(path)
            .unwrap_or_else(|err| panic!("{err}"));
        let mut digest = article.digest();
        // The path relative to fixtures/, the same on every machine.
        digest.path = path
            .strip_prefix(&fixtures)
            .unwrap_or_else(|_| panic!("{} is not under {}", path.display(), fixtures.display()))
            .display()
            .to_string();
        insta::assert_yaml_snapshot!(digest);
    });
}

/// The full report of the seed, as `whosaid check --format yaml` writes it for one document.
#[test]
fn seed_report_matches_the_cli_yaml_shape() {
    let article = whosaid_analysis::analyze_path(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/unn-london-talks.txt"
    ))
    .unwrap_or_else(|err| panic!("{err}"));
    let yaml = article.to_yaml();
    assert!(yaml.starts_with("path: \""), "{yaml}");
    assert!(yaml.contains("\nfindings:\n  - rule: \""), "{yaml}");
    assert!(yaml.contains("\n  - rule: \"quote/unclosed\"\n"), "{yaml}");
    // Serialized twice, byte-identical.
    assert_eq!(yaml, article.to_yaml());
    let json = serde_json::to_string(&article).unwrap_or_default();
    assert_eq!(
        json,
        serde_json::to_string(&article.report()).unwrap_or_default()
    );
}
