//! Resolution and chains on short texts, one behaviour per test, without a knowledge base
//! (the knowledge base's part is tested where the CLI loads it).

use whosaid_chain::{describe, resolve, Options, Resolved};
use whosaid_core::{Document, ProblemKind};
use whosaid_kb::Kb;

fn run(
    text: &str,
    publisher: Option<&str>,
) -> (Document, Vec<whosaid_core::Attribution>, Resolved) {
    run_in(&Kb::empty(), text, publisher)
}

/// [`run`] with knowledge base `kb`.
fn run_in(
    kb: &Kb,
    text: &str,
    publisher: Option<&str>,
) -> (Document, Vec<whosaid_core::Attribution>, Resolved) {
    let doc = whosaid_text::plain(text.to_string());
    let parsed = whosaid_parse::parse(&doc);
    let resolved = resolve(&doc, &parsed.attributions, &Options { kb, publisher });
    (doc, parsed.attributions, resolved)
}

/// The words of `text` the resolver found to refer to nothing, in an AP story.
fn unresolved(text: &str) -> Vec<String> {
    unresolved_in(text, "AP")
}

/// [`unresolved`] in a story of `publisher`.
fn unresolved_in(text: &str, publisher: &str) -> Vec<String> {
    let (doc, _, resolved) = run(text, Some(publisher));
    resolved
        .problems
        .iter()
        .filter(|p| p.kind == ProblemKind::UnresolvedReference)
        .map(|p| p.span.slice(&doc.text).to_owned())
        .collect()
}

/// The chain of the attribution whose cue is `cue` (the `nth` such, from 0).
fn chain(text: &str, publisher: Option<&str>, cue: &str, nth: usize) -> String {
    let (doc, atts, resolved) = run(text, publisher);
    let a = atts
        .iter()
        .filter(|a| a.cue.slice(&doc.text) == cue)
        .nth(nth)
        .unwrap_or_else(|| panic!("no attribution with cue {cue:?} #{nth} in {text:?}"));
    describe(&resolved, &resolved.chains[a.id.0 as usize])
}

#[test]
fn pronoun_takes_the_last_person_who_spoke() {
    let text = "Marco Rubio said the talks were off. He added that a meeting could follow.";
    assert_eq!(
        chain(text, Some("Reuters"), "added", 0),
        "Reuters > Marco Rubio"
    );
}

#[test]
fn surname_joins_the_full_name() {
    let text = "Secretary of State Marco Rubio arrived on Monday. Rubio said the talks were off.";
    assert_eq!(chain(text, Some("AP"), "said", 0), "AP > Marco Rubio");
    let text = "Marco Rubio said it was over. Mr. Rubio later said he would return.";
    let (_, _, resolved) = run(text, Some("AP"));
    let people: Vec<_> = resolved
        .entities
        .iter()
        .filter(|e| e.name.contains("Rubio"))
        .collect();
    assert_eq!(people.len(), 1, "{:?}", resolved.entities);
    assert_eq!(people[0].mentions.len(), 2);
}

#[test]
fn publication_anaphor_is_the_last_outlet() {
    let text = "The talks stalled, said an official familiar with the situation, the publication writes.\n\nUNN reports with reference to The Washington Post.";
    // The anaphor comes before the outlet is named: nothing to refer to, a problem.
    assert_eq!(chain(text, Some("UNN"), "writes", 0), "UNN");
    let (doc, _, resolved) = run(text, Some("UNN"));
    assert_eq!(resolved.problems.len(), 1);
    assert_eq!(
        resolved.problems[0].span.slice(&doc.text),
        "the publication"
    );
    let text = "UNN reports with reference to The Washington Post.\n\nThe talks stalled, said an official familiar with the situation, the publication writes.";
    assert_eq!(
        chain(text, Some("UNN"), "said", 0),
        "UNN > The Washington Post > an official familiar with the situation"
    );
}

#[test]
fn recipients_and_media_are_hops() {
    let text = "A European official told Reuters that the meeting was off.";
    assert_eq!(
        chain(text, Some("UNN"), "told", 0),
        "UNN > Reuters > A European official"
    );
}

#[test]
fn citing_nests_under_its_host() {
    let text = "The Washington Post, citing its own sources, reported that the talks had failed.";
    assert_eq!(
        chain(text, Some("UNN"), "reported", 0),
        "UNN > The Washington Post"
    );
    assert_eq!(
        chain(text, Some("UNN"), "citing", 0),
        "UNN > The Washington Post > its own sources"
    );
}

