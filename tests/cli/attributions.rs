//! `whosaid attributions` on the seed article, in every output format.

use insta_cmd::assert_cmd_snapshot;

use super::whosaid;

const SEED: &str = "fixtures/unn-london-talks.txt";

#[test]
fn seed_human() {
    assert_cmd_snapshot!(whosaid().args(["attributions", SEED]));
}

#[test]
fn seed_json() {
    assert_cmd_snapshot!(whosaid().args(["attributions", "--format", "json", SEED]));
}

#[test]
fn seed_jsonl() {
    assert_cmd_snapshot!(whosaid().args(["attributions", "--format", "jsonl", SEED]));
}

#[test]
fn markdown_with_front_matter() {
    assert_cmd_snapshot!(whosaid().args([
        "attributions",
        "--format",
        "json",
        "fixtures/markdown/front-matter.md"
    ]));
}

#[test]
fn several_files_human() {
    assert_cmd_snapshot!(whosaid().args([
        "attributions",
        SEED,
        "fixtures/markdown/front-matter.md"
    ]));
}

/// Every span in the JSON output is a byte range of the input whose `text` is that slice, and
/// whose line and column agree with the offset.
#[test]
fn json_spans_are_byte_offsets() {
    let output = whosaid()
        .args(["attributions", "--format", "jsonl", SEED])
        .output()
        .expect("run whosaid");
    assert!(output.status.success());
    let text = std::fs::read_to_string(super::root().join(SEED)).expect("read the seed");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
    let doc: serde_json::Value = serde_json::from_str(stdout.trim()).expect("one JSON line");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["path"], SEED);
    let mut spans = Vec::new();
    for a in doc["attributions"].as_array().expect("attributions") {
        for role in [
            "cue",
            "source",
            "content",
            "recipient",
            "medium",
            "anonymity",
        ] {
            if !a[role].is_null() {
                spans.push(a[role].clone());
            }
        }
    }
    for p in doc["problems"].as_array().expect("problems") {
        spans.push(p["span"].clone());
    }
    for span in spans {
        let start = span["start"].as_u64().expect("start") as usize;
        let end = span["end"].as_u64().expect("end") as usize;
        assert_eq!(
            Some(span["text"].as_str().expect("text")),
            text.get(start..end)
        );
        let before = &text[..start];
        let line = before.matches('\n').count() + 1;
        let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
            .chars()
            .count()
            + 1;
        assert_eq!(span["line"], line);
        assert_eq!(span["column"], column);
    }
}

#[test]
fn color_always_styles_the_output() {
    let output = whosaid()
        .args(["attributions", "--color", "always", SEED])
        .output()
        .expect("run whosaid");
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("\x1b["));
    let output = whosaid()
        .args(["attributions", SEED])
        .output()
        .expect("run whosaid");
    assert!(!String::from_utf8_lossy(&output.stdout).contains('\x1b'));
}

/// `--format yaml`: the JSON shape as one YAML document (every string double-quoted).
#[test]
fn yaml_format() {
    assert_cmd_snapshot!(whosaid().args([
        "attributions",
        "--format",
        "yaml",
        "fixtures/markdown/front-matter.md",
    ]));
}

/// The YAML output, read back by a YAML library (PyYAML, when python3 has it), is the JSON
/// output value for value, over every fixture: the writer's quoting and indentation are right.
#[test]
#[allow(clippy::print_stderr)] // says why the check did not run
fn yaml_reads_back_as_the_json_output() {
    let has_pyyaml = std::process::Command::new("python3")
        .args(["-c", "import yaml"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_pyyaml {
        eprintln!("skipped: python3 with PyYAML is not available");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    for format in ["json", "yaml"] {
        let out = whosaid()
            // fixtures/config/ holds a broken configuration file on purpose.
            .args(["chains", "--isolated", "--format", format, "fixtures"])
            .output()
            .expect("whosaid runs");
        assert!(out.status.success());
        std::fs::write(dir.path().join(format), out.stdout).expect("write");
    }
    let script = "import json, sys, yaml\n\
                  a = json.load(open(sys.argv[1]))\n\
                  b = yaml.safe_load(open(sys.argv[2]))\n\
                  assert len(a['documents']) > 50, len(a['documents'])\n\
                  sys.exit(0 if a == b else 'YAML and JSON outputs differ')\n";
    let status = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(dir.path().join("json"))
        .arg(dir.path().join("yaml"))
        .status()
        .expect("python3 runs");
    assert!(status.success());
}
