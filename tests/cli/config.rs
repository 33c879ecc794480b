//! `whosaid.toml`: discovery from each file's directory, `.whosaid.toml`, `--config`,
//! `--isolated`, `--dump-config`, overrides per glob, severities, fail levels, `--no-exit-code`,
//! and errors with `path:line:column`. Fixtures under `fixtures/config/`; cases that need
//! files written at test time run in a temporary directory with relative paths, so no temporary
//! path reaches a snapshot.

use std::fs;
use std::path::Path;

use insta_cmd::assert_cmd_snapshot;

use super::{whosaid, whosaid_in};

const NEWSROOM: &str = "fixtures/config/newsroom";
const DOTFILE: &str = "fixtures/config/dotfile";

fn exit_code(cmd: &mut std::process::Command) -> Option<i32> {
    cmd.output().expect("run whosaid").status.code()
}

/// `newsroom/whosaid.toml` applies to `world/europe/` two levels down: `source/vague` is off,
/// `source/anonymous-unexplained` is a warning that fails the run (`fail-level = "warning"`);
/// under `opinion/` an override turns it off; `drafts/` is excluded from the walk.
#[test]
fn discovery_from_a_nested_directory() {
    assert_cmd_snapshot!(whosaid().args(["check", NEWSROOM]));
}

/// A file named on the command line is checked even when `exclude` matches it.
#[test]
fn excluded_file_named_explicitly_is_checked() {
    assert_cmd_snapshot!(whosaid().args(["check", "fixtures/config/newsroom/drafts/unfinished.md"]));
}

/// `.whosaid.toml` raises `source/vague` to `error`: the run fails at the default fail level.
#[test]
fn dotfile_raises_a_severity() {
    assert_cmd_snapshot!(whosaid().args(["check", DOTFILE]));
}

#[test]
fn no_exit_code() {
    assert_eq!(exit_code(whosaid().args(["check", DOTFILE])), Some(1));
    assert_eq!(
        exit_code(whosaid().args(["check", "--no-exit-code", DOTFILE])),
        Some(0)
    );
    // Still 2 on a configuration error.
    assert_eq!(
        exit_code(whosaid().args(["check", "--no-exit-code", "fixtures/config/broken"])),
        Some(2)
    );
}

/// `--isolated`: no file, so `source/vague` is back to a warning and the run passes.
#[test]
fn isolated() {
    assert_cmd_snapshot!(whosaid().args(["check", "--isolated", DOTFILE]));
}

#[test]
fn fail_level_flag_wins_over_the_file() {
    assert_eq!(exit_code(whosaid().args(["check", NEWSROOM])), Some(1));
    assert_eq!(
        exit_code(whosaid().args(["check", "--fail-level", "error", NEWSROOM])),
        Some(0)
    );
    assert_eq!(
        exit_code(whosaid().args(["check", "--fail-level", "never", DOTFILE])),
        Some(0)
    );
}

/// `--config FILE` for every input: `chain/self-citation` raised to a warning, fail level
/// `info`.
#[test]
fn explicit_config() {
    assert_cmd_snapshot!(whosaid().args([
        "check",
        "--config",
        "fixtures/config/strict.toml",
        "fixtures/rules/chain-self-citation/fires.md",
    ]));
}

#[test]
fn isolated_and_config_conflict() {
    assert_eq!(
        exit_code(whosaid().args([
            "check",
            "--isolated",
            "--config",
            "fixtures/config/strict.toml",
            DOTFILE
        ])),
        Some(2)
    );
}

#[test]
fn dump_config() {
    assert_cmd_snapshot!(whosaid().args([
        "check",
        "--dump-config",
        "fixtures/config/newsroom/world"
    ]));
}

/// The flags are part of the effective settings; `--isolated` gives the defaults.
#[test]
fn dump_config_isolated_with_flags() {
    assert_cmd_snapshot!(whosaid().args([
        "check",
        "--dump-config",
        "--isolated",
        "--fail-level",
        "never",
        "--publisher",
        "Ukrinform",
    ]));
}