#[test]
fn publisher_from_a_self_reference() {
    let text = "Talks were cancelled.\n\nUNN reports with reference to WP.\n\nUNN reported that prices rose.";
    let (_, _, resolved) = run(text, None);
    let publisher = resolved.publisher.expect("publisher found in the text");
    assert_eq!(resolved.entities[publisher.0 as usize].name, "UNN");
    assert_eq!(chain(text, None, "with reference to", 0), "UNN > WP");
    // Citing its own earlier report is a self-citation: two hops of the publisher.
    assert_eq!(chain(text, None, "reported", 0), "UNN > UNN");
}

/// A wire story's dateline names its publisher when nothing else does: claims reach the reader
/// through it, and its own name in the text is a self-citation.
#[test]
fn publisher_from_a_dateline() {
    let text = "Talks stall\n\nKYIV, Nov 27 (Reuters) - Ukraine and Russia traded blame, \
                The Wall Street Journal reported. Reuters reported last week that talks were near.";
    let (_, _, resolved) = run(text, None);
    let publisher = resolved.publisher.expect("publisher found in the dateline");
    assert_eq!(resolved.entities[publisher.0 as usize].name, "Reuters");
    assert_eq!(
        chain(text, None, "reported", 0),
        "Reuters > The Wall Street Journal"
    );
    assert_eq!(chain(text, None, "reported", 1), "Reuters > Reuters");
    // Front matter or the command line still decide first.
    assert_eq!(
        chain(text, Some("AP"), "reported", 0),
        "AP > The Wall Street Journal"
    );
}

#[test]
fn the_official_after_an_official_is_one_source() {
    let text = "An official said the plan was dead. The official added that talks could resume.";
    let (_, _, resolved) = run(text, Some("AP"));
    let anonymous: Vec<_> = resolved
        .entities
        .iter()
        .filter(|e| e.name.ends_with("fficial"))
        .collect();
    assert_eq!(anonymous.len(), 1, "{:?}", resolved.entities);
}

#[test]
fn an_unresolvable_pronoun_is_a_problem_not_a_guess() {
    let text = "He said the talks were off.";
    let (doc, atts, resolved) = run(text, Some("AP"));
    assert_eq!(resolved.sources[atts[0].id.0 as usize], None);
    assert_eq!(resolved.problems.len(), 1);
    assert_eq!(resolved.problems[0].kind, ProblemKind::UnresolvedReference);
    assert_eq!(resolved.problems[0].span.slice(&doc.text), "He");
    assert_eq!(chain(text, Some("AP"), "said", 0), "AP");
}

/// A surname alone in a capitals headline reads as an acronym; the text then names the person
/// with a title, and `he` is that person, not an unresolved reference.
#[test]
fn a_headline_name_becomes_a_person_when_given_a_title() {
    let text = "MARTENS SAYS TARIFFS WILL STAY\n\nTariffs will stay, Trade Minister Martens said.\n\nHe told reporters that talks would go on.";
    assert_eq!(chain(text, Some("Reuters"), "told", 0), "Reuters > Martens");
    let (_, _, resolved) = run(text, Some("Reuters"));
    assert!(
        !resolved
            .problems
            .iter()
            .any(|p| p.kind == ProblemKind::UnresolvedReference),
        "{:?}",
        resolved.problems
    );
}

/// A full name after a capitals headline that gave the surname alone joins it: one person,
/// under the full name.
#[test]
fn a_full_name_joins_the_headline_surname() {
    let text = "HALVORSEN URGES RATE CUT\n\nAnna Halvorsen, chair of the council, said rates should fall.\n\nHalvorsen said the cut should come soon.";
    let (_, _, resolved) = run(text, Some("Reuters"));
    let named: Vec<_> = resolved
        .entities
        .iter()
        .filter(|e| e.name.to_lowercase().contains("halvorsen"))
        .collect();
    assert_eq!(named.len(), 1, "{:?}", resolved.entities);
    assert_eq!(named[0].name, "Anna Halvorsen");
    assert_eq!(named[0].mentions.len(), 3);
}

#[test]
fn a_pronoun_before_anyone_spoke_takes_the_last_titled_name() {
    let text = "Retired U.S. Air Force Gen. Norman Ham is speaking out before the election.\n\n\
                “It was demoralizing,” he told the host.";
    assert_eq!(chain(text, Some("AP"), "told", 0), "AP > Norman Ham");
    let text = "Finance Minister Kiichi Miyazawa opened the meeting on Monday. \
                “We are striving to help,” he said.";
    assert_eq!(chain(text, Some("AP"), "said", 0), "AP > Kiichi Miyazawa");
    // A body's word after a title-like word, a headline in capitals, a month: no person.
    for text in [
        "General Motors Corp cut output. “Sales fell,” he said.",
        "OIL MINISTER SAYS EXPORT CUT. “Sales fell,” he said.",
        "He was elected President November 4. “Sales fell,” he said.",
    ] {
        let unresolved = unresolved(text);
        assert!(
            unresolved.contains(&"he".to_string()),
            "{text}: {unresolved:?}"
        );
    }
}

