//! The whole analysis (parse, resolve, check, suppress) of any string as plain text, Markdown
//! and HTML, serialized to JSON and YAML: no panic, every reported span is a slice of the text.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use whosaid_analysis::Analyzer;

fn analyzer() -> &'static Analyzer<'static> {
    static ANALYZER: OnceLock<Analyzer<'static>> = OnceLock::new();
    ANALYZER.get_or_init(Analyzer::new)
}

fuzz_target!(|text: &str| {
    for name in ["a.txt", "a.md", "a.html"] {
        let article = analyzer().analyze_str(name, text);
        let json = serde_json::to_value(&article).expect("a report serializes to JSON");
        whosaid_fuzz::check_json_spans(text, &json);
        let yaml = article.to_yaml();
        assert!(yaml.ends_with('\n'), "YAML ends with a line break");
        let _ = article.digest();
    }
});
