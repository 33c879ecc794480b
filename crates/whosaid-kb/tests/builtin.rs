//! The default knowledge base: it loads, it is large enough, and every entry is complete.

use std::collections::{BTreeMap, BTreeSet};

use whosaid_kb::{Date, EntryKind, Kb};

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

#[test]
fn loads_with_enough_entries() {
    let kb = Kb::builtin();
    let people = kb.count(EntryKind::Person);
    let outlets = kb.count(EntryKind::Outlet);
    let organizations = kb.count(EntryKind::Organization);
    assert!(people >= 150, "{people} people");
    assert!(outlets >= 150, "{outlets} outlets");
    assert!(organizations >= 30, "{organizations} organizations");
    assert_eq!(kb.len(), people + outlets + organizations);
    assert!(!kb.is_empty());
}

#[test]
fn every_file_states_its_date() {
    let kb = Kb::builtin();
    let sources = kb.sources();
    assert_eq!(sources.len(), 3);
    for source in sources {
        assert!(source.as_of.is_some(), "{} has no as_of", source.origin);
    }
    assert_eq!(kb.as_of(), Some(date("2025-10-31")));
}

#[test]
fn every_entry_is_complete() {
    let kb = Kb::builtin();
    let mut problems = Vec::new();
    let as_of = kb.as_of().unwrap();
    for (_, e) in kb.entries() {
        if e.name.trim().is_empty() || e.id.is_empty() {
            problems.push(format!("{}: no name or id", e.id));
        }
        match e.kind {
            EntryKind::Person => {
                if e.roles.is_empty() {
                    problems.push(format!("{}: a person without a role", e.id));
                }
                // Earlier holders are kept for dated lookups: every role of theirs ended.
                if e.roles_on(as_of).next().is_none() && e.roles.iter().any(|r| r.to.is_none()) {
                    problems.push(format!("{}: a current role not held on {as_of}", e.id));
                }
                for r in &e.roles {
                    if r.title.is_empty() || r.of.is_empty() {
                        problems.push(format!("{}: a role without title or jurisdiction", e.id));
                    }
                    if r.from > as_of || r.to.is_some_and(|to| to > as_of) {
                        problems.push(format!("{}: a date after as_of {as_of}", e.id));
                    }
                }
                if e.country.is_none() {
                    problems.push(format!("{}: no country", e.id));
                }
            }
            EntryKind::Outlet => {
                // Euronews and Balkan Insight are regional; every other outlet has a country.
                if e.country.is_none() && !["euronews", "balkan-insight"].contains(&e.id.as_str()) {
                    problems.push(format!("{}: an outlet without country", e.id));
                }
            }
            EntryKind::Organization => {}
        }
        if e.kind != EntryKind::Person && !e.roles.is_empty() {
            problems.push(format!("{}: roles on a non-person", e.id));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Each file is loaded alone too: no id appears in two default files (a later one would
/// silently replace the earlier entry).
#[test]
fn no_duplicate_ids_across_files() {
    let files = [
        include_str!("../data/people.toml"),
        include_str!("../data/outlets.toml"),
        include_str!("../data/organizations.toml"),
    ];
    let mut ids = BTreeSet::new();
    let mut total = 0;
    for (i, text) in files.iter().enumerate() {
        let mut kb = Kb::empty();
        kb.load_str_strict(text, &format!("file{i}")).unwrap();
        for (_, e) in kb.entries() {
            total += 1;
            assert!(ids.insert(e.id.clone()), "duplicate id {}", e.id);
        }
    }
    assert_eq!(total, Kb::builtin().len());
}

/// An abbreviation or a name shared by two default entries would make lookups ambiguous; the
/// known shared ones are listed here on purpose.
#[test]
fn names_and_aliases_are_not_shared() {
    let kb = Kb::builtin();
    let mut owners: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (id, e) in kb.entries() {
        for name in e.all_names() {
            for m in kb.find(name) {
                if m.entry != id && m.how != whosaid_kb::MatchKind::Surname {
                    owners
                        .entry(name.to_owned())
                        .or_default()
                        .insert(kb.entry(m.entry).id.clone());
                }
            }
        }
    }
    assert!(owners.is_empty(), "{owners:#?}");
}

#[test]
fn builtin_is_parsed_once() {
    assert!(std::ptr::eq(Kb::builtin(), Kb::builtin()));
    assert_eq!(Kb::with_builtin().len(), Kb::builtin().len());
}