/// Before anyone spoke, a pronoun takes the person the text speaks of: the first named in
/// the last sentence naming one, titled or not (`Elka Graham won`, `Westpac's Bill Evans is
/// among those`, `director Stephan Friedli appeared`), or a surname the text writes a full
/// name for. A body's, a place's or a work's name is none (`the track My Sweet Lord`).
#[test]
fn a_pronoun_before_anyone_spoke_takes_the_person_spoken_of() {
    for (text, cue, expected) in [
        (
            "Elka Graham won the 300 metres freestyle. She says her coach was behind it.",
            "says",
            "AP > Elka Graham",
        ),
        (
            "Westpac's Bill Evans is among those who believe the cut will not be the last.              \"The bank has not closed the door,\" he said.",
            "said",
            "AP > Bill Evans",
        ),
        (
            "Along with two co-directors, Adventure World director Stephan Friedli appeared in              court. He described the deaths as an accident.",
            "described",
            "AP > Stephan Friedli",
        ),
        (
            "Hillary Clinton on Monday hit Bernie Sanders on immigration, and she said his              record was weak.",
            "said",
            "AP > Hillary Clinton",
        ),
        (
            "Florent Groberg won the medal in 2012. Groberg, 33, opened up about his decision              on nominee Donald Trump. \"He has no experience,\" he said.",
            "said",
            "AP > Florent Groberg",
        ),
    ] {
        assert_eq!(chain(text, Some("AP"), cue, 0), expected, "{text}");
    }
    for text in [
        "He found success with the track My Sweet Lord. \"It was luck,\" he said.",
        "Shares of Shin-Etsu Chemical Co rose. \"It was luck,\" he said.",
        "The stock rose in Hong Kong. \"It was luck,\" he said.",
    ] {
        let (_, _, resolved) = run(text, Some("AP"));
        assert!(
            resolved
                .problems
                .iter()
                .any(|p| p.kind == ProblemKind::UnresolvedReference),
            "{text}: {:?}",
            resolved.entities
        );
    }
}

/// `she` is not the person the text called `he`: the person named since, when there is one
/// (`Elka Graham`); else the last person still, as before.
#[test]
fn she_is_not_the_person_called_he() {
    let text = "Geoff Huegill won the butterfly. \"I nailed the turns,\" he said. Elka Graham \
                won the freestyle. She says her coach was behind her victory.";
    assert_eq!(chain(text, Some("AP"), "says", 0), "AP > Elka Graham");
    let text =
        "Tom Smith said the vote was close. He added that it was fair. \"We won,\" she said.";
    assert_eq!(chain(text, Some("AP"), "said", 1), "AP > Tom Smith");
}

/// Two people named together are `they` too.
#[test]
fn two_people_named_together_are_they() {
    let text = "Both Simon Wiget and Stefan Abegglen told the court of their sorrow, but \
                denied making any mistakes, nor did they think the weather was bad.";
    assert_eq!(unresolved(text), Vec::<String>::new());
    // One person's two titles are no two people.
    let text = "Chairman and Chief Executive Officer Joseph Bouckaert said sales rose. \
                Analysts said they expected more.";
    let (_, atts, resolved) = run(text, Some("AP"));
    let they = atts
        .iter()
        .position(|a| a.source.as_ref().is_some_and(|m| m.text == "they"));
    if let Some(i) = they {
        let joseph = resolved.sources[0];
        assert_ne!(resolved.sources[i], joseph);
    }
}

#[test]
fn a_titled_name_after_someone_spoke_does_not_take_the_pronoun() {
    // `President Obama` is spoken of, after Ham spoke: `he` is still Ham.
    let text = "Norman Ham said the cuts hurt under President Barack Obama. \
                “It was demoralizing,” he said.";
    assert_eq!(chain(text, Some("AP"), "said", 1), "AP > Norman Ham");
}

