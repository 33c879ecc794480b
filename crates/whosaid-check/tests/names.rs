//! The name rules on short articles: what must be found, and near misses that must not be.

use whosaid_chain::{resolve, Options};
use whosaid_check::rules::{
    name_inconsistent_title::NameInconsistentTitle, name_misspelled::NameMisspelled,
    name_title_mismatch::NameTitleMismatch,
};
use whosaid_check::{Context, Rule};
use whosaid_core::Finding;
use whosaid_kb::{Date, Kb};

/// Runs `rule` on `text` with knowledge base `kb` and the article date `date`: the findings as
/// (rule, text of the span, suggestion).
fn run_in(
    kb: &Kb,
    rule: &dyn Rule,
    text: &str,
    date: &str,
) -> Vec<(String, String, Option<String>)> {
    let doc = whosaid_text::plain(text.to_string());
    let parsed = whosaid_parse::parse(&doc);
    let resolved = resolve(
        &doc,
        &parsed.attributions,
        &Options {
            kb,
            publisher: Some("Reuters"),
        },
    );
    let date = Some(date.parse::<Date>().expect("date"));
    let cx = Context::new(
        &doc,
        &parsed.attributions,
        &parsed.problems,
        &resolved,
        kb,
        date,
    );
    let mut out: Vec<Finding> = Vec::new();
    rule.check(&cx, &mut out);
    out.into_iter()
        .map(|f| (f.rule, f.span.slice(&doc.text).to_owned(), f.suggestion))
        .collect()
}

fn run(rule: &dyn Rule, text: &str, date: &str) -> Vec<(String, String, Option<String>)> {
    run_in(Kb::builtin(), rule, text, date)
}

#[test]
fn misspelled_by_office_on_the_date() {
    let text = "U.S. Vice President Wence said the U.S. was ready to walk away.";
    let found = run(&NameMisspelled, text, "2025-04-23");
    assert_eq!(
        found,
        [(
            "name/misspelled".to_owned(),
            "Wence".to_owned(),
            Some("Vance".to_owned())
        )]
    );
    // The right spelling, and the office a year earlier (held by someone else): nothing here.
    assert!(run(
        &NameMisspelled,
        "U.S. Vice President Vance said it.",
        "2025-04-23"
    )
    .is_empty());
    assert!(run(
        &NameMisspelled,
        "U.S. Vice President JD Vance said it.",
        "2025-04-23"
    )
    .is_empty());
}

#[test]
fn misspelled_against_the_majority_spelling() {
    let text = "Marco Rubio arrived in London. Rubio said the talks were off. \
                Later Rubbio told reporters he would return. Rubio left on Friday.";
    let found = run(&NameMisspelled, text, "2025-04-23");
    assert_eq!(
        found,
        [(
            "name/misspelled".to_owned(),
            "Rubbio".to_owned(),
            Some("Rubio".to_owned())
        )]
    );
}

#[test]
fn rare_real_names_and_accepted_romanisations_are_not_flagged() {
    // Stamer is a real surname; with no Starmer in the article nothing confirms a slip.
    let text = "Judge Anna Stamer said the case would go on. Stamer said more later.";
    assert!(run(&NameMisspelled, text, "2025-04-23").is_empty());
    // Zelenskyy and Zelensky are both accepted spellings of one person.
    let text = "Volodymyr Zelensky said Kyiv would not cede land. Zelensky repeated it. \
                Zelenskyy later told reporters the same.";
    assert!(run(&NameMisspelled, text, "2025-04-23").is_empty());
    // A plural or a different person known to the knowledge base is no misspelling.
    let text = "Bill Clinton spoke. Clinton said it. The Clintons left. Clinton waved.";
    assert!(run(&NameMisspelled, text, "2025-04-23").is_empty());
}

