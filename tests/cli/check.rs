//! `whosaid check`, `whosaid rules` and `whosaid explain`: findings on the per-rule fixtures
//! (each rule's `fires.md` and `near-miss.md` under `fixtures/rules/<family>-<name>/`) and on
//! the seed, the registry's listings, and exit codes by fail level.

use insta_cmd::assert_cmd_snapshot;

use super::whosaid;

const SEED: &str = "fixtures/unn-london-talks.txt";

/// One snapshot per rule's fixture directory (both files, in path order).
macro_rules! fixture_tests {
    ($($name:ident => $dir:literal,)*) => {
        $(
            #[test]
            fn $name() {
                assert_cmd_snapshot!(whosaid().args([
                    "check",
                    "--fail-level",
                    "never",
                    concat!("fixtures/rules/", $dir),
                ]));
            }
        )*
    };
}

fixture_tests! {
    rule_quote_unclosed => "quote-unclosed",
    rule_name_misspelled => "name-misspelled",
    rule_name_title_mismatch => "name-title-mismatch",
    rule_name_inconsistent_title => "name-inconsistent-title",
    rule_quote_unattributed => "quote-unattributed",
    rule_source_anonymous => "source-anonymous",
    rule_source_anonymous_unexplained => "source-anonymous-unexplained",
    rule_source_vague => "source-vague",
    rule_source_unresolved => "source-unresolved",
    rule_chain_anonymous_origin => "chain-anonymous-origin",
    rule_chain_self_citation => "chain-self-citation",
    rule_chain_circular => "chain-circular",
}

#[test]
fn seed_human() {
    assert_cmd_snapshot!(whosaid().args(["check", "--date", "2025-04-23", SEED]));
}

#[test]
fn seed_json() {
    assert_cmd_snapshot!(whosaid().args([
        "check",
        "--format",
        "json",
        "--date",
        "2025-04-23",
        SEED
    ]));
}

#[test]
fn rules() {
    assert_cmd_snapshot!(whosaid().arg("rules"));
}

#[test]
fn explain_source_vague() {
    assert_cmd_snapshot!(whosaid().args(["explain", "source/vague"]));
}

#[test]
fn explain_name_misspelled() {
    assert_cmd_snapshot!(whosaid().args(["explain", "name/misspelled"]));
}

#[test]
fn explain_unknown_rule() {
    assert_cmd_snapshot!(whosaid().args(["explain", "nope"]));
}

#[test]
fn check_without_paths() {
    assert_cmd_snapshot!(whosaid().arg("check"));
}

fn exit_code(args: &[&str]) -> Option<i32> {
    whosaid()
        .args(args)
        .output()
        .expect("run whosaid")
        .status
        .code()
}

#[test]
fn exit_codes_follow_the_fail_level() {
    // The seed has an error (the unclosed quote), warnings and info findings.
    let seed =
        |level: &str| exit_code(&["check", "--fail-level", level, "--format", "jsonl", SEED]);
    assert_eq!(seed("error"), Some(1));
    assert_eq!(seed("warning"), Some(1));
    assert_eq!(seed("info"), Some(1));
    assert_eq!(seed("never"), Some(0));
    // Only an info finding: fails at `info` alone.
    let info = "fixtures/rules/chain-self-citation/fires.md";
    assert_eq!(exit_code(&["check", info]), Some(0));
    assert_eq!(
        exit_code(&["check", "--fail-level", "warning", info]),
        Some(0)
    );
    assert_eq!(exit_code(&["check", "--fail-level", "info", info]), Some(1));
    // The default fail level is `error`.
    assert_eq!(exit_code(&["check", SEED]), Some(1));
    // An unreadable input is exit 2 even with findings, and the others are still checked.
    assert_eq!(
        exit_code(&["check", "fixtures/no-such-file.md", SEED]),
        Some(2)
    );
}

#[test]
fn missing_input_among_good_ones() {
    assert_cmd_snapshot!(whosaid().args([
        "check",
        "fixtures/no-such-file.md",
        "fixtures/rules/chain-self-citation/fires.md",
    ]));
}

#[test]
fn bad_front_matter_date() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bad-date.md");
    std::fs::write(
        &path,
        "---\npublisher: UNN\ndate: April 23\n---\n\nUNN reported that the talks had stalled.\n",
    )
    .expect("write");
    let out = super::whosaid_in(dir.path())
        .args(["check", "bad-date.md"])
        .output()
        .expect("run whosaid");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad-date.md: front matter `date: April 23` is not a date"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("chain/self-citation"));
}

/// Articles with no date are checked as of today; when that decides a finding (an office held
/// by someone else today), one note says so and how to give the date. A date given, or
/// findings that do not rest on it, make no note; the note changes no exit status.
#[test]
fn undated_articles_get_one_note_about_offices_held_today() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["a.txt", "b.txt"] {
        std::fs::write(
            dir.path().join(name),
            "U.S. President George W. Bush said the campaign would go on.\n",
        )
        .expect("write");
    }
    std::fs::write(
        dir.path().join("c.txt"),
        "The talks stalled, according to media reports.\n",
    )
    .expect("write");
    let run = |args: &[&str]| {
        super::whosaid_in(dir.path())
            .args(["check", "--fail-level", "never"])
            .args(args)
            .output()
            .expect("run whosaid")
    };
    let out = run(&["a.txt", "b.txt", "c.txt"]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.matches("note: ").count(),
        1,
        "one note for the run: {stderr}"
    );
    assert!(
        stderr.contains(
            "note: 2 documents gave no date: the offices named in them were checked as held today"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("--date or front matter `date:`"),
        "{stderr}"
    );
    let out = run(&["--date", "2003-01-01", "a.txt", "b.txt", "c.txt"]);
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("note:"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run(&["c.txt"]);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An HTML export: markup, scripts, styles and the head are not prose; quotation marks written
/// as character references are quotes, and spans take in the whole reference.
#[test]
fn html_export() {
    assert_cmd_snapshot!(whosaid().args([
        "check",
        "--fail-level",
        "never",
        "fixtures/html/cms-export.html",
    ]));
}