/// After someone spoke, a pronoun takes the person a later sentence opens with, when the last
/// sentence naming a person before the pronoun's opens with them: a surname the text wrote in
/// full (`Foden, who had been dropped`), a name with a role or a body after it (`Robbin
/// Johnson, vice president of Cargill,`, `Robert Brusca of Nikko`), or one after its titles
/// and role alone (`Former Pennsylvania governor Ed Rendell`).
#[test]
fn a_pronoun_after_someone_spoke_takes_the_person_a_sentence_opens_with() {
    for (text, cue, nth, expected) in [
        (
            "\"It is cheap,\" Dennis McAlpine said. Analyst Alan Gottesman of Rothschild \
             disagreed. He said the stock was dear.",
            "said",
            1,
            "AP > Alan Gottesman",
        ),
        (
            "Phil Foden scored the winner. \"We were poor,\" Mikel Arteta said. Foden, who had \
             been dropped, was named player of the match. \"I wanted to prove a point,\" he said.",
            "said",
            1,
            "AP > Phil Foden",
        ),
        (
            "\"We can move in that direction,\" Boschwitz said. Robbin Johnson, vice president of \
             Cargill, Inc., testified in favor. Decoupling would end the bias, he said.",
            "said",
            1,
            "AP > Robbin Johnson",
        ),
        (
            "\"Growth will slow,\" Raymond Stone said. Robert Brusca of Nikko Securities sees the \
             strongest economy. He expects real GNP to expand.",
            "expects",
            0,
            "AP > Robert Brusca",
        ),
        (
            "\"It was narrow,\" Sander Levin said. Former Pennsylvania governor Ed Rendell was \
             even more resolute. \"Absolutely not,\" he said.",
            "said",
            1,
            "AP > Ed Rendell",
        ),
    ] {
        assert_eq!(chain(text, Some("AP"), cue, nth), expected, "{text}");
    }
    // The speaker still, when the name is someone spoken of: inside the sentence (`Lim earlier
    // met … Frans Andriessen`, `under President Obama`), a bare pair of words that may be a
    // body's (`Atlantic Richfield rose`), a thing (`Mac Plus, which`), in the pronoun's own
    // sentence, or inside a quotation.
    for text in [
        "Lim Keng Yaik said tin was weak. Lim earlier met farm commissioner Frans Andriessen. \
         He said the tax would be defeated.",
        "Lim Keng Yaik said tin was weak. Under President Ronald Reagan, tin fell. He said \
         the tax would be defeated.",
        "Lim Keng Yaik said tin was weak. Atlantic Richfield rose 1-3/4 to 77. He said the tax \
         would be defeated.",
        "Lim Keng Yaik said tin was weak. Mac Plus, which went on sale, sells well. He said \
         the tax would be defeated.",
        "Lim Keng Yaik said tin was weak. Robert Brusca of Nikko Securities, he said, was wrong.",
        "Lim Keng Yaik said tin was weak. \"It is bad. Judge Frank Reeves did not see it,\" \
         he said.",
    ] {
        assert_eq!(
            chain(text, Some("AP"), "said", 1),
            "AP > Lim Keng Yaik",
            "{text}"
        );
    }
}

/// A definite description of one person refers back to one named: the person whose mention
/// holds its words (`the manager` after `Mikel Arteta, the Arsenal manager`), else, for a role
/// in a team, an age or a people's noun, the person the text speaks of. Not people in the
/// plural, nor a description no one was given (`the general manager of a European bank`).
#[test]
fn a_definite_description_refers_back_to_the_person_named() {
    for (text, cue, nth, expected) in [
        (
            "Mikel Arteta, the Arsenal manager, said the side was poor. \"It hurts,\" the \
             manager added.",
            "added",
            0,
            "AP > Mikel Arteta",
        ),
        (
            "John Smith, a dealer at Barclays, said rates would fall. The dealer added that \
             the yen was weak.",
            "added",
            0,
            "AP > John Smith",
        ),
        (
            "Roger Federer won again on Sunday. \"I feel great,\" the 34-year-old said.",
            "said",
            0,
            "AP > Roger Federer",
        ),
        (
            "\"We were poor,\" Pep Guardiola said. Erling Haaland, who equalised, was named \
             man of the match. \"We never give up,\" the Norwegian added.",
            "added",
            0,
            "AP > Erling Haaland",
        ),
        (
            "Jenny Walsh, 67, was rescued from her roof. \"We lost everything,\" the \
             grandmother said.",
            "said",
            0,
            "AP > Jenny Walsh",
        ),
    ] {
        assert_eq!(chain(text, Some("AP"), cue, nth), expected, "{text}");
    }
    for (text, cue) in [
        (
            "John Smith said rates would fall. The traders said the yen was weak.",
            "said",
        ),
        (
            "John Smith said rates would fall. The general manager of a European bank said \
             the yen was weak.",
            "said",
        ),
    ] {
        assert_ne!(chain(text, Some("AP"), cue, 1), "AP > John Smith", "{text}");
    }
}

/// A person's name goes without the role written as a title before it: `Chief Executive Laura
/// Chen` is Laura Chen, `Chief Economist Jane Doe` Jane Doe.
#[test]
fn a_role_written_as_a_title_is_no_part_of_the_name() {
    for (text, expected) in [
        (
            "\"Privacy is a right,\" Chief Executive Laura Chen told developers.",
            "AP > Laura Chen",
        ),
        (
            "Rates will fall, Chief Economist Jane Doe said.",
            "AP > Jane Doe",
        ),
    ] {
        let (_, atts, resolved) = run(text, Some("AP"));
        assert_eq!(
            describe(&resolved, &resolved.chains[atts[0].id.0 as usize]),
            expected,
            "{text}"
        );
    }
}

