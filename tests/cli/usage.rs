//! Usage errors and help.

use insta_cmd::assert_cmd_snapshot;

use super::whosaid;

#[test]
fn attributions_without_paths() {
    assert_cmd_snapshot!(whosaid().arg("attributions"));
}

#[test]
fn unknown_format() {
    assert_cmd_snapshot!(whosaid().args([
        "attributions",
        "--format",
        "xml",
        "fixtures/unn-london-talks.txt"
    ]));
}

#[test]
fn attributions_help() {
    assert_cmd_snapshot!(whosaid().args(["attributions", "--help"]));
}

#[test]
fn no_arguments_at_all() {
    assert_cmd_snapshot!(whosaid());
}