#[test]
fn title_mismatch_only_with_a_jurisdiction_and_no_plausible_spelling() {
    let found = run(
        &NameTitleMismatch,
        "U.S. Vice President Harris said it was over.",
        "2025-06-01",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Harris");
    // A misspelling is name/misspelled's, not a mismatch.
    assert!(run(
        &NameTitleMismatch,
        "U.S. Vice President Wence said it.",
        "2025-06-01"
    )
    .is_empty());
    // Former holders, bare titles and the right holder are fine.
    assert!(run(
        &NameTitleMismatch,
        "Former U.S. Vice President Harris said it.",
        "2025-06-01"
    )
    .is_empty());
    assert!(run(
        &NameTitleMismatch,
        "Vice President Harris of Acme Corp said it.",
        "2025-06-01"
    )
    .is_empty());
    assert!(run(
        &NameTitleMismatch,
        "U.S. Vice President Harris said it.",
        "2024-06-01"
    )
    .is_empty());
}

#[test]
fn inconsistent_titles_of_one_person() {
    let text = "Russian Foreign Minister Sergey Lavrov said talks would go on. \
                Russian Defence Minister Lavrov added that troops would stay.";
    let found = run(&NameInconsistentTitle, text, "2025-04-23");
    assert_eq!(found.len(), 1, "{found:?}");
    let text = "Russian Foreign Minister Sergey Lavrov said talks would go on. \
                Russian Foreign Minister Lavrov added that troops would stay.";
    assert!(run(&NameInconsistentTitle, text, "2025-04-23").is_empty());
}

#[test]
fn doubled_letter_in_a_recurring_surname() {
    let text = "British Chancellor Nigel Lawson said the pound was stable. Lawson said rates \
                would hold. Lawsson added that the budget was on track.";
    let found = run(&NameMisspelled, text, "1987-06-01");
    assert_eq!(
        found,
        [(
            "name/misspelled".to_owned(),
            "Lawsson".to_owned(),
            Some("Lawson".to_owned())
        )]
    );
}

/// A knowledge base of my own, in the DESIGN.md format, with offices the default one does not
/// hold; misspelled names after those offices must be found and the holder's spelling
/// suggested, whatever the knowledge base.
const SMALL_KB: &str = r#"
as_of = "2026-01-01"

[[person]]
name = "Mara Velkova"
[[person.role]]
title = "Foreign Minister"
of = "Bulgaria"
from = "2025-02-01"

[[person]]
name = "Tomas Hradecky"
variants = ["Tomáš Hradecký"]
[[person.role]]
title = "Prime Minister"
of = "Czechia"
from = "2025-03-01"

[[person]]
name = "Oleksandr Kovalenko"
variants = ["Aleksandr Kovalenko"]
script = "Cyrl"
[[person.role]]
title = "President"
of = "Ruritania"
from = "2024-05-20"
"#;

fn run_with(kb: &Kb, text: &str) -> Vec<(String, Option<String>)> {
    run_in(kb, &NameMisspelled, text, "2025-06-01")
        .into_iter()
        .map(|(_, span, suggestion)| (span, suggestion))
        .collect()
}

#[test]
#[allow(clippy::print_stderr)] // the rate is the report of this test
fn title_confirmed_misspellings_with_a_knowledge_base_of_my_own() {
    let mut kb = Kb::with_builtin();
    kb.load_str(SMALL_KB, "small.toml")
        .expect("the small knowledge base loads");
    let offices = [
        ("Bulgaria's Foreign Minister", "Velkova"),
        ("Czechia Prime Minister", "Hradecky"),
        ("Ruritania President", "Kovalenko"),
    ];
    let slips = |s: &str| -> Vec<String> {
        let c: Vec<char> = s.chars().collect();
        let mid = c.len() / 2;
        let mut out = Vec::new();
        // doubled letter, dropped letter, swapped neighbours, vowel swap, w/v and y/i swaps
        let mut d = c.clone();
        d.insert(mid, c[mid]);
        out.push(d.iter().collect());
        let mut d = c.clone();
        d.remove(mid);
        out.push(d.iter().collect());
        let mut d = c.clone();
        d.swap(mid, mid + 1);
        out.push(d.iter().collect());
        let vowel = (1..c.len())
            .find(|&i| "aeiou".contains(c[i]))
            .expect("a vowel");
        let mut d = c.clone();
        d[vowel] = if c[vowel] == 'a' { 'e' } else { 'a' };
        out.push(d.iter().collect());
        out.push(s.replace('v', "w").replace('y', "i"));
        out.retain(|x| x != s);
        out
    };
    let (mut tried, mut right) = (0, 0);
    for (office, surname) in offices {
        for wrong in slips(surname) {
            tried += 1;
            let text = format!("{office} {wrong} said the talks would resume next week.");
            if run_with(&kb, &text) == [(wrong.clone(), Some(surname.to_owned()))] {
                right += 1;
            }
        }
        // The right spelling, and an accepted variant, are never flagged.
        let text = format!("{office} {surname} said the talks would resume next week.");
        assert!(run_with(&kb, &text).is_empty(), "{text}");
    }
    eprintln!("{right} of {tried} title-confirmed misspellings found, right spelling first");
    assert!(
        right * 10 >= tried * 9,
        "{right} of {tried} title-confirmed misspellings found with the right spelling"
    );
}