/// A document from or by a body goes by the body's name (`Ministry of Agriculture`), when the
/// body is named after `the` or with a company's form; not a name that modifies a noun (`the
/// Exchange floor`), nor one that may be a person's (`by Ferruzzi`).
#[test]
fn a_document_from_a_body_goes_by_the_bodys_name() {
    for (text, cue, expected) in [
        (
            "Exports fell 5.4 pct, figures from the Ministry of Agriculture show.",
            "show",
            "AP > Ministry of Agriculture",
        ),
        (
            "Analysis by the Institute for Fiscal Studies shows the cuts would save money.",
            "shows",
            "AP > Institute for Fiscal Studies",
        ),
        (
            "A recent study by Morgan Guaranty Trust Co shows that debt rose.",
            "shows",
            "AP > Morgan Guaranty Trust Co",
        ),
        (
            "Volume rose, unofficial figures from the Exchange floor show.",
            "show",
            "AP > unofficial figures from the Exchange floor",
        ),
    ] {
        assert_eq!(chain(text, Some("AP"), cue, 0), expected, "{text}");
    }
}

#[test]
fn the_agency_may_be_an_agency_named_before() {
    let text = "Moody's Investors Service Inc downgraded Allied Bank of Texas. The rating agency \
                said that losses had escalated.";
    assert_eq!(
        chain(text, Some("Reuters"), "said", 0),
        "Reuters > Moody's Investors Service Inc"
    );
    let text = "The Environmental Protection Agency proposed a rule on Monday. The agency said \
                that the rule would cut emissions.";
    assert_eq!(
        chain(text, Some("Reuters"), "said", 0),
        "Reuters > Environmental Protection Agency"
    );
    // Wire copy calls a rating agency `the agency` too, and a commission or an administration
    // is an agency.
    let text = "Moody's Investors Service Inc downgraded Allied Bank of Texas. The agency said \
                that losses had escalated.";
    assert_eq!(
        chain(text, Some("Reuters"), "said", 0),
        "Reuters > Moody's Investors Service Inc"
    );
    let text = "The Securities and Exchange Commission sued the firm on Monday. The agency said \
                that the firm had misled investors.";
    assert_eq!(
        chain(text, Some("Reuters"), "said", 0),
        "Reuters > Securities and Exchange Commission"
    );
    // A body that is no agency is not what `the agency` means, and nothing is made of it.
    let text = "Central Bank governor Arifin Siregar spoke in Medan. The agency said that \
                exports would rise.";
    let (doc, _, resolved) = run(text, Some("Reuters"));
    assert_eq!(chain(text, Some("Reuters"), "said", 0), "Reuters");
    assert!(
        resolved.entities.iter().all(|e| e.name != "Central Bank"),
        "{:?}",
        resolved.entities
    );
    assert_eq!(resolved.problems.len(), 1, "{:?}", resolved.problems);
    assert_eq!(resolved.problems[0].span.slice(&doc.text), "The agency");
    // An agency's initials name it as well (`The EPA`), and of an outlet and an agency both
    // named before, `the agency` is the one named last.
    let text = "The EPA said the plant must close. The agency said that the company had failed.";
    assert_eq!(chain(text, Some("Reuters"), "said", 1), "Reuters > The EPA");
    let text = "The New York Times reported the closure. The Environmental Protection Agency \
                said the plant must close. The agency said that the company had failed.";
    assert_eq!(
        chain(text, Some("Reuters"), "said", 1),
        "Reuters > The Environmental Protection Agency"
    );
}

/// Wire copy calls a public body `the agency` whatever its name's word: a department, a bureau,
/// a board, a statistics office, a regulator by its initials, or a body its mention calls an
/// agency. None of them refers to nothing.
#[test]
fn the_agency_may_be_a_department_a_regulator_or_a_statistics_office() {
    for (text, cue, nth, expected) in [
        (
            "Prices rose 0.2 pct in January, Statistics Canada said. On a year over year basis, \
             the federal agency said the index fell.",
            "said",
            1,
            "Reuters > Statistics Canada",
        ),
        (
            "The U.S. Department of Transportation said it approved the merger. The agency said \
             competition would not suffer.",
            "said",
            1,
            "Reuters > The U.S. Department of Transportation",
        ),
        (
            "Continental agreed to the settlement, the SEC said. The total was one mln dlrs, the \
             agency said.",
            "said",
            1,
            "Reuters > the SEC",
        ),
        (
            "The Pension Benefit Guaranty Corp, a federal agency, said it acted to protect the \
             pensions. The agency said it had agreed to end the plan.",
            "said",
            1,
            "Reuters > The Pension Benefit Guaranty Corp",
        ),
    ] {
        assert_eq!(chain(text, Some("Reuters"), cue, nth), expected, "{text}");
        assert_eq!(unresolved(text), Vec::<String>::new(), "{text}");
    }
}

