//! The output formats of `whosaid check` for other programs: `brief`, `sarif`, `github` and
//! `rdjson`, beside `human`, `json` and `jsonl`. Snapshots of every format on the seed and on a
//! Markdown article with non-ASCII text before its findings (which pins each format's column
//! unit), exit codes, GitHub's escaping, lists that stay valid JSON whichever documents have
//! findings, and the SARIF output validated against the official SARIF 2.1.0 JSON schema.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use insta_cmd::assert_cmd_snapshot;

use super::{root, whosaid, whosaid_in};

const SEED: &str = "fixtures/unn-london-talks.txt";
/// Cyrillic, guillemets and an emoji (one code point, two UTF-16 units, four UTF-8 bytes) on
/// the line of two findings: columns in characters, UTF-16 units and bytes all differ there.
const NON_ASCII: &str = "fixtures/formats/non-ascii.md";
/// Only an info finding.
const INFO_ONLY: &str = "fixtures/rules/chain-self-citation/fires.md";
/// No finding at all.
const CLEAN: &str = "fixtures/rules/chain-self-citation/near-miss.md";
/// Two more articles with no finding, and one with a single finding (a file named twice is read
/// once, so each place in a list needs its own file).
const CLEAN_2: &str = "fixtures/rules/name-misspelled/near-miss.md";
const CLEAN_3: &str = "fixtures/rules/source-unresolved/near-miss.md";
const ONE_MORE: &str = "fixtures/rules/quote-unclosed/near-miss.md";

/// Every format of `check`.
const FORMATS: &[&str] = &[
    "human", "brief", "json", "jsonl", "sarif", "github", "rdjson",
];

/// One snapshot per format on the seed (its date pinned; `check.rs` has the seed in `human` and
/// `json`) and on the non-ASCII article.
macro_rules! snapshots {
    ($($name:ident => [$($arg:expr),*],)*) => {
        $(
            #[test]
            fn $name() {
                assert_cmd_snapshot!(whosaid().args(["check", $($arg),*]));
            }
        )*
    };
}

snapshots! {
    seed_brief => ["--format", "brief", "--date", "2025-04-23", SEED],
    seed_jsonl => ["--format", "jsonl", "--date", "2025-04-23", SEED],
    seed_sarif => ["--format", "sarif", "--date", "2025-04-23", SEED],
    seed_github => ["--format", "github", "--date", "2025-04-23", SEED],
    seed_rdjson => ["--format", "rdjson", "--date", "2025-04-23", SEED],
    non_ascii_human => ["--format", "human", NON_ASCII],
    non_ascii_brief => ["--format", "brief", NON_ASCII],
    non_ascii_json => ["--format", "json", NON_ASCII],
    non_ascii_jsonl => ["--format", "jsonl", NON_ASCII],
    non_ascii_sarif => ["--format", "sarif", NON_ASCII],
    non_ascii_github => ["--format", "github", NON_ASCII],
    non_ascii_rdjson => ["--format", "rdjson", NON_ASCII],
}

fn run(args: &[&str]) -> Output {
    whosaid().args(args).output().expect("run whosaid")
}

fn stdout(args: &[&str]) -> String {
    String::from_utf8(run(args).stdout).expect("UTF-8 output")
}

#[test]
fn exit_codes_follow_the_fail_level_in_every_format() {
    for format in FORMATS {
        let code = |level: &str, path: &str| {
            run(&["check", "--format", format, "--fail-level", level, path])
                .status
                .code()
        };
        // The seed has errors, warnings and info findings.
        assert_eq!(code("error", SEED), Some(1), "{format}");
        assert_eq!(code("never", SEED), Some(0), "{format}");
        // Only an info finding: fails at `info` alone.
        assert_eq!(code("warning", INFO_ONLY), Some(0), "{format}");
        assert_eq!(code("info", INFO_ONLY), Some(1), "{format}");
        assert_eq!(code("info", CLEAN), Some(0), "{format}");
    }
}

/// A `brief` line names a JSON Lines record by its id, as the other formats do.
#[test]
fn brief_names_records_by_id() {
    let input = concat!(
        r#"{"id": "kyiv-1", "text": "U.S. Vice President Wence said the talks would resume.", "date": "2025-04-23"}"#,
        "\n",
        r#"{"id": 2, "text": "The talks resumed, according to Russian media reports."}"#,
        "\n",
    );
    assert_cmd_snapshot!(whosaid()
        .args(["check", "--input", "jsonl", "--format", "brief", "-"])
        .pass_stdin(input));
}

