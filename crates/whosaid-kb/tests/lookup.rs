//! Lookups in the default knowledge base, table-driven.

use whosaid_kb::{Date, EntryKind, Kb, MatchKind};

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

/// (query, expected: (entry id, how) in order; empty = nothing).
const FIND: &[(&str, &[(&str, MatchKind)])] = &[
    ("WP", &[("the-washington-post", MatchKind::Alias)]),
    ("wp", &[]),
    ("Wp", &[]),
    ("WaPo", &[("the-washington-post", MatchKind::Alias)]),
    ("the Post", &[("the-washington-post", MatchKind::Alias)]),
    (
        "The Washington Post",
        &[("the-washington-post", MatchKind::Name)],
    ),
    (
        "Washington Post",
        &[("the-washington-post", MatchKind::Name)],
    ),
    (
        "the washington  post",
        &[("the-washington-post", MatchKind::Name)],
    ),
    ("the Times", &[("the-new-york-times", MatchKind::Alias)]),
    ("NYT", &[("the-new-york-times", MatchKind::Alias)]),
    (
        "Times of London",
        &[("the-times-of-london", MatchKind::Name)],
    ),
    (
        "the Journal",
        &[("the-wall-street-journal", MatchKind::Alias)],
    ),
    ("AP", &[("associated-press", MatchKind::Alias)]),
    ("ap", &[]),
    ("Ap", &[]),
    ("the AP", &[("associated-press", MatchKind::Alias)]),
    ("Reuters", &[("reuters", MatchKind::Name)]),
    ("REUTERS", &[("reuters", MatchKind::Name)]),
    ("the BBC", &[("bbc", MatchKind::Name)]),
    ("UNN", &[("unn", MatchKind::Name)]),
    ("Ukrainian National News", &[("unn", MatchKind::Alias)]),
    ("TASS", &[("tass", MatchKind::Name)]),
    ("ABC", &[("abc-news", MatchKind::Alias)]),
    (
        "ABC Australia",
        &[("australian-broadcasting-corporation", MatchKind::Alias)],
    ),
    ("Interfax-Ukraine", &[("interfax-ukraine", MatchKind::Name)]),
    ("Interfax", &[("interfax", MatchKind::Name)]),
    ("Libération", &[("liberation", MatchKind::Name)]),
    ("Liberation", &[("liberation", MatchKind::Name)]),
    (
        "People\u{2019}s Daily",
        &[("peoples-daily", MatchKind::Name)],
    ),
    ("the Kremlin", &[("kremlin", MatchKind::Name)]),
    ("Kremlin", &[("kremlin", MatchKind::Name)]),
    ("NATO", &[("nato", MatchKind::Name)]),
    ("Nato", &[("nato", MatchKind::Alias)]),
    ("Rubio", &[("marco-rubio", MatchKind::Surname)]),
    ("rubio", &[("marco-rubio", MatchKind::Surname)]),
    ("Marco Rubio", &[("marco-rubio", MatchKind::Name)]),
    ("J. D. Vance", &[("jd-vance", MatchKind::Name)]),
    ("J.D. Vance", &[("jd-vance", MatchKind::Name)]),
    ("JD Vance", &[("jd-vance", MatchKind::Name)]),
    ("James David Vance", &[("jd-vance", MatchKind::Alias)]),
    ("Vance", &[("jd-vance", MatchKind::Surname)]),
    ("Donald J. Trump", &[("donald-trump", MatchKind::Alias)]),
    ("Trump", &[("donald-trump", MatchKind::Surname)]),
    ("Zelenskiy", &[("volodymyr-zelensky", MatchKind::Variant)]),
    ("Zelenskyy", &[("volodymyr-zelensky", MatchKind::Variant)]),
    ("Zelensky", &[("volodymyr-zelensky", MatchKind::Surname)]),
    (
        "Volodymyr Zelenskyy",
        &[("volodymyr-zelensky", MatchKind::Variant)],
    ),
    ("Sybiga", &[("andrii-sybiha", MatchKind::Variant)]),
    ("Peskov", &[("dmitry-peskov", MatchKind::Surname)]),
    ("Dmitri Peskov", &[("dmitry-peskov", MatchKind::Variant)]),
    ("Lavrov", &[("sergei-lavrov", MatchKind::Surname)]),
    ("Erdogan", &[("recep-tayyip-erdogan", MatchKind::Variant)]),
    (
        "Recep Tayyip Erdogan",
        &[("recep-tayyip-erdogan", MatchKind::Name)],
    ),
    ("Xi", &[("xi-jinping", MatchKind::Surname)]),
    (
        "von der Leyen",
        &[("ursula-von-der-leyen", MatchKind::Surname)],
    ),
    ("Wence", &[]),
    ("Marco Vance", &[]),
    ("", &[]),
];