/// A relative right after a common noun is that noun's, someone unnamed: not the last person
/// who spoke, and no reference to nothing either.
#[test]
fn a_relative_after_a_common_noun_is_no_one_named() {
    let text = "Marco Rubio said the talks were off. Some commentators who said the talks \
                would fail were right.";
    let (doc, atts, resolved) = run(text, Some("AP"));
    let a = atts
        .iter()
        .find(|a| a.source.as_ref().is_some_and(|m| m.text == "who"))
        .expect("an attribution of `who`");
    assert_eq!(resolved.sources[a.id.0 as usize], None);
    assert!(resolved.problems.is_empty(), "{:?}", resolved.problems);
    assert_eq!(chain(text, Some("AP"), "said", 1), "AP", "{}", doc.text);
}

/// `he` is a single unnamed person who spoke, whatever modifies the head noun (`a spokesman for
/// the roasters`, `a company official attending the meeting`, `an EGPC official` with the body's
/// initials in parentheses); `they` is a group, even one whose last word is no plural (`Oil
/// traders in New York`), which `he` is not.
#[test]
fn pronouns_take_unnamed_people_and_groups_by_number() {
    for (text, source) in [
        (
            "Prices will rise, a spokesman for one of the major Dutch roasters said. \
             He said that supplies were ample.",
            "Reuters > a spokesman for one of the major Dutch roasters",
        ),
        (
            "Capacity will rise, a company official attending the refiners' meeting here said. \
             He said that the plan was set.",
            "Reuters > a company official attending the refiners' meeting",
        ),
        (
            "Prices were trebled, an Egyptian General Petroleum Corp (EGPC) official said. \
             He said that fuel oil would cost more.",
            "Reuters > an Egyptian General Petroleum Corp (EGPC) official",
        ),
        (
            "Oil traders in New York said Exxon cut its price. \
             They said that the cut was small.",
            "Reuters > Oil traders in New York",
        ),
    ] {
        assert_eq!(chain(text, Some("Reuters"), "said", 1), source, "{text}");
    }
    let text = "Oil traders in New York said Exxon cut its price. He said that the cut was small.";
    let (_, _, resolved) = run(text, Some("Reuters"));
    assert_eq!(resolved.problems.len(), 1, "{:?}", resolved.problems);
}

/// `It said` after a bare name shows the name is a company's: `it` refers to it, and it becomes
/// a body (`T. Rowe Price Associates`). A singular unnamed thing that spoke is `it` too (`the
/// company's annual report`).
#[test]
fn it_is_the_bare_name_or_the_thing_that_spoke() {
    let text = "T. Rowe Price Associates said its earnings rose. It said that revenue rose too.";
    assert_eq!(
        chain(text, Some("Reuters"), "said", 1),
        "Reuters > T. Rowe Price Associates"
    );
    let (_, _, resolved) = run(text, Some("Reuters"));
    let firm = resolved
        .entities
        .iter()
        .find(|e| e.name == "T. Rowe Price Associates")
        .expect("the firm");
    assert_eq!(firm.kind, whosaid_core::EntityKind::Organization);
    // A name the text gives a title stays a person; `it` is then unresolved.
    let text = "Finance Minister Ronnie de Mel said growth would slow. It said that exports fell.";
    let (_, _, resolved) = run(text, Some("Reuters"));
    assert_eq!(resolved.problems.len(), 1, "{:?}", resolved.problems);
    let text = "Reserves fell sharply, the ministry's annual report said. \
                It said that output would recover.";
    assert_eq!(
        chain(text, Some("Reuters"), "said", 1),
        chain(text, Some("Reuters"), "said", 0),
    );
    assert_ne!(chain(text, Some("Reuters"), "said", 1), "Reuters");
}

