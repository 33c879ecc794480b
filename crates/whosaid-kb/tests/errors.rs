//! Every kind of error in a knowledge-base file, with its exact line and column.

use whosaid_kb::Kb;

/// (what, file text, expected errors as `line:column: message`).
const CASES: &[(&str, &str, &[&str])] = &[
    (
        "unknown top-level key",
        "as_of = \"2025-06-01\"\nsource = \"me\"\n",
        &["2:1: unknown field `source`, expected one of `as_of`, `person`, `outlet`, `organization`"],
    ),
    (
        "unknown key in an entry",
        "[[person]]\nname = \"JD Vance\"\nalias = [\"J.D. Vance\"]\n",
        &["3:1: unknown field `alias`, expected one of `id`, `name`, `aliases`, `variants`, `surname`, `script`, `country`, `role`"],
    ),
    (
        "unknown key in a role",
        "[[person]]\nname = \"JD Vance\"\n[[person.role]]\ntitle = \"Vice President\"\nof = \"United States\"\nfrom = \"2025-01-20\"\nuntil = \"2029-01-20\"\n",
        &["7:1: unknown field `until`, expected one of `title`, `of`, `from`, `to`"],
    ),
    (
        "missing name",
        "[[outlet]]\naliases = [\"WP\"]\n",
        &["1:1: missing field `name`"],
    ),
    (
        "missing role date",
        "[[person]]\nname = \"A B\"\n[[person.role]]\ntitle = \"Mayor\"\nof = \"X\"\n",
        &["3:1: missing field `from`"],
    ),
    (
        "wrong type",
        "[[outlet]]\nname = \"The Washington Post\"\naliases = \"WP\"\n",
        &["3:11: invalid type: string \"WP\", expected a sequence"],
    ),
    (
        "wrong type in a list",
        "[[outlet]]\nname = \"X\"\naliases = [\"A\", 2]\n",
        &["3:17: invalid type: integer `2`, expected a string"],
    ),
    (
        "a TOML date, not a string",
        "[[person]]\nname = \"A B\"\n[[person.role]]\ntitle = \"Mayor\"\nof = \"X\"\nfrom = 2025-01-20\n",
        &["6:8: invalid type: a TOML date, expected a string: write `\"2025-01-20\"` (with quotes)"],
    ),
    (
        "syntax error",
        "[[outlet]\nname = \"X\"\n",
        &["1:10: unclosed array table, expected `]`"],
    ),
    (
        "month 13",
        "as_of = \"2025-13-01\"\n",
        &["1:9: invalid date `2025-13-01`: the month must be 01 to 12"],
    ),
    (
        "February 30",
        "[[person]]\nname = \"A B\"\n[[person.role]]\ntitle = \"Mayor\"\nof = \"X\"\nfrom = \"2025-02-30\"\n",
        &["6:8: invalid date `2025-02-30`: February 2025 has 28 days"],
    ),
    (
        "not a date",
        "[[person]]\nname = \"A B\"\n[[person.role]]\ntitle = \"Mayor\"\nof = \"X\"\nfrom = \"2020-01-01\"\nto   =   \"yesterday\"\n",
        &["7:10: invalid date `yesterday`: expected YYYY-MM-DD"],
    ),
    (
        "to before from",
        "[[person]]\nname = \"A B\"\n[[person.role]]\ntitle = \"Mayor\"\nof = \"X\"\nfrom = \"2025-01-20\"\nto = \"2024-01-20\"\n",
        &["7:6: the role ends (`to = \"2024-01-20\"`) before it starts (`from = \"2025-01-20\"`)"],
    ),
    (
        "duplicate id from the name",
        "[[outlet]]\nname = \"The Post\"\n\n[[outlet]]\nname = \"the  post\"\n",
        &["5:8: duplicate id `the-post`: an entry on line 2 has it already (give one an explicit `id`)"],
    ),
    (
        "duplicate explicit id across kinds",
        "[[person]]\nid = \"x\"\nname = \"A B\"\n[[person.role]]\ntitle = \"T\"\nof = \"X\"\nfrom = \"2020-01-01\"\n[[organization]]\nid = \"x\"\nname = \"X Corp\"\n",
        &["9:6: duplicate id `x`: an entry on line 2 has it already (give one an explicit `id`)"],
    ),
    (
        "invalid id",
        "[[outlet]]\nid = \"The Post\"\nname = \"The Post\"\n",
        &["2:6: invalid id `The Post`: use lower-case letters, digits and hyphens, e.g. `jd-vance`"],
    ),
    (
        "invalid script",
        "[[person]]\nname = \"A B\"\nscript = \"cyrillic\"\n",
        &["3:10: invalid script `cyrillic`: expected an ISO 15924 code such as Latn, Cyrl, Arab, Hans"],
    ),
    (
        "empty name and alias",
        "[[outlet]]\nname = \" \"\naliases = [\"\"]\n",
        &["2:8: empty name", "3:12: empty alias"],
    ),
    (
        "columns count characters, not bytes",
        "[[person]]\nname = \"Ärzte Ü\" x\n",
        &["2:18: unexpected key or value, expected newline, `#`"],
    ),
    (
        "every semantic error is reported",
        "as_of = \"2025-06-31\"\n[[person]]\nname = \"A B\"\n[[person.role]]\ntitle = \"T\"\nof = \"X\"\nfrom = \"2025-00-01\"\n",
        &[
            "1:9: invalid date `2025-06-31`: June 2025 has 30 days",
            "7:8: invalid date `2025-00-01`: the month must be 01 to 12",
        ],
    ),
];

#[test]
fn errors_have_positions() {
    let mut failures = Vec::new();
    for (what, text, want) in CASES {
        let mut kb = Kb::empty();
        let got: Vec<String> = match kb.load_str_all(text, "kb.toml") {
            Ok(()) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        };
        let want: Vec<String> = want.iter().map(|w| format!("kb.toml:{w}")).collect();
        if got != want {
            failures.push(format!("{what}:\n  got  {got:?}\n  want {want:?}"));
        }
        assert!(kb.is_empty(), "{what}: a file with errors merged nothing");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn load_str_returns_the_first_error() {
    let err = Kb::empty()
        .load_str(CASES.last().unwrap().1, "user.toml")
        .unwrap_err();
    assert_eq!(
        (err.origin.as_str(), err.line, err.column),
        ("user.toml", 1, 9)
    );
    assert_eq!(
        err.to_string(),
        "user.toml:1:9: invalid date `2025-06-31`: June 2025 has 30 days"
    );
}

#[test]
fn as_of_is_required_only_when_strict() {
    let text = "[[organization]]\nname = \"X Corp\"\n";
    assert!(Kb::empty().load_str(text, "user.toml").is_ok());
    let errors = Kb::empty()
        .load_str_strict(text, "people.toml")
        .unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "people.toml:1:1: missing `as_of = \"YYYY-MM-DD\"`: the date the facts in this file are true as of"
    );
}