/// A file name with a comma and a colon: escaped in the `file=` property of the workflow
/// command, shown as it is in the human report below it.
#[test]
fn github_escapes_file_names() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(
        dir.path().join("Kyiv, day 2: talks.md"),
        "---\ndate: 2025-04-23\n---\n\nU.S. Vice President Wence said the talks, 100% stalled, would resume.\n",
    )
    .expect("write");
    assert_cmd_snapshot!(whosaid_in(dir.path()).args([
        "check",
        "--format",
        "github",
        "Kyiv, day 2: talks.md"
    ]));
}

/// SARIF and rdjson put every document's findings in one array: documents without findings,
/// first, last or between two with findings, leave no stray comma, and a run without any
/// finding is an empty array.
#[test]
fn lists_stay_valid_json_whichever_documents_have_findings() {
    let count = |format: &str, paths: &[&str]| -> usize {
        let mut args = vec!["check", "--fail-level", "never", "--format", format];
        args.extend(paths);
        let text = stdout(&args);
        let value: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{format}: {e}\n{text}"));
        let list = match format {
            "sarif" => &value["runs"][0]["results"],
            _ => &value["diagnostics"],
        };
        list.as_array().map_or(usize::MAX, Vec::len)
    };
    for format in ["sarif", "rdjson"] {
        assert_eq!(count(format, &[CLEAN]), 0, "{format}");
        assert_eq!(count(format, &[CLEAN, CLEAN_2]), 0, "{format}");
        assert_eq!(count(format, &[INFO_ONLY]), 1, "{format}");
        assert_eq!(count(format, &[ONE_MORE]), 1, "{format}");
        assert_eq!(
            count(format, &[CLEAN, INFO_ONLY, CLEAN_2, ONE_MORE, CLEAN_3]),
            2,
            "{format}"
        );
        let seed = count(format, &[SEED]);
        assert!(seed > 5, "{format}");
        assert_eq!(
            count(format, &[INFO_ONLY, CLEAN, SEED]),
            seed + 1,
            "{format}"
        );
    }
}

/// Documents are rendered on several threads and written in input order: the new formats are
/// the same byte for byte on 1 and on 4 threads.
#[test]
fn same_output_whatever_the_thread_count() {
    for format in ["brief", "sarif", "github", "rdjson"] {
        let output = |threads: &str| {
            run(&[
                "check",
                "--fail-level",
                "never",
                "--format",
                format,
                "-j",
                threads,
                "fixtures",
            ])
        };
        let one = output("1");
        let four = output("4");
        assert!(one.stdout.len() > 1000, "{format}: too little output");
        assert!(one.stdout == four.stdout, "{format}: output differs");
    }
}

// SARIF against the official schema.

/// The SARIF 2.1.0 JSON schema (draft-07), as published with the standard.
fn schema() -> PathBuf {
    root().join("tests/data/sarif-schema-2.1.0.json")
}

/// What the validator said.
#[derive(Debug)]
enum Validation {
    Valid,
    /// The schema's complaints.
    Invalid(String),
    /// No Python or no `jsonschema` module: why.
    Unavailable(String),
}

