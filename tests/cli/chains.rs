//! `whosaid chains` on the seed article in every format, and the diagrams checked by their own
//! tools: Graphviz renders the `dot` output (when `dot` is installed; `.ci/run` installs it), and
//! the Mermaid output keeps to the flowchart grammar it uses.

use std::io::Write;
use std::process::{Command, Stdio};

use insta_cmd::assert_cmd_snapshot;

use super::whosaid;

const SEED: &str = "fixtures/unn-london-talks.txt";

#[test]
fn seed_tree() {
    assert_cmd_snapshot!(whosaid().args(["chains", SEED]));
}

#[test]
fn seed_json() {
    assert_cmd_snapshot!(whosaid().args(["chains", "--format", "json", SEED]));
}

#[test]
fn seed_dot() {
    assert_cmd_snapshot!(whosaid().args(["chains", "--format", "dot", SEED]));
}

#[test]
fn seed_mermaid() {
    assert_cmd_snapshot!(whosaid().args(["chains", "--format", "mermaid", SEED]));
}

#[test]
fn publisher_flag_overrides_the_text() {
    assert_cmd_snapshot!(whosaid().args([
        "chains",
        "--publisher",
        "Kyiv Independent",
        "fixtures/markdown/front-matter.md"
    ]));
}

fn output(args: &[&str]) -> String {
    let out = whosaid().args(args).output().expect("run whosaid");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
#[allow(clippy::print_stderr)] // says why the rendering check did not run
fn dot_output_renders_with_graphviz() {
    let dot = output(&[
        "chains",
        "--format",
        "dot",
        SEED,
        "fixtures/markdown/front-matter.md",
    ]);
    let child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        if std::env::var_os("CI").is_some() {
            panic!("Graphviz `dot` is not installed; .ci/run installs it");
        }
        eprintln!("skipped: Graphviz `dot` is not installed");
        return;
    };
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(dot.as_bytes())
        .expect("write dot");
    let out = child.wait_with_output().expect("dot ran");
    assert!(
        out.status.success(),
        "dot rejected the output:\n{}\n{dot}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = String::from_utf8_lossy(&out.stdout);
    assert!(svg.contains("<svg") && svg.contains("The Washington Post"));
}

#[test]
fn mermaid_output_keeps_to_the_flowchart_grammar() {
    let text = output(&[
        "chains",
        "--format",
        "mermaid",
        SEED,
        "fixtures/markdown/front-matter.md",
    ]);
    let mut in_front_matter = false;
    let mut flowcharts = 0;
    for line in text.lines() {
        if line == "---" {
            in_front_matter = !in_front_matter;
            continue;
        }
        if in_front_matter {
            assert!(
                line.starts_with("title: \"") && line.ends_with('"'),
                "{line:?}"
            );
            continue;
        }
        if line.is_empty() {
            continue;
        }
        if line == "flowchart LR" {
            flowcharts += 1;
            continue;
        }
        let line = line
            .strip_prefix("  ")
            .unwrap_or_else(|| panic!("not indented: {line:?}"));
        let id_end = line
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(line.len());
        let (id, rest) = line.split_at(id_end);
        assert!(
            id.starts_with('e') && id[1..].chars().all(|c| c.is_ascii_digit()),
            "{line:?}"
        );
        let label = |inner: &str| {
            // A quoted label holds no raw quote, no raw markup and no line break.
            assert!(inner.starts_with('"') && inner.ends_with('"'), "{line:?}");
            let body = &inner[1..inner.len() - 1];
            assert!(!body.contains(['"', '<', '>', '\n']), "{line:?}");
        };
        if let Some(inner) = rest.strip_prefix("([").and_then(|r| r.strip_suffix("])")) {
            label(inner);
        } else if let Some(inner) = rest.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            label(inner);
        } else {
            // An edge: ` -->|N| eM`.
            let edge = rest
                .strip_prefix(" -->|")
                .unwrap_or_else(|| panic!("{line:?}"));
            let (count, target) = edge.split_once("| ").unwrap_or_else(|| panic!("{line:?}"));
            assert!(count.parse::<usize>().is_ok(), "{line:?}");
            assert!(
                target.starts_with('e') && target[1..].chars().all(|c| c.is_ascii_digit()),
                "{line:?}"
            );
        }
    }
    assert_eq!(flowcharts, 2);
}
