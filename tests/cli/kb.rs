//! `whosaid kb`: checking knowledge-base files and looking names up.

use std::fs;

use insta_cmd::assert_cmd_snapshot;

use super::{whosaid, whosaid_in};

#[test]
fn find_wp() {
    assert_cmd_snapshot!(whosaid().args(["kb", "find", "WP", "--date", "2025-06-01"]));
}

#[test]
fn find_rubio_by_surname() {
    assert_cmd_snapshot!(whosaid().args(["kb", "find", "Rubio", "--date", "2025-06-01"]));
}

#[test]
fn find_marks_roles_held_on_the_date() {
    assert_cmd_snapshot!(whosaid().args(["kb", "find", "Shmyhal", "--date", "2024-06-01"]));
}

#[test]
fn find_nothing() {
    assert_cmd_snapshot!(whosaid().args(["kb", "find", "Wence", "--date", "2025-06-01"]));
}

const GOOD: &str = r#"as_of = "2026-11-01"

[[person]]
name = "Jane Example"
aliases = ["J. Example"]
[[person.role]]
title = "Mayor"
of = "Springfield"
from = "2024-01-01"

[[outlet]]
name = "The Springfield Shopper"
aliases = ["the Shopper"]
country = "United States"

# Replaces the default entry.
[[outlet]]
id = "the-washington-post"
name = "The Washington Post"
aliases = ["WP", "WaPo"]
"#;

const BAD: &str = r#"[[outlet]]
name = "The Springfield Shopper"
alias = ["the Shopper"]
"#;

const BAD_DATES: &str = r#"[[person]]
name = "Jane Example"
[[person.role]]
title = "Mayor"
of = "Springfield"
from = "2025-02-30"
to = "yesterday"
"#;

#[test]
fn check_good_and_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.toml"), GOOD).unwrap();
    fs::write(dir.path().join("bad.toml"), BAD).unwrap();
    fs::write(dir.path().join("dates.toml"), BAD_DATES).unwrap();
    assert_cmd_snapshot!(
        "check_good",
        whosaid_in(dir.path()).args(["kb", "check", "good.toml"])
    );
    assert_cmd_snapshot!(
        "check_bad",
        whosaid_in(dir.path()).args(["kb", "check", "good.toml", "bad.toml", "dates.toml"])
    );
}

#[test]
fn find_with_a_user_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.toml"), GOOD).unwrap();
    assert_cmd_snapshot!(whosaid_in(dir.path()).args([
        "kb",
        "find",
        "the Shopper",
        "--kb",
        "good.toml",
        "--date",
        "2025-06-01"
    ]));
}