/// Validates the JSON file `doc` against the JSON schema file `schema` with Python's
/// `jsonschema` (the Python of `WHOSAID_PYTHON`, which `.ci/run` sets, else `python3`).
fn validate(schema: &Path, doc: &Path) -> Validation {
    const SCRIPT: &str = r#"
import json, sys
try:
    import jsonschema
except ImportError:
    sys.exit(3)
with open(sys.argv[1], encoding="utf-8-sig") as f:
    schema = json.load(f)
with open(sys.argv[2], encoding="utf-8") as f:
    doc = json.load(f)
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
checker = getattr(cls, "FORMAT_CHECKER", None) or jsonschema.FormatChecker()
errors = sorted(cls(schema, format_checker=checker).iter_errors(doc), key=lambda e: list(e.absolute_path))
for e in errors[:20]:
    print("/".join(str(p) for p in e.absolute_path) or "(root)", ":", e.message)
sys.exit(1 if errors else 0)
"#;
    let python = std::env::var("WHOSAID_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let out = Command::new(&python)
        .arg("-c")
        .arg(SCRIPT)
        .arg(schema)
        .arg(doc)
        .stdin(Stdio::null())
        .output();
    let out = match out {
        Ok(out) => out,
        Err(e) => return Validation::Unavailable(format!("cannot run `{python}`: {e}")),
    };
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    match out.status.code() {
        Some(0) => Validation::Valid,
        Some(1) => Validation::Invalid(report),
        Some(3) => Validation::Unavailable(format!("`{python}` has no `jsonschema` module")),
        _ => Validation::Unavailable(format!("`{python}` failed: {report}")),
    }
}

/// `Some(validation)` when the validator ran; `None` when it could not and this is not CI
/// (the test then skips, saying why). In CI (`CI` set) a missing validator fails the test:
/// `.ci/run` installs it.
#[allow(clippy::print_stderr)] // says why the schema check did not run
fn validator_ran(validation: Validation) -> Option<Validation> {
    match validation {
        Validation::Unavailable(why) => {
            if std::env::var_os("CI").is_some() {
                panic!("cannot validate SARIF: {why}; .ci/run installs jsonschema");
            }
            eprintln!("skipped: cannot validate SARIF: {why} (pip install jsonschema)");
            None
        }
        ran => Some(ran),
    }
}

/// Writes `text` to a file in `dir` and validates it against the SARIF schema.
fn validate_sarif(dir: &Path, name: &str, text: &str) -> Option<Validation> {
    let path = dir.join(name);
    fs::write(&path, text).expect("write SARIF");
    validator_ran(validate(&schema(), &path))
}

#[test]
fn the_committed_schema_is_sarif_2_1_0() {
    let text = fs::read_to_string(schema()).expect("read the schema");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("the schema is JSON");
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    assert!(schema["$id"]
        .as_str()
        .is_some_and(|id| id.ends_with("/sarif-schema-2.1.0.json")));
    assert_eq!(schema["properties"]["version"]["enum"][0], "2.1.0");
}

/// The SARIF of every fixture (160 results and more, all rules, related locations and fixes),
/// and of runs without any result, is valid SARIF 2.1.0.
#[test]
fn sarif_validates_against_the_schema() {
    let dir = tempfile::tempdir().expect("temp dir");
    let runs: &[(&str, &[&str])] = &[
        ("fixtures.sarif", &["fixtures"]),
        ("seed.sarif", &["--date", "2025-04-23", SEED]),
        ("clean.sarif", &[CLEAN, CLEAN]),
    ];
    for (name, paths) in runs {
        let mut args = vec!["check", "--fail-level", "never", "--format", "sarif"];
        args.extend(*paths);
        let sarif = stdout(&args);
        match validate_sarif(dir.path(), name, &sarif) {
            None => return,
            Some(Validation::Valid) => {}
            Some(other) => panic!("{name} is not valid SARIF 2.1.0: {other:?}"),
        }
    }
}

/// The validation can fail: the same helper rejects SARIF that breaks the schema.
#[test]
fn the_schema_check_rejects_broken_sarif() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sarif = stdout(&["check", "--fail-level", "never", "--format", "sarif", SEED]);
    let good: serde_json::Value = serde_json::from_str(&sarif).expect("SARIF is JSON");
    let mut no_version = good.clone();
    if let Some(log) = no_version.as_object_mut() {
        log.remove("version");
    }
    let mut column_zero = good.clone();
    column_zero["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
        ["startColumn"] = 0.into();
    let mut bad_level = good;
    bad_level["runs"][0]["results"][0]["level"] = "info".into();
    // Each broken log, and what the schema's complaint names.
    for (name, doc, complaint) in [
        (
            "no-version.sarif",
            no_version,
            "'version' is a required property",
        ),
        ("column-zero.sarif", column_zero, "startColumn"),
        ("bad-level.sarif", bad_level, "level"),
    ] {
        match validate_sarif(dir.path(), name, &doc.to_string()) {
            None => return,
            Some(Validation::Invalid(report)) => {
                assert!(report.contains(complaint), "{name}: {report}");
            }
            Some(other) => panic!("{name} should be rejected: {other:?}"),
        }
    }
}