/// An unknown key: reported once for the two files under it (which are not checked), the
/// other input is checked, exit 2.
#[test]
fn unknown_key() {
    assert_cmd_snapshot!(whosaid().args([
        "check",
        "fixtures/config/broken",
        "fixtures/config/dotfile/grain.md"
    ]));
}

#[test]
fn unknown_rule_and_bad_severity_in_an_explicit_config() {
    assert_cmd_snapshot!(whosaid().args([
        "check",
        "--config",
        "fixtures/config/unknown-rule.toml",
        DOTFILE
    ]));
}

/// Standard input named by `--stdin-filename` takes the configuration of that path.
#[test]
fn stdin_with_filename_picks_up_the_config_of_that_path() {
    assert_cmd_snapshot!(whosaid()
        .args([
            "check",
            "--stdin-filename",
            "fixtures/config/dotfile/piped.md",
            "-"
        ])
        .pass_stdin("Experts believe the port will stay closed until June.\n"));
}

fn write(root: &Path, file: &str, text: &str) {
    let path = root.join(file);
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(path, text).expect("write");
}

/// Both names in one directory: `whosaid.toml` wins. The nearest file applies alone (no
/// inheritance of `fail-level` from the parent directory's file). `kb` is relative to the
/// configuration file, and `publisher` is the default when the article names none.
#[test]
fn nearest_file_kb_and_publisher() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(root, "whosaid.toml", "fail-level = \"info\"\n");
    write(
        root,
        "desk/whosaid.toml",
        "publisher = \"The Daily Example\"\nkb = [\"kb/local.toml\"]\n",
    );
    write(root, "desk/.whosaid.toml", "this is = not valid\n");
    write(
        root,
        "desk/kb/local.toml",
        "[[outlet]]\nname = \"The Daily Example\"\naliases = [\"Daily Example\"]\n",
    );
    write(
        root,
        "desk/2025/report.md",
        "---\ndate: 2025-04-23\n---\n\nThe Daily Example reported last week that the port had reopened.\n",
    );
    assert_cmd_snapshot!(whosaid_in(root).args(["check", "desk"]));
    assert_cmd_snapshot!(
        "nearest_file_kb_and_publisher_chains",
        whosaid_in(root).args(["chains", "desk/2025/report.md"])
    );
    // From the root's file instead: fail level `info`, no publisher.
    assert_eq!(
        exit_code(whosaid_in(root).args(["check", "--config", "whosaid.toml", "desk"])),
        Some(0)
    );
}

/// With no path, `--dump-config` shows the current directory's settings; JSON Lines records
/// take the configuration of their file.
#[test]
fn current_directory_and_jsonl() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(
        root,
        ".whosaid.toml",
        "[rules]\n\"source/vague\" = \"info\"\n\"suppression/unused\" = \"off\"\n",
    );
    write(
        root,
        "batch/whosaid.toml",
        "[rules]\n\"source/vague\" = \"error\"\n",
    );
    write(
        root,
        "batch/docs.jsonl",
        "{\"id\": 1, \"text\": \"Experts believe the dam will hold.\"}\n",
    );
    assert_cmd_snapshot!(whosaid_in(root).args(["check", "--dump-config"]));
    assert_cmd_snapshot!(
        "current_directory_and_jsonl_records",
        whosaid_in(root).args(["check", "--input", "jsonl", "--format", "jsonl", "batch"])
    );
}

/// A configuration file that is not UTF-8 is an error naming the file.
#[test]
fn binary_config_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    fs::write(root.join("whosaid.toml"), b"\xff\xfe\x00\x01").expect("write");
    write(root, "a.md", "The minister said the talks would resume.\n");
    assert_cmd_snapshot!(whosaid_in(root).args(["check", "a.md"]));
}
