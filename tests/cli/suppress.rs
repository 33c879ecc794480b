//! Suppression comments (`<!-- whosaid-disable-next-line RULE -- reason -->`, `disable` /
//! `enable` regions) and the findings about them, on the fixtures under `fixtures/suppress/`.

use insta_cmd::assert_cmd_snapshot;

use super::whosaid;

/// The first of two identical vague sources is suppressed, with a reason.
#[test]
fn next_line() {
    assert_cmd_snapshot!(whosaid().args(["check", "fixtures/suppress/next-line.md"]));
}

/// A reviewed spelling: the first `Wence` is suppressed, the second is still an error.
#[test]
fn reason() {
    assert_cmd_snapshot!(whosaid().args(["check", "fixtures/suppress/reason.md"]));
}

/// `disable source` ... `enable source`: the family is silenced between the comments only.
#[test]
fn region() {
    assert_cmd_snapshot!(whosaid().args(["check", "fixtures/suppress/region.md"]));
}

/// A rule that matched nothing, a misspelled rule id, a region with nothing to suppress.
#[test]
fn unused_and_unknown_rule() {
    assert_cmd_snapshot!(whosaid().args(["check", "fixtures/suppress/unused-and-unknown.md"]));
}

/// Plain text: the comment stays in the prose, but nothing is found inside it.
#[test]
fn plain_text() {
    assert_cmd_snapshot!(whosaid().args(["check", "fixtures/suppress/plain.txt"]));
}

/// The suppression rules are configured like any other.
#[test]
fn suppression_rules_turned_off() {
    assert_cmd_snapshot!(whosaid().args([
        "check",
        "--config",
        "fixtures/suppress/quiet.toml",
        "fixtures/suppress/unused-and-unknown.md"
    ]));
}

#[test]
fn explain_suppression_unused() {
    assert_cmd_snapshot!(whosaid().args(["explain", "suppression/unused"]));
}