/// A relative `who` or `which` is the name right before it, not the last person who spoke:
/// titles, a party and state, a wire's brackets and an opening conjunction go; one word after
/// a preposition, a description after an article, a role in capitals and a title-case
/// headline's `Who` fall back to the last person.
#[test]
fn a_relative_pronoun_is_the_name_before_it() {
    let cases = [
        (
            "Marco Rubio spoke first. But President Barack Obama, who endorsed Clinton on \
             Thursday, is making his pitch.",
            "endorsed",
            "AP > Barack Obama",
        ),
        (
            "Marco Rubio spoke first. The plan was backed by Sen. James McClure, R-Idaho, who \
             said it would pass.",
            "said",
            "AP > James McClure",
        ),
        (
            "Marco Rubio spoke first. U.S. based retailer <Mrs Fields Inc>, which said sales \
             rose, will open more stores.",
            "said",
            "AP > Mrs Fields Inc",
        ),
        (
            "Marco Rubio spoke first. Rates are steady. But McCarthy, who said rates would \
             rise, was wrong.",
            "said",
            "AP > McCarthy",
        ),
        (
            "Marco Rubio said the talks were off. He cited remarks by a senior U.S. Official, who said \
             talks would resume.",
            "said#1",
            "AP > Marco Rubio",
        ),
        (
            "Marco Rubio said the talks were off. The plan was backed by a floor broker contacted by \
             Reuters, who said he welcomed it.",
            "said#1",
            "AP > Marco Rubio",
        ),
    ];
    for (text, cue, want) in cases {
        // `said#1`: the second attribution at `said`.
        let (cue, nth) = cue
            .split_once('#')
            .map_or((cue, 0), |(c, n)| (c, n.parse().unwrap()));
        assert_eq!(chain(text, Some("AP"), cue, nth), want, "{text}");
    }
}

/// `they` with no group or body that spoke takes the people the text speaks of: the first
/// plural noun of people in the last sentence with one.
#[test]
fn they_before_any_group_spoke_takes_the_people_spoken_of() {
    let text =
        "Sanders's supporters showed no sign of backing down on Tuesday. Several threatened \
                protests over a nominating system that they say has treated him unfairly.";
    assert_eq!(unresolved(text), Vec::<String>::new());
    let (_, atts, resolved) = run(text, Some("AP"));
    let they = atts
        .iter()
        .position(|a| a.source.as_ref().is_some_and(|m| m.text == "they"))
        .expect("an attribution of they");
    let e = resolved.sources[they].expect("resolved");
    assert_eq!(resolved.entities[e.0 as usize].name, "supporters");
    // No people named: still nothing to refer to.
    assert_eq!(
        unresolved("The vote was close. They said it was fair."),
        ["They"]
    );
}

/// `the paper` after an outlet the text names without its speaking (`reflected by the official
/// People's Daily`, `quoted by the China Daily as saying`): that outlet, known to the
/// knowledge base or named by a masthead (`The National Review is hosting …`). Not a name
/// inside a longer one, a website or radio (a company's site, a station beside its monitor),
/// nor the article's publisher.
#[test]
fn publication_anaphor_takes_an_outlet_named_in_the_text() {
    let kb = Kb::builtin();
    let chain_in = |text: &str, publisher: &str, cue: &str| {
        let (doc, atts, resolved) = run_in(kb, text, Some(publisher));
        let a = atts
            .iter()
            .find(|a| a.cue.slice(&doc.text) == cue)
            .unwrap_or_else(|| panic!("no {cue:?} in {text:?}"));
        describe(&resolved, &resolved.chains[a.id.0 as usize])
    };
    let text = "This view was reflected by the official People's Daily in a major article. \
                The daily said price increases had been too quick.";
    assert_eq!(
        chain_in(text, "Reuters", "said"),
        "Reuters > People's Daily"
    );
    let text = "MANCHESTER -- The National Review is hosting a debate party.\n\nThe conservative \
                publication said Trump was unfit.";
    assert_eq!(
        chain_in(text, "HuffPost", "said"),
        "HuffPost > The National Review"
    );
    // An outlet that spoke after the one named stays the one meant.
    let text = "The story ran in The New York Times. Later CNN said it was false. The network \
                said more was coming.";
    assert_eq!(chain_in(text, "Reuters", "said"), "Reuters > CNN");
    // A broadcaster is a broadcaster named, not the paper that spoke before it.
    let text = "The state news agency Xinhua reported the visit. State broadcaster CCTV aired \
                footage of the meeting. The broadcaster said the two sides had talked.";
    let (_, atts, resolved) = run_in(kb, text, Some("AFP"));
    let last = atts.last().expect("attributions");
    assert_eq!(
        describe(&resolved, &resolved.chains[last.id.0 as usize]),
        "Agence France-Presse > CCTV"
    );
    for (text, publisher) in [
        // A website, a radio: only outlets that spoke.
        (
            "Oksuz gave to USA Today reporters. The company website says it makes paper.",
            "AP",
        ),
        (
            "Tehran radio, monitored by the BBC, was cut. The radio said the war would go on.",
            "AP",
        ),
        // A paper named is no broadcaster.
        (
            "In an interview with Le Monde, Macron spoke. The foreign minister told France \
             Inter that no deployment was planned. The broadcaster reported that he would travel.",
            "The Guardian",
        ),
        // The article's own name.
        (
            "Reuters learned of the deal on Monday. The news agency said it was done.",
            "Reuters",
        ),
    ] {
        let (_, atts, parsed_kb) = run_in(kb, text, Some(publisher));
        let anaphor = atts
            .iter()
            .find(|a| {
                a.source
                    .as_ref()
                    .is_some_and(|m| m.class == whosaid_core::MentionClass::PublicationAnaphor)
            })
            .unwrap_or_else(|| panic!("no anaphor in {text:?}"));
        assert_eq!(
            parsed_kb.sources[anaphor.id.0 as usize], None,
            "{text:?}: {:?}",
            parsed_kb.entities
        );
    }
}

