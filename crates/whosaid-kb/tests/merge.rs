//! User files merged over the default knowledge base.

use whosaid_kb::{Date, EntryKind, Kb, MatchKind};

const USER: &str = r#"
# JD Vance, replaced by id (the slug of the name), with one more alias.
[[person]]
name = "JD Vance"
aliases = ["J.D. Vance", "Senator Vance"]
[[person.role]]
title = "Vice President"
of = "United States"
from = "2025-01-20"

# A new outlet.
[[outlet]]
name = "The Daily Example"
aliases = ["TDE", "the Example"]
country = "Ruritania"

# The Washington Post replaced by an explicit id.
[[outlet]]
id = "the-washington-post"
name = "The Washington Post"
aliases = ["WP"]
"#;

#[test]
fn a_user_file_replaces_by_id_and_adds() {
    let builtin = Kb::builtin();
    let mut kb = Kb::with_builtin();
    kb.load_str(USER, "user.toml").unwrap();
    assert_eq!(kb.len(), builtin.len() + 1);
    assert_eq!(kb.sources().last().unwrap().origin, "user.toml");
    assert_eq!(kb.sources().last().unwrap().as_of, None);

    // The replaced entry keeps its EntryId and shows the new aliases.
    let vance = kb.get("jd-vance").unwrap();
    assert_eq!(Some(vance), builtin.get("jd-vance"));
    assert_eq!(kb.entry(vance).aliases, ["J.D. Vance", "Senator Vance"]);
    assert_eq!(kb.find("Senator Vance")[0].entry, vance);
    // The old alias "James David Vance" is gone with the old entry.
    assert!(kb.find("James David Vance").is_empty());

    // "the Post" and "WaPo" were aliases of the default entry only.
    assert!(kb.find("the Post").is_empty());
    assert!(kb.find("WaPo").is_empty());
    let wp = kb.find("WP");
    assert_eq!(wp.len(), 1);
    assert_eq!(kb.entry(wp[0].entry).id, "the-washington-post");

    // The new outlet is found by every name.
    for name in ["The Daily Example", "Daily Example", "TDE", "the Example"] {
        let found = kb.find(name);
        assert_eq!(found.len(), 1, "{name}");
        let e = kb.entry(found[0].entry);
        assert_eq!(
            (e.id.as_str(), e.kind),
            ("the-daily-example", EntryKind::Outlet)
        );
    }
    assert!(kb.find("tde").is_empty());

    // The default knowledge base is untouched.
    assert_eq!(builtin.find("WaPo").len(), 1);
    assert!(builtin.find("TDE").is_empty());
}

#[test]
fn a_later_file_wins_and_dates_follow() {
    let mut kb = Kb::empty();
    kb.load_str(
        "as_of = \"2025-01-01\"\n[[person]]\nname = \"Ann Example\"\n[[person.role]]\ntitle = \"Mayor\"\nof = \"Springfield\"\nfrom = \"2020-01-01\"\n",
        "a.toml",
    )
    .unwrap();
    kb.load_str(
        "as_of = \"2026-01-01\"\n[[person]]\nname = \"Ann Example\"\n[[person.role]]\ntitle = \"Mayor\"\nof = \"Springfield\"\nfrom = \"2020-01-01\"\nto = \"2025-06-01\"\n[[person]]\nname = \"Bob Example\"\n[[person.role]]\ntitle = \"Mayor\"\nof = \"Springfield\"\nfrom = \"2025-06-01\"\n",
        "b.toml",
    )
    .unwrap();
    assert_eq!(kb.len(), 2);
    let on: Date = "2025-07-01".parse().unwrap();
    let holders = kb.holders("mayor", Some("springfield"), on);
    assert_eq!(holders.len(), 1);
    assert_eq!(kb.entry(holders[0]).name, "Bob Example");
    // Two people named Example: a surname query finds both, a full name only one.
    let both = kb.find("Example");
    assert_eq!(both.len(), 2);
    assert!(both.iter().all(|m| m.how == MatchKind::Surname));
    assert_eq!(kb.find("Ann Example").len(), 1);
    assert_eq!(kb.as_of(), Some("2025-01-01".parse().unwrap()));
}

#[test]
fn a_file_with_errors_changes_nothing() {
    let mut kb = Kb::with_builtin();
    let before = kb.len();
    let bad = "[[outlet]]\nname = \"New One\"\n[[outlet]]\nname = \"Bad\"\ncountry = 3\n";
    assert!(kb.load_str(bad, "bad.toml").is_err());
    assert_eq!(kb.len(), before);
    assert!(kb.find("New One").is_empty());
}