#[test]
fn find() {
    let kb = Kb::builtin();
    let mut failures = Vec::new();
    for (query, want) in FIND {
        let got: Vec<(&str, MatchKind)> = kb
            .find(query)
            .iter()
            .map(|m| (kb.entry(m.entry).id.as_str(), m.how))
            .collect();
        if got != *want {
            failures.push(format!("{query:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// A surname shared by several people returns each, in entry order.
#[test]
fn shared_surnames_return_everyone() {
    let kb = Kb::builtin();
    let kims: Vec<&str> = kb
        .find("Kim")
        .iter()
        .map(|m| kb.entry(m.entry).id.as_str())
        .collect();
    assert_eq!(kims, ["kim-jong-un", "kim-min-seok"]);
    // A full name does not bring other people's surname matches.
    assert_eq!(kb.find("Kim Jong Un").len(), 1);
}

#[test]
fn find_kind_filters() {
    let kb = Kb::builtin();
    assert_eq!(kb.find_kind("WP", EntryKind::Person), []);
    assert_eq!(kb.find_kind("WP", EntryKind::Outlet).len(), 1);
}

/// (title, of, date, expected ids).
const HOLDERS: &[(&str, Option<&str>, &str, &[&str])] = &[
    (
        "Vice President",
        Some("United States"),
        "2025-06-01",
        &["jd-vance"],
    ),
    ("vice president", Some("U.S."), "2025-06-01", &["jd-vance"]),
    ("Vice-President", Some("USA"), "2025-06-01", &["jd-vance"]),
    (
        "Vice President",
        Some("US"),
        "2024-06-01",
        &["kamala-harris"],
    ),
    // `to` is the successor's first day.
    (
        "Vice President",
        Some("United States"),
        "2025-01-20",
        &["jd-vance"],
    ),
    (
        "Vice President",
        Some("United States"),
        "2025-01-19",
        &["kamala-harris"],
    ),
    (
        "President",
        Some("United States"),
        "2025-06-01",
        &["donald-trump"],
    ),
    (
        "President",
        Some("United States"),
        "2019-06-01",
        &["donald-trump"],
    ),
    (
        "President",
        Some("United States"),
        "2023-06-01",
        &["joe-biden"],
    ),
    (
        "President",
        Some("Ukraine"),
        "2025-06-01",
        &["volodymyr-zelensky"],
    ),
    (
        "Secretary of State",
        Some("United States"),
        "2025-06-01",
        &["marco-rubio"],
    ),
    (
        "Secretary of State",
        Some("United States"),
        "2024-06-01",
        &["antony-blinken"],
    ),
    (
        "Treasury Secretary",
        Some("United States"),
        "2025-06-01",
        &["scott-bessent"],
    ),
    (
        "National Security Adviser",
        Some("United States"),
        "2025-03-01",
        &["mike-waltz"],
    ),
    (
        "National Security Advisor",
        Some("United States"),
        "2025-06-01",
        &["marco-rubio"],
    ),
    (
        "Foreign Minister",
        Some("Ukraine"),
        "2025-06-01",
        &["andrii-sybiha"],
    ),
    (
        "Foreign Minister",
        Some("Ukraine"),
        "2024-06-01",
        &["dmytro-kuleba"],
    ),
    (
        "Foreign Minister",
        Some("Russia"),
        "2025-06-01",
        &["sergei-lavrov"],
    ),
    (
        "Foreign Minister",
        Some("Britain"),
        "2025-06-01",
        &["david-lammy"],
    ),
    (
        "Foreign Secretary",
        Some("UK"),
        "2025-10-01",
        &["yvette-cooper"],
    ),
    (
        "Prime Minister",
        Some("Ukraine"),
        "2025-06-01",
        &["denys-shmyhal"],
    ),
    (
        "Prime Minister",
        Some("Ukraine"),
        "2025-08-01",
        &["yulia-svyrydenko"],
    ),
    (
        "Defence Minister",
        Some("Ukraine"),
        "2025-08-01",
        &["denys-shmyhal"],
    ),
    (
        "Defense Minister",
        Some("Ukraine"),
        "2025-06-01",
        &["rustem-umerov"],
    ),
    (
        "Chancellor",
        Some("Germany"),
        "2025-06-01",
        &["friedrich-merz"],
    ),
    (
        "Secretary General",
        Some("NATO"),
        "2025-06-01",
        &["mark-rutte"],
    ),
    (
        "Secretary General",
        Some("North Atlantic Treaty Organization"),
        "2020-06-01",
        &["jens-stoltenberg"],
    ),
    (
        "Secretary-General",
        Some("UN"),
        "2025-06-01",
        &["antonio-guterres"],
    ),
    (
        "President",
        Some("European Commission"),
        "2025-06-01",
        &["ursula-von-der-leyen"],
    ),
    ("Kremlin Spokesman", None, "2025-06-01", &["dmitry-peskov"]),
    (
        "Vice President",
        Some("United States"),
        "1990-01-01",
        &["dan-quayle"],
    ),
    ("Vice President", Some("United States"), "1970-01-01", &[]),
    (
        "President",
        Some("United States"),
        "2009-01-20",
        &["barack-obama"],
    ),
    (
        "President",
        Some("United States"),
        "2009-01-19",
        &["george-w-bush"],
    ),
    ("Emperor of Mars", None, "2025-06-01", &[]),
];

#[test]
fn holders() {
    let kb = Kb::builtin();
    let mut failures = Vec::new();
    for (title, of, on, want) in HOLDERS {
        let got: Vec<&str> = kb
            .holders(title, *of, date(on))
            .iter()
            .map(|&id| kb.entry(id).id.as_str())
            .collect();
        if got != *want {
            failures.push(format!(
                "{title:?} of {of:?} on {on}: got {got:?}, want {want:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Vice presidents of any country on a date: the United States and Turkey, Brazil, Argentina.
#[test]
fn holders_without_jurisdiction() {
    let kb = Kb::builtin();
    let got: Vec<&str> = kb
        .holders("Vice President", None, date("2025-06-01"))
        .iter()
        .map(|&id| kb.entry(id).id.as_str())
        .collect();
    assert!(
        got.contains(&"jd-vance") && got.contains(&"cevdet-yilmaz"),
        "{got:?}"
    );
    assert!(!got.contains(&"kamala-harris"), "{got:?}");
}