/// A medium names the outlet between the article and the speaker wherever the outlet stands in
/// it: opening the sentence, before a programme's name or a time (`In an interview with CNN,`,
/// `Speaking to the BBC's Today programme,`, `Speaking to the BBC on Tuesday,`).
#[test]
fn a_medium_names_its_outlet_before_a_programme_or_a_time() {
    let kb = Kb::builtin();
    for (text, want) in [
        (
            "In an interview with CNN, Smith said the budget was fair.",
            "The Guardian > CNN > Smith",
        ),
        (
            "Speaking to the BBC's Today programme, Smith said the budget was fair.",
            "The Guardian > BBC > Smith",
        ),
        (
            "Speaking to the BBC on Tuesday, Smith said the budget was fair.",
            "The Guardian > BBC > Smith",
        ),
    ] {
        let (_, _, resolved) = run_in(kb, text, Some("The Guardian"));
        assert_eq!(describe(&resolved, &resolved.chains[0]), want, "{text}");
    }
}

/// A person described before their name (`the Kremlin spokesman, Dmitry Peskov`) goes by the
/// name, as one named before the description does (`Mark Williams, the incident controller`).
#[test]
fn a_described_person_goes_by_the_name_after_the_description() {
    for (text, expected) in [
        (
            "Sanctions had no influence, the Kremlin spokesman, Dmitry Peskov, said.",
            "AP > Dmitry Peskov",
        ),
        (
            "The cause was pneumonia, said her daughter, Ruth Ellison-Hart.",
            "AP > Ruth Ellison-Hart",
        ),
        (
            "Mark Williams, the incident controller, said the fire was out.",
            "AP > Mark Williams",
        ),
        (
            "The U.S. should stay out, said the speaker of the Iranian Parliament, Akbar \
             Hashemi Rafsanjani.",
            "AP > Akbar Hashemi Rafsanjani",
        ),
    ] {
        assert_eq!(chain(text, Some("AP"), "said", 0), expected, "{text}");
    }
}

/// `the newspaper` means a paper the text named (`Business Day newspaper said`, with no
/// article, as wire copy writes it), never the publisher that a source told: `told Reuters`,
/// in Reuters copy, is no paper to refer to.
#[test]
fn the_newspaper_is_a_named_paper_not_the_publisher_told() {
    let text = "Business Day newspaper said the loan was made. The newspaper said another \
                loan would follow.";
    assert_eq!(
        chain(text, Some("Reuters"), "said", 1),
        "Reuters > Business Day newspaper"
    );
    let text = "Valentchits told Reuters in an interview that the report was wrong. The \
                newspaper said another loan would follow.";
    assert_eq!(chain(text, Some("Reuters"), "said", 0), "Reuters");
    assert_eq!(unresolved_in(text, "Reuters"), ["The newspaper"]);
}

/// Two capitalised words read as a person's name that the knowledge base knows in full as a
/// body or an outlet are that body or outlet: `Downing Street says …`, `According to Page
/// Six, …`. A person of the knowledge base keeps a person's name (`Marco Rubio`).
#[test]
fn a_body_or_an_outlet_the_knowledge_base_names_in_full() {
    let mut kb = Kb::empty();
    kb.load_str(
        "[[organization]]\nname = \"Downing Street\"\naliases = [\"No 10\"]\n\n\
         [[outlet]]\nname = \"Page Six\"\n\n\
         [[person]]\nname = \"Marco Rubio\"\n",
        "test.toml",
    )
    .expect("a valid knowledge base");
    let text = "Downing Street says the chancellor will speak on Thursday. According to Page \
                Six, the couple met in May. Marco Rubio said the talks were over.";
    let (_, _, resolved) = run_in(&kb, text, None);
    let kind = |name: &str| {
        resolved
            .entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("{name}: {:?}", resolved.entities))
            .kind
    };
    assert_eq!(
        kind("Downing Street"),
        whosaid_core::EntityKind::Organization
    );
    assert_eq!(kind("Page Six"), whosaid_core::EntityKind::Outlet);
    assert_eq!(kind("Marco Rubio"), whosaid_core::EntityKind::Person);
}
