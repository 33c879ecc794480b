//! Every construction of DESIGN.md's parser list, one row each: the text, then the expected
//! cue, source, content and kind of the attribution whose cue is given.

use whosaid_core::{AttributionKind as K, MentionClass as M};

struct Row {
    text: &'static str,
    cue: &'static str,
    source: Option<(&'static str, M)>,
    content: Option<&'static str>,
    kind: K,
}

const fn row(
    text: &'static str,
    cue: &'static str,
    source: Option<(&'static str, M)>,
    content: Option<&'static str>,
    kind: K,
) -> Row {
    Row {
        text,
        cue,
        source,
        content,
        kind,
    }
}

const ROWS: &[Row] = &[
    // "Q," S said.
    row(
        "\"We will not retreat,\" Smith said.",
        "said",
        Some(("Smith", M::Person)),
        Some("\"We will not retreat,\""),
        K::Direct,
    ),
    // S said (that) Q.
    row(
        "Smith said that talks would resume.",
        "said",
        Some(("Smith", M::Person)),
        Some("that talks would resume"),
        K::Indirect,
    ),
    row(
        "The minister said talks would resume on Monday.",
        "said",
        Some(("The minister", M::Anonymous)),
        Some("talks would resume on Monday"),
        K::Indirect,
    ),
    // "Q," said S.
    row(
        "“Talks are over,” said Marco Rubio.",
        "said",
        Some(("Marco Rubio", M::Person)),
        Some("“Talks are over,”"),
        K::Direct,
    ),
    // According to S, Q.
    row(
        "According to Reuters, the talks were cancelled.",
        "According to",
        Some(("Reuters", M::Outlet)),
        Some("the talks were cancelled"),
        K::Citation,
    ),
    // Q, according to S.
    row(
        "Witkoff will travel to Moscow, according to Russian media reports.",
        "according to",
        Some(("Russian media reports", M::Vague)),
        Some("Witkoff will travel to Moscow"),
        K::Citation,
    ),
    // S told R (that) Q.
    row(
        "A European official told Reuters that Rubio was concerned.",
        "told",
        Some(("A European official", M::Anonymous)),
        Some("that Rubio was concerned"),
        K::Indirect,
    ),
    // S wrote on Twitter that Q.
    row(
        "Rubio wrote on Twitter that the meeting was off.",
        "wrote",
        Some(("Rubio", M::Person)),
        Some("that the meeting was off"),
        K::Indirect,
    ),
    // S, citing T, reported Q.
    row(
        "The Washington Post, citing its own sources, reported that the talks had failed.",
        "reported",
        Some(("The Washington Post", M::Outlet)),
        Some("that the talks had failed"),
        K::Indirect,
    ),
    row(
        "The Washington Post, citing its own sources, reported that the talks had failed.",
        "citing",
        Some(("its own sources", M::Anonymous)),
        Some("that the talks had failed"),
        K::Citation,
    ),
    // X reports with reference to Y.
    row(
        "UNN reports with reference to WP.",
        "with reference to",
        Some(("WP", M::Outlet)),
        None,
        K::Citation,
    ),
    row(
        "UNN reports with reference to WP.",
        "reports",
        Some(("UNN", M::Outlet)),
        None,
        K::Indirect,
    ),
    // ..., the publication writes.
    row(
        "The talks stalled over territory, the publication writes.",
        "writes",
        Some(("the publication", M::PublicationAnaphor)),
        Some("The talks stalled over territory"),
        K::Indirect,
    ),
    // S: "Q"
    row(
        "Zelensky: \"We will not give up our land.\"",
        ":",
        Some(("Zelensky", M::Person)),
        Some("\"We will not give up our land.\""),
        K::Direct,
    ),
    // … - S: "Q", as round-ups quote others.
    row(
        "The samples skew older - Ann Ruiz and Bo Lind: \"Our panels overstate turnout.\"",
        ":",
        Some(("Ann Ruiz and Bo Lind", M::Person)),
        Some("\"Our panels overstate turnout.\""),
        K::Direct,
    ),
    // mixed quotes: S called it "a disaster"
    row(
        "Smith said the plan was \"a disaster\" for farmers.",
        "said",
        Some(("Smith", M::Person)),
        Some("the plan was \"a disaster\" for farmers"),
        K::Mixed,
    ),
    // reported speech with reporting verbs and tenses
    row(
        "He added that some exchanges would be needed.",
        "added",
        Some(("He", M::Pronoun)),
        Some("that some exchanges would be needed"),
        K::Indirect,
    ),
    row(
        "Trump warned that Washington could pull out.",
        "warned",
        Some(("Trump", M::Person)),
        Some("that Washington could pull out"),
        K::Indirect,
    ),
    row(
        "The Kremlin has denied that troops crossed the border.",
        "denied",
        Some(("The Kremlin", M::Organization)),
        Some("that troops crossed the border"),
        K::Indirect,
    ),
    row(
        "The ministry confirmed that the envoy had arrived.",
        "confirmed",
        Some(("The ministry", M::Organization)),
        Some("that the envoy had arrived"),
        K::Indirect,
    ),
    row(
        "She claims the vote was rigged.",
        "claims",
        Some(("She", M::Pronoun)),
        Some("the vote was rigged"),
        K::Indirect,
    ),
    // passives
    row(
        "It was reported that the envoy had left.",
        "was reported",
        None,
        Some("that the envoy had left"),
        K::Indirect,
    ),
    row(
        "Peskov was quoted as saying that no meeting was planned.",
        "quoted as saying",
        Some(("Peskov", M::Person)),
        Some("that no meeting was planned"),
        K::Indirect,
    ),
    // anonymous sources with their note
    row(
        "\"It is over,\" said an official who asked not to be named.",
        "said",
        Some(("an official", M::Anonymous)),
        Some("\"It is over,\""),
        K::Direct,
    ),
    // sources of every class
    row(
        "Sources say the deal is close.",
        "say",
        Some(("Sources", M::Vague)),
        Some("the deal is close"),
        K::Indirect,
    ),
    row(
        "U.S. Vice President JD Vance said the U.S. was ready.",
        "said",
        Some(("U.S. Vice President JD Vance", M::TitledPerson)),
        Some("the U.S. was ready"),
        K::Indirect,
    ),
    // gerund cue takes its source from the clause
    row(
        "Trump criticised the plan, saying it would fail.",
        "saying",
        Some(("Trump", M::Person)),
        Some("it would fail"),
        K::Indirect,
    ),
    // attitude nouns: S expressed concern (to R) that Q
    row(
        "Rubio had expressed concern to the British that Ukraine may revert.",
        "expressed concern",
        Some(("Rubio", M::Person)),
        Some("that Ukraine may revert"),
        K::Indirect,
    ),
    // a quote split by its attribution
    row(
        "\"We tried,\" he said, \"and we failed.\"",
        "said",
        Some(("he", M::Pronoun)),
        Some("\"We tried,\" he said, \"and we failed.\""),
        K::Direct,
    ),
];

/// The source phrase before a cue: names that read as other words, a time word between
/// subject and cue, two names joined, and what is no phrase at all.
#[test]
fn source_phrases_before_the_cue() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        (
            "British Prime Minister Theresa May said talks would resume.",
            "said",
            Some("British Prime Minister Theresa May"),
        ),
        (
            "A reporter for USA Today reported that the talks failed.",
            "reported",
            Some("A reporter for USA Today"),
        ),
        ("Kelly said the plant would close.", "said", Some("Kelly")),
        (
            "Eli Lilly said sales rose in the quarter.",
            "said",
            Some("Eli Lilly"),
        ),
        (
            "The company today said sales rose in the quarter.",
            "said",
            Some("The company"),
        ),
        (
            "William Schreyer and Daniel Tully said profits rose.",
            "said",
            Some("William Schreyer and Daniel Tully"),
        ),
        (
            "Mr. Grassley and Mr. Leahy said the bill would pass.",
            "said",
            Some("Mr. Grassley and Mr. Leahy"),
        ),
        // Where the source stands is no part of it.
        (
            "Foreign bankers here said the pact was generous.",
            "said",
            Some("Foreign bankers"),
        ),
        (
            "Officials there said the road was closed.",
            "said",
            Some("Officials"),
        ),
        // A share of respondents, and a name that starts with a digit.
        (
            "Asked about the plan, 46 percent of voters said it was fair.",
            "said",
            Some("46 percent of voters"),
        ),
        (
            "3Com Corp said it filed the papers.",
            "said",
            Some("3Com Corp"),
        ),
        // A year or an amount before the phrase is none of it.
        (
            "In 1986 the company reported a loss of six mln dlrs.",
            "reported",
            Some("the company"),
        ),
        // A relative clause without commas, whatever verb it holds.
        (
            "Officials who spoke on condition of anonymity said the talks failed.",
            "said",
            Some("Officials who spoke on condition of anonymity"),
        ),
        (
            "Diplomats who have seen the draft told Reuters that it was weak.",
            "told",
            Some("Diplomats who have seen the draft"),
        ),
        // Not the object of a preposition alone (the phrase runs on to the noun before it),
        // nor past a pronoun that is the cue's own subject.
        (
            "An aide to Secretary Lyng who asked not to be identified said the plan was dead.",
            "said",
            Some("An aide to Secretary Lyng who asked not to be identified"),
        ),
        (
            "Records of Admiral Poindexter who they say may help were lost.",
            "say",
            Some("they"),
        ),
        // An appositive between dashes: the name before it.
        (
            "Priebus — who spent the week in Cleveland — told reporters the party was united.",
            "told",
            Some("Priebus"),
        ),
        (
            "The justice -- who has been in a scuffle with the nominee -- said she regretted it.",
            "said",
            Some("The justice"),
        ),
        (
            "Sales rose 5 pct -- the best in years -- and the company said profits would follow.",
            "said",
            Some("the company"),
        ),
        // People of general news, and a capitalised word that is both a determiner and a
        // source noun.
        (
            "If it does not slow down, forecasters say spending will cripple the economy.",
            "say",
            Some("forecasters"),
        ),
        (
            "Friends say Manafort has not lived in Washington for years.",
            "say",
            Some("Friends"),
        ),
        // A name as the appositive of a phrase without a verb is the subject, and what
        // follows the cue its content, even when a source noun opens it.
        (
            "AC Teleconnect Corp's unit, ACC Long Distance Corp, said customers in Binghamton \
             would get the service.",
            "said",
            Some("ACC Long Distance Corp"),
        ),
        (
            "Hotel Investors Trust, whose shares are paired, said shareholders approved the sale \
             of 355,556 paired shares.",
            "said",
            Some("Hotel Investors Trust, whose shares are paired"),
        ),
        (
            "It is not only about audiences, he and Mr. Allen said.",
            "said",
            Some("he and Mr. Allen"),
        ),
        // Two groups joined are one source; a clause before `and` is none of it.
        (
            "The dollar fell, dealers and analysts said.",
            "said",
            Some("dealers and analysts"),
        ),
        (
            "The plan is dead, teachers and union officials told POLITICO.",
            "told",
            Some("teachers and union officials"),
        ),
        (
            "Prices rose sharply and analysts said the trend would last.",
            "said",
            Some("analysts"),
        ),
        // A party's description after the name is no name of its own; a demonstrative opens
        // a source phrase.
        (
            "\"Bomb them,\" Representative Ann Lee, Republican of Ohio, told Mr. Obama last year.",
            "told",
            Some("Representative Ann Lee, Republican of Ohio"),
        ),
        (
            "\"He was the only one,\" this source told the Post.",
            "told",
            Some("this source"),
        ),
        // The appositive ends before the main clause's `, said,`.
        (
            "\"It is close,\" this official, who asked not to be identified, said, referring \
             to the offer.",
            "referring",
            Some("this official, who asked not to be identified"),
        ),
        // A document's participle and its day are no part of the source; a document noun
        // that is also a verb is the noun after an article.
        (
            "A Gallup poll released on Monday showed that most voters were tired.",
            "showed",
            Some("A Gallup poll"),
        ),
        (
            "A poll released Monday showed that most voters were tired.",
            "showed",
            Some("A poll"),
        ),
        (
            "A report published by the agency said exports rose.",
            "said",
            Some("A report published by the agency"),
        ),
        // A place, then a time, before the content.
        (
            "Christie said in Nashua on Monday that he could win.",
            "said",
            Some("Christie"),
        ),
        // The second verb of a clause takes the first one's subject.
        (
            "Gov. Rick Scott (R) blasted Congress and said the state paid for it.",
            "said",
            Some("Gov. Rick Scott (R)"),
        ),
        (
            "Judge Sullivan put off the ruling but said the group could come back.",
            "said",
            Some("Judge Sullivan"),
        ),
    ];
    for &(text, cue, want) in cases {
        let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
        let a = parsed
            .attributions
            .iter()
            .find(|a| a.cue.slice(text) == cue);
        let got = a.and_then(|a| a.source.as_ref()).map(|m| m.text.as_str());
        assert_eq!(got, want, "{text:?}: {:?}", parsed.attributions);
    }
    // A phrase that ends in a conjunction or a preposition is no source.
    for text in [
        "Shultz welcomed the export curb and said it would help.",
        "The minister discussed the terms of and said nothing more.",
    ] {
        let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
        for a in &parsed.attributions {
            let source = a.source.as_ref().map_or("", |m| m.text.as_str());
            assert!(
                !source.ends_with(" and") && !source.ends_with(" of"),
                "{text:?}: source {source:?}"
            );
        }
    }
}

#[test]
fn every_construction_parses() {
    let mut failures = Vec::new();
    for r in ROWS {
        let doc = whosaid_text::plain(r.text.to_string());
        let parsed = whosaid_parse::parse(&doc);
        let Some(a) = parsed
            .attributions
            .iter()
            .find(|a| a.cue.slice(r.text) == r.cue)
        else {
            failures.push(format!("{:?}: no attribution with cue {:?}", r.text, r.cue));
            continue;
        };
        let source = a.source.as_ref().map(|m| (m.text.as_str(), m.class));
        let content = a.content.map(|c| c.slice(r.text));
        if source != r.source || content != r.content || a.kind != r.kind {
            failures.push(format!(
                "{:?} cue {:?}:\n  want {:?} {:?} {:?}\n  got  {:?} {:?} {:?}",
                r.text, r.cue, r.source, r.content, r.kind, source, content, a.kind
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows wrong:\n{}",
        failures.len(),
        ROWS.len(),
        failures.join("\n")
    );
}

/// Fails when any attribution of `text` has `cue` as its cue.
fn assert_no_cue(text: &str, cue: &str) {
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(
        parsed.attributions.iter().all(|a| a.cue.slice(text) != cue),
        "{text:?}: {cue:?} taken for a cue: {:?}",
        parsed.attributions
    );
}

/// Verbs with a speech sense and an everyday one: without `that`, a quote or a clause with its
/// subject after them, they report nothing (`posted a loss`, `continued as chairman`). Each text
/// is from the kind of wire copy where they were taken for cues; with a quote or `that` after
/// them they still are.
#[test]
fn everyday_senses_of_speech_verbs_are_not_cues() {
    let not_cues = [
        // A corporate action.
        (
            "The board declared a quarterly dividend of 10 cts a share.",
            "declared",
        ),
        (
            "Its board declared a three-for-two stock split.",
            "declared",
        ),
        (
            "Showers continued throughout the week in the Bahia cocoa zone.",
            "continued",
        ),
        (
            "Daniel Gillespie will continue as president and chief operating officer.",
            "continue",
        ),
        (
            "They continued the process of multilateral surveillance.",
            "continued",
        ),
        (
            "Morgan posted a loss of 140.8 mln dlrs in the quarter.",
            "posted",
        ),
        ("The company posts record weekly sales.", "posts"),
        ("AIR CANADA POSTS TURNAROUND IN FIRST QUARTER", "POSTS"),
        ("SEAMAN'S STRIKE CONTINUES", "CONTINUES"),
        // A noun before a verb or a conjunction.
        (
            "Press reports said Kaufhof wanted a stake in Hapag-Lloyd.",
            "reports",
        ),
        (
            "The Fed bought Treasury notes and bonds for its own account.",
            "notes",
        ),
        (
            "In remarks prepared for delivery to shareholders, Smith said sales rose.",
            "remarks",
        ),
        ("Such claims could wipe out the company's assets.", "claims"),
    ];
    for (text, cue) in not_cues {
        assert_no_cue(text, cue);
    }
    let cues = [
        (
            "“We will not retreat,” he continued.",
            "continued",
            K::Direct,
        ),
        (
            "He continued that the plan would fail.",
            "continued",
            K::Indirect,
        ),
        (
            "She posted that the vote had been rigged.",
            "posted",
            K::Indirect,
        ),
        (
            "Smith posted on Twitter that he would run.",
            "posted",
            K::Indirect,
        ),
    ];
    for (text, cue, kind) in cues {
        let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
        assert!(
            parsed
                .attributions
                .iter()
                .any(|a| a.cue.slice(text) == cue && a.kind == kind),
            "{text:?}: no {kind:?} attribution at {cue:?}: {:?}",
            parsed.attributions
        );
    }
}

/// The attribution of `text` whose cue is `cue` (the first such); panics when there is none.
fn attribution_at(text: &str, cue: &str) -> whosaid_core::Attribution {
    attribution_with_cue(text, cue, false)
}

/// Asserts that `text`'s attribution at `cue` has the source text and content given.
fn assert_source_and_content(text: &str, cue: &str, source: &str, content: &str) {
    let a = attribution_at(text, cue);
    assert_eq!(
        a.source.as_ref().map(|m| m.text.as_str()),
        Some(source),
        "{text}"
    );
    assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
}

/// Asserts that each text's attribution at its cue has the content given: rows of (text, cue,
/// content).
fn assert_contents(rows: &[(&str, &str, &str)]) {
    for &(text, cue, content) in rows {
        let a = attribution_at(text, cue);
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
}

/// Asserts that each text's attribution at `cue` has the source text given.
fn assert_source_texts(cue: &str, rows: &[(&str, &str)]) {
    for &(text, source) in rows {
        let a = attribution_at(text, cue);
        assert_eq!(
            a.source.as_ref().map(|m| m.text.as_str()),
            Some(source),
            "{text}"
        );
    }
}

/// Asserts that each text's attribution at `cue` has the source text and class given.
fn assert_sources(cue: &str, rows: &[(&str, &str, M)]) {
    for &(text, source, class) in rows {
        let a = attribution_at(text, cue);
        assert_eq!(
            a.source.as_ref().map(|m| (m.text.as_str(), m.class)),
            Some((source, class)),
            "{text}"
        );
    }
}

/// The first attribution of `text` whose cue is `cue`, or the last when `last`.
fn attribution_with_cue(text: &str, cue: &str, last: bool) -> whosaid_core::Attribution {
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    let mut matching = parsed
        .attributions
        .iter()
        .filter(|a| a.cue.slice(text) == cue);
    let found = if last {
        matching.next_back()
    } else {
        matching.next()
    };
    found.cloned().unwrap_or_else(|| {
        panic!(
            "{text:?}: no attribution at {cue:?}: {:?}",
            parsed.attributions
        )
    })
}

/// A gathering told is the recipient, whatever follows it: the content is the clause after
/// it, or the `that` clause past phrases of place and time, or what went before.
#[test]
fn a_gathering_told_is_the_recipient() {
    for (text, content) in [
        (
            "Kjell Nilsson told a news conference the acquisition would pay.",
            "the acquisition would pay",
        ),
        (
            "Smith told a press conference in Oslo the deal was off.",
            "the deal was off",
        ),
        (
            "He told a press conference in Jakarta at the end of a meeting of Asian Energy \
             Ministers that prices would hold.",
            "that prices would hold",
        ),
        (
            "Prices will rise, Smith told a press conference in Jakarta at the end of the meeting.",
            "Prices will rise",
        ),
    ] {
        let told = attribution_at(text, "told");
        assert_eq!(
            told.content.map(|c| c.slice(text).to_string()).as_deref(),
            Some(content),
            "{text}"
        );
    }
}

/// `was quoted as saying` at the end of the sentence takes what went before the source.
#[test]
fn quoted_as_saying_at_the_end_takes_what_went_before() {
    for (text, content) in [
        (
            "\"Renault is a leader in our industry,\" Iacocca was quoted as saying.",
            "\"Renault is a leader in our industry,\"",
        ),
        (
            "The bank was considering new proposals, Chang was quoted as saying.",
            "The bank was considering new proposals",
        ),
    ] {
        let a = attribution_at(text, "quoted as saying");
        assert_eq!(
            a.content.map(|c| c.slice(text).to_string()).as_deref(),
            Some(content),
            "{text}"
        );
    }
}

/// `Asked by X whether Q,`: the question from its wh-word, a named asker as its source;
/// `Asked to comment,` asks nothing.
#[test]
fn a_question_asked_starts_at_its_wh_word() {
    let text = "Asked by Matt Lauer whether she had practiced, Clinton said no.";
    let a = attribution_at(text, "Asked");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("whether she had practiced")
    );
    assert_eq!(a.source.map(|m| m.text).as_deref(), Some("Matt Lauer"));
    let text = "Asked by reporters whether he sensed a shift, Dole said no.";
    let a = attribution_at(text, "Asked");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("whether he sensed a shift")
    );
    assert_eq!(a.source, None);
    let text = "Asked to comment, the ambassador told Reuters the charges were old.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(parsed
        .attributions
        .iter()
        .all(|a| a.cue.slice(text) != "Asked"));
}

/// An anonymity note is no attribution of its own.
#[test]
fn asking_not_to_be_named_is_no_attribution() {
    for text in [
        "The official, who asked not to be identified, said the plan was dead.",
        "An aide, who asked that his name not be used, said the plan was dead.",
        "A diplomat, who requested anonymity, said the plan was dead.",
    ] {
        let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
        let cues: Vec<&str> = parsed
            .attributions
            .iter()
            .map(|a| a.cue.slice(text))
            .collect();
        assert_eq!(cues, ["said"], "{text}");
    }
}

/// A quoted title (a programme, a slogan) right before the subject is what it said only when
/// nothing but adjuncts follow the cue.
#[test]
fn a_quoted_title_before_the_subject_is_its_quote_only_when_the_cue_ends_the_clause() {
    for (text, content) in [
        (
            "Asked about it on \"Morning Watch,\" Hale said he had not decided.",
            "he had not decided",
        ),
        (
            "During an interview on \"Face the Nation,\" Ruiz said that the vote was close.",
            "that the vote was close",
        ),
        ("\"Never Again,\" she said of the plan.", "\"Never Again,\""),
        ("\"Make Ports Safe,\" he said.", "\"Make Ports Safe,\""),
        // Not a title: a quote of what was said, whatever follows.
        (
            "\"We will win,\" he said, and the crowd cheered.",
            "\"We will win,\"",
        ),
    ] {
        let said = attribution_at(text, "said");
        assert_eq!(
            said.content.map(|c| c.slice(text).to_string()).as_deref(),
            Some(content),
            "{text}"
        );
    }
}

/// A name and its appositive before `, said`: the subject of what follows, not a quote before
/// an inverted `said S` (which read `sales rose` as the source). Content before a comma that
/// holds a verb still inverts.
#[test]
fn a_name_and_its_appositive_are_the_subject() {
    for (text, source, content) in [
        (
            "John Smith, president of Acme, said sales rose.",
            "John Smith, president of Acme",
            "sales rose",
        ),
        (
            "Mira Olsen, chief economist at Nordbank, said rates would fall.",
            "Mira Olsen, chief economist at Nordbank",
            "rates would fall",
        ),
        (
            "Harbour Freight, which owns 40 ships, said the deal was off.",
            "Harbour Freight, which owns 40 ships",
            "the deal was off",
        ),
        // A clause with commas of its own inside the appositive: the name before it.
        (
            "Dana Reyes, who lost her home in Paradise, California, in 2018, said the rules failed.",
            "Dana Reyes, who lost her home in Paradise, California, in 2018",
            "the rules failed",
        ),
        (
            "Senator Hal Brandt, facing a challenge in Ohio, a swing state, said he would win.",
            "Senator Hal Brandt, facing a challenge in Ohio, a swing state",
            "he would win",
        ),
        // A sentence adverb opens no such clause.
        (
            "Nevertheless, rising stocks could end the rally, Lena Ortiz, an analyst, said.",
            "Lena Ortiz, an analyst",
            "Nevertheless, rising stocks could end the rally",
        ),
        // Whom the source spoke to is no part of it.
        (
            "A senior official speaking to Radio Nord said the talks had failed.",
            "A senior official",
            "the talks had failed",
        ),
        (
            "Prices, the survey found, will rise, said Mira Olsen.",
            "Mira Olsen",
            "Prices, the survey found, will rise",
        ),
    ] {
        let said = attribution_at(text, "said");
        assert_eq!(
            said.source.as_ref().map(|m| m.text.as_str()),
            Some(source),
            "{text:?}"
        );
        assert_eq!(
            said.content.map(|c| c.slice(text)),
            Some(content),
            "{text:?}"
        );
    }
}

/// Wire copy's angle brackets: around a company's name the name is the source; after a name,
/// a ticker, left out of it.
#[test]
fn angle_brackets_around_a_name_or_a_ticker() {
    for (text, source) in [
        (
            "<Harbour Freight Inc> said profits rose.",
            "Harbour Freight Inc",
        ),
        (
            "The company <Harbour Freight Inc> said profits rose.",
            "Harbour Freight Inc",
        ),
        (
            "Harbour Freight Inc <HFI> said profits rose.",
            "Harbour Freight Inc",
        ),
    ] {
        let said = attribution_at(text, "said");
        let got = said.source.as_ref().map(|m| (m.text.as_str(), m.class));
        assert_eq!(got, Some((source, M::Organization)), "{text:?}");
        assert_eq!(said.content.map(|c| c.slice(text)), Some("profits rose"));
    }
    // Nothing inside the brackets: no source.
    let text = "Then <> said profits rose.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(parsed
        .attributions
        .iter()
        .all(|a| a.source.as_ref().is_none_or(|m| !m.text.contains('<'))));
}

/// Headlines in capitals, where capitals tell no names from other words and `is` and articles
/// are left out: `ADDS` adds things, `SAID` before a predicate is `is said`, and the bare form
/// of a verb that is also a noun is the noun after a singular word. Plural subjects, `SAYS`,
/// `SAID` before a clause and `ADDS THAT` stay cues.
#[test]
fn headline_senses_are_not_cues() {
    let not_cues = [
        ("CENTRAL BANK ADDS RESERVES VIA REPURCHASES", "ADDS"),
        ("FERRY LINE ADDS TWO ROUTES TO ISLANDS", "ADDS"),
        ("STEEL MERGER SAID UNLIKELY BEFORE JUNE", "SAID"),
        ("MINISTRY SAID CONSIDERING NEW TARIFFS", "SAID"),
        ("GRAIN EXPORTS SAID NOT AFFECTED BY STRIKE", "SAID"),
        ("STEEL TALKS SAID STILL DEADLOCKED", "SAID"),
        ("SENATE REPORT CRITICISES FARM POLICY", "REPORT"),
        ("MINISTRY DENIES REPORT IT WILL CUT PRICES", "REPORT"),
        ("TREASURY NOTE AUCTION DELAYED", "NOTE"),
    ];
    for (text, cue) in not_cues {
        assert_no_cue(text, cue);
    }
    let cues = [
        ("MINISTER SAYS TARIFFS WILL STAY", "SAYS"),
        ("DEALERS SAID CENTRAL BANK SOLD DOLLARS", "SAID"),
        ("TRADERS SAID UNITED STATES BOUGHT WHEAT", "SAID"),
        ("BANKERS REPORT PROGRESS ON DEBT TALKS", "REPORT"),
        ("POLICE REPORT CALM IN CAPITAL", "REPORT"),
        ("MINISTER ADDS THAT TALKS WILL GO ON", "ADDS"),
    ];
    for (text, cue) in cues {
        // Panics when no attribution has the cue.
        attribution_at(text, cue);
    }
}

#[test]
fn anonymity_note_is_attached() {
    let text = "\"It is over,\" said an official who asked not to be named.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    let a = &parsed.attributions[0];
    assert_eq!(
        a.anonymity.map(|s| s.slice(text)),
        Some("who asked not to be named")
    );
}

#[test]
fn nested_attribution_has_its_parent() {
    let text = "It was bad, said an official familiar with the situation, the publication writes.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    let said = parsed
        .attributions
        .iter()
        .find(|a| a.cue.slice(text) == "said")
        .unwrap();
    let writes = parsed
        .attributions
        .iter()
        .find(|a| a.cue.slice(text) == "writes")
        .unwrap();
    assert_eq!(said.parent, Some(writes.id));
    assert_eq!(writes.parent, None);
    assert_eq!(
        said.anonymity.map(|s| s.slice(text)),
        Some("familiar with the situation")
    );
}

#[test]
fn unclosed_quote_is_a_problem_not_a_pairing() {
    // The quote opened before "discuss" never closes; the next paragraph's quote must not be
    // paired with it.
    let text = "Kyiv prefers to \"discuss a ceasefire first, said an official.\n\nThe comment was made on condition of anonymity - \"due to the tense situation.\"";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert_eq!(parsed.problems.len(), 1, "{:?}", parsed.problems);
    assert_eq!(
        parsed.problems[0].kind,
        whosaid_core::ProblemKind::UnclosedQuote
    );
    assert_eq!(
        parsed.problems[0].span.start,
        text.find("\"discuss").unwrap()
    );
    let said = parsed
        .attributions
        .iter()
        .find(|a| a.cue.slice(text) == "said")
        .unwrap();
    assert_eq!(said.source.as_ref().unwrap().text, "an official");
    // What the broken quote holds is what the official said.
    assert_eq!(
        said.content.map(|c| c.slice(text)),
        Some("\"discuss a ceasefire first")
    );
}

#[test]
fn a_quote_opening_a_sentence_inside_an_open_one_ends_it_unclosed() {
    // The first quote never closes; the next sentence opens a quote of its own, which its
    // speaker's attribution holds.
    let text = "Talks resumed on Monday.\n\n\"We have a generous offer on the table. \"We would \
                also like to introduce other initiatives,\" Mr Lording said.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert_eq!(parsed.problems.len(), 1, "{:?}", parsed.problems);
    assert_eq!(
        parsed.problems[0].kind,
        whosaid_core::ProblemKind::UnclosedQuote
    );
    assert_eq!(parsed.problems[0].span.slice(text), "\"");
    assert_eq!(
        parsed.problems[0].span.start,
        "Talks resumed on Monday.\n\n".len()
    );
    // In a text of one paragraph, which has often lost its breaks, the same marks are the
    // multi-paragraph convention as often: the quote is closed by the new one, unreported.
    let flat = text.replace("\n\n", " ");
    let parsed = whosaid_parse::parse(&whosaid_text::plain(flat.clone()));
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    assert_eq!(
        attribution_at(&flat, "said")
            .content
            .map(|c| c.slice(&flat).to_owned()),
        Some("\"We would also like to introduce other initiatives,\"".to_owned())
    );
    let said = attribution_at(text, "said");
    assert_eq!(said.source.map(|m| m.text).as_deref(), Some("Mr Lording"));
    assert_eq!(
        said.content.map(|c| c.slice(text)),
        Some("\"We would also like to introduce other initiatives,\"")
    );
    // Inside a sentence a double quote nests, as wire copy writes it: no problem.
    let text = "\"We have no objection to Soriano buying the \"B\" shares,\" Diaz told Reuters.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    let told = attribution_at(text, "told");
    assert_eq!(
        told.content.map(|c| c.slice(text)),
        Some("\"We have no objection to Soriano buying the \"B\" shares,\"")
    );
    // A mark of the other style opening a sentence nests too.
    let text =
        "\"The government has done nothing with it. “They haven’t done anything,” he quoted \
                one analyst.\"";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
}

#[test]
fn multi_paragraph_quote_reopens_and_closes_at_its_end() {
    let text = "\"The first paragraph of the quote.\n\n\"The second, and last,\" Smith said.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    let a = &parsed.attributions[0];
    assert_eq!(a.kind, K::Direct);
    assert_eq!(
        a.content.unwrap().start,
        0,
        "the content starts at the first paragraph's mark"
    );
}

#[test]
fn apostrophes_are_not_quotes() {
    let text = "Kyiv's officials in the '90s said the plan wouldn't work.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    assert_eq!(parsed.attributions.len(), 1);
    assert_eq!(parsed.attributions[0].kind, K::Indirect);
}

#[test]
fn sources_are_classified_by_shape() {
    let cases = [
        (
            "Lotus Development Corp said it would extend the program.",
            "Lotus Development Corp",
            M::Organization,
        ),
        (
            "U.K. Chancellor of the Exchequer Nigel Lawson said the rout was absurd.",
            "U.K. Chancellor of the Exchequer Nigel Lawson",
            M::TitledPerson,
        ),
        (
            "The Bank of Zambia said the kwacha was pegged.",
            "The Bank of Zambia",
            M::Organization,
        ),
        // A name after `the` is a body, not a person, unless a title or a party says so.
        (
            "The Bundesbank said rates would hold.",
            "The Bundesbank",
            M::Organization,
        ),
        (
            "The Treasury said the auction went well.",
            "The Treasury",
            M::Organization,
        ),
        (
            "The Texas Democrat said the bill would pass.",
            "The Texas Democrat",
            M::Person,
        ),
        // Final words of company names.
        (
            "Thai Airways said traffic rose.",
            "Thai Airways",
            M::Organization,
        ),
        (
            "National Fuel Gas said earnings rose.",
            "National Fuel Gas",
            M::Organization,
        ),
        (
            "An official of the Foreign Ministry said talks would go on.",
            "An official of the Foreign Ministry",
            M::Anonymous,
        ),
        ("Dealers said the market was quiet.", "Dealers", M::Vague),
        (
            "The Journal reported that bids had come in.",
            "The Journal",
            M::Outlet,
        ),
        (
            "The newspaper reported that bids had come in.",
            "The newspaper",
            M::PublicationAnaphor,
        ),
        (
            "Sen. Ben Cardin of Maryland said the tax would pass.",
            "Sen. Ben Cardin of Maryland",
            M::TitledPerson,
        ),
    ];
    let more = [
        (
            "The Bureau of Meteorology's Claire Richards says the rain has done little.",
            "The Bureau of Meteorology's Claire Richards",
            M::Person,
        ),
        (
            "Mark Williams, the incident controller, says crews will stop back-burning.",
            "Mark Williams, the incident controller",
            M::Person,
        ),
        (
            "FBI agent Margaret Cronin said Reid carried explosives.",
            "FBI agent Margaret Cronin",
            M::TitledPerson,
        ),
        // A document or an outlet is no anonymous person: a body's document is the body's,
        // an unnamed one is vague.
        (
            "A statement from Salomon said the offer was fair.",
            "A statement from Salomon",
            M::Organization,
        ),
        (
            "A company statement said the offer was fair.",
            "A company statement",
            M::Organization,
        ),
        (
            "A POLITICO analysis found that donors gave less.",
            "A POLITICO analysis",
            M::Organization,
        ),
        (
            "A statement said the offer was fair.",
            "A statement",
            M::Vague,
        ),
        (
            "A Japanese newspaper reported that the talks had failed.",
            "A Japanese newspaper",
            M::Vague,
        ),
        (
            "A Hong Kong newspaper reported that the talks had failed.",
            "A Hong Kong newspaper",
            M::Vague,
        ),
        (
            "A memo released on Tuesday said that the plant would close.",
            "A memo released",
            M::Vague,
        ),
        // A report named before; a share of people is a group, not one unnamed person.
        (
            "The report said exports rose.",
            "The report",
            M::Organization,
        ),
        (
            "Media reports said exports rose.",
            "Media reports",
            M::Vague,
        ),
        (
            "A strong majority of Democratic voters said they trusted her.",
            "A strong majority of Democratic voters",
            M::Vague,
        ),
        // A person before the document still speaks, unnamed.
        (
            "A European official said the talks had failed.",
            "A European official",
            M::Anonymous,
        ),
    ];
    let mut wrong = Vec::new();
    for (text, source, class) in cases.into_iter().chain(more) {
        let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
        let got = parsed
            .attributions
            .first()
            .and_then(|a| a.source.as_ref())
            .map(|m| (m.text.as_str(), m.class));
        if got != Some((source, class)) {
            wrong.push(format!("{text:?}: want {:?}, got {got:?}", (source, class)));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_trailing_attribution_holds_the_one_before_it() {
    let text = "The EC has agreed that if prices fall, it will act, he said.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    let agreed = parsed
        .attributions
        .iter()
        .find(|a| a.cue.slice(text) == "agreed")
        .unwrap();
    let said = parsed
        .attributions
        .iter()
        .find(|a| a.cue.slice(text) == "said")
        .unwrap();
    assert_eq!(
        agreed.content.map(|c| c.slice(text)),
        Some("that if prices fall, it will act")
    );
    assert_eq!(agreed.parent, Some(said.id));
    assert_eq!(said.parent, None);
}

/// Verbs of the manner of speaking report the quote beside them, in either order, and nothing
/// without one.
#[test]
fn verbs_of_manner_take_a_quote_only() {
    for (text, cue, source, content) in [
        (
            "“That would have been a demonstration of good faith,” Toomey fumed on Tuesday.",
            "fumed",
            "Toomey",
            "“That would have been a demonstration of good faith,”",
        ),
        (
            "“Would it be negotiable?” Hannity pressed.",
            "pressed",
            "Hannity",
            "“Would it be negotiable?”",
        ),
        (
            "''Silly boys,'' scoffed Arianna Gil, a skater.",
            "scoffed",
            "Arianna Gil",
            "''Silly boys,''",
        ),
    ] {
        let a = attribution_at(text, cue);
        let slice = |s: Option<whosaid_core::Span>| s.map(|s| s.slice(text).to_owned());
        assert_eq!(a.kind, whosaid_core::AttributionKind::Direct, "{text}");
        assert_eq!(
            slice(a.source.map(|m| m.span)).as_deref(),
            Some(source),
            "{text}"
        );
        assert_eq!(slice(a.content).as_deref(), Some(content), "{text}");
    }
    for (text, cue) in [
        ("The crowd laughed and the band played on.", "laughed"),
        (
            "He pressed for a vote on the bill before the recess.",
            "pressed",
        ),
        (
            "Officials demanded a recount in three counties.",
            "demanded",
        ),
        ("She wondered whether the plant would reopen.", "wondered"),
    ] {
        assert_no_cue(text, cue);
    }
}

/// A medium of two nouns (`on Truth Social`, `in a blog post`) is passed whole: the content
/// starts after it.
#[test]
fn a_medium_of_two_nouns_is_passed_whole() {
    for (text, medium, content) in [
        (
            "Trump posted on Truth Social: “We will not retreat from our position on tariffs.”",
            "on Truth Social",
            "“We will not retreat from our position on tariffs.”",
        ),
        (
            "He wrote in a blog post that the stakes were higher than the fight of the day.",
            "in a blog post",
            "that the stakes were higher than the fight of the day",
        ),
    ] {
        let a = attribution_at(text, text.split(' ').nth(1).unwrap_or_default());
        assert_eq!(a.medium.map(|m| m.slice(text)), Some(medium), "{text}");
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
}

/// Verbs of speech acts report what someone said of something through their object and what
/// follows it, to the end of the clause; their readings that report nothing (naming, phoning,
/// calling off, a judge dismissing a suit, police questioning) are no cues.
#[test]
fn speech_acts_take_their_object_as_content() {
    for (text, cue, source, content) in [
        (
            "Clinton accused Sanders of a \"flip-flop\" on guns.",
            "accused",
            "Clinton",
            "Sanders of a \"flip-flop\" on guns",
        ),
        (
            "Senator Rubio called the statement \"offensive and outlandish.\"",
            "called",
            "Senator Rubio",
            "the statement \"offensive and outlandish.\"",
        ),
        (
            "The company blamed the loss on lower oil prices, it said in a filing.",
            "blamed",
            "The company",
            "the loss on lower oil prices",
        ),
        (
            "Gay rights groups condemned the bill's passage and said they would sue.",
            "condemned",
            "Gay rights groups",
            "the bill's passage",
        ),
        (
            "Cruz defends his record in a commercial running in Iowa.",
            "defends",
            "Cruz",
            "his record",
        ),
        (
            "The minister called for a lower dollar to help exports.",
            "called",
            "The minister",
            "for a lower dollar to help exports",
        ),
        (
            "Erdogan welcomed the swap, calling it a humanitarian step.",
            "calling",
            "Erdogan",
            "it a humanitarian step",
        ),
        (
            "GAF praised the deal, which it characterized as a partnership.",
            "characterized",
            "it",
            "as a partnership",
        ),
        (
            "Analysts questioned whether the brokerages could absorb the losses.",
            "questioned",
            "Analysts",
            "whether the brokerages could absorb the losses",
        ),
        (
            "The official dismissed the summit idea as a ploy to raise taxes.",
            "dismissed",
            "The official",
            "the summit idea as a ploy to raise taxes",
        ),
    ] {
        let a = attribution_at(text, cue);
        let slice = |s: Option<whosaid_core::Span>| s.map(|s| s.slice(text).to_owned());
        assert_eq!(
            slice(a.source.map(|m| m.span)).as_deref(),
            Some(source),
            "{text}"
        );
        assert_eq!(slice(a.content).as_deref(), Some(content), "{text}");
    }
    for (text, cue) in [
        (
            "Carson shared a syllabus for a class called \"Perception\" online.",
            "called",
        ),
        ("The so called initiative failed in March.", "called"),
        (
            "Trump called Putin on Tuesday to discuss the talks.",
            "called",
        ),
        ("The union called off the strike late on Friday.", "called"),
        (
            "The company called for redemption its 8.5 pct debentures due 2010.",
            "called",
        ),
        ("A judge dismissed the suit against the bank.", "dismissed"),
        ("Police questioned the driver for six hours.", "questioned"),
        ("A man accused of fraud was released on bail.", "accused"),
        (
            "A student referred to on social media as stickerboy got in.",
            "referred",
        ),
        (
            "Japan reneged on an agreement that called on it to stop dumping.",
            "called",
        ),
        (
            "India bought sugar at a tender which called for three cargoes.",
            "called",
        ),
        ("Growing calls for reform went unheeded.", "calls"),
        ("FED CALLS FOR TIGHTER RULES", "CALLS"),
    ] {
        assert_no_cue(text, cue);
    }
    // A noun form of a speech act in a source phrase leaves the phrase whole.
    let a = attribution_at(
        "Residents near the site of the blast said they heard a bang.",
        "said",
    );
    assert_eq!(
        a.source.map(|m| m
            .span
            .slice("Residents near the site of the blast said they heard a bang.")),
        Some("Residents near the site of the blast")
    );
}

/// A quantifier alone is a vague source (`Some said`, `Another said`), and a broadcaster after
/// the cue is its medium, not the start of the content (`said on CNN that …`, which left the
/// sentence with no attribution).
#[test]
fn quantifier_sources_and_broadcasters_after_the_cue() {
    for (text, cue, source, class) in [
        (
            "Some said the Fed may have bought dollars.",
            "said",
            "Some",
            M::Vague,
        ),
        (
            "Another said the bank still has buying orders.",
            "said",
            "Another",
            M::Vague,
        ),
        (
            "Most expect the economy to keep growing.",
            "expect",
            "Most",
            M::Vague,
        ),
        (
            "Multiple sources privy to the talks say it is over.",
            "say",
            "Multiple sources privy to the talks",
            M::Anonymous,
        ),
    ] {
        let a = attribution_at(text, cue);
        let s = a.source.expect("a source");
        assert_eq!((s.span.slice(text), s.class), (source, class), "{text}");
    }
    for (text, medium, content) in [
        (
            "Sanders said on CNN that he would run.",
            "on CNN",
            "that he would run",
        ),
        (
            "Sanders said on ABC's \"This Week\" that he would take a look.",
            "on ABC's \"This Week\"",
            "that he would take a look",
        ),
    ] {
        let a = attribution_at(text, "said");
        assert_eq!(a.medium.map(|m| m.slice(text)), Some(medium), "{text}");
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
}

/// A gerund of speech after a preposition (`by saying`, `after telling`) or with its own
/// subject after `, with` (`, with three in 10 saying`) is an attribution; after `, adding,`
/// its content is the quote past the comma; and `Q, S said, adding …` gives Q to `said`, not
/// the whole sentence. Not a phrase of `with` without a comma, nor an adverb before the gerund.
#[test]
fn gerunds_of_speech_after_prepositions_and_with() {
    for (text, cue, source, content) in [
        (
            "She followed that by saying, \"I am not a natural politician.\"",
            "saying",
            "She",
            "\"I am not a natural politician.\"",
        ),
        (
            "Silverman was booed after telling holdouts that they were wrong.",
            "telling",
            "Silverman",
            "that they were wrong",
        ),
        (
            "Voters shrugged, with three in 10 saying a running mate had no effect.",
            "saying",
            "three in 10",
            "a running mate had no effect",
        ),
        (
            "She went on to attack Trump, saying he had not thought about it.",
            "saying",
            "She",
            "he had not thought about it",
        ),
        (
            "They will meet next week, Spicer said, adding, \"They need to talk.\"",
            "adding",
            "Spicer",
            "\"They need to talk.\"",
        ),
        (
            "They will meet next week, Spicer said, adding, \"They need to talk.\"",
            "said",
            "Spicer",
            "They will meet next week",
        ),
    ] {
        let a = attribution_at(text, cue);
        let slice = |s: Option<whosaid_core::Span>| s.map(|s| s.slice(text).to_owned());
        assert_eq!(
            slice(a.source.map(|m| m.span)).as_deref(),
            Some(source),
            "{text}"
        );
        assert_eq!(slice(a.content).as_deref(), Some(content), "{text}");
    }
    for (text, cue) in [
        (
            "Britain refused to cooperate with OPEC output cuts saying it is up to the firms.",
            "saying",
        ),
        (
            "The FTC charged the company with falsely claiming that it was healthy.",
            "claiming",
        ),
        (
            "The SEC joined with Allied in charging that Campeau broke the law.",
            "charging",
        ),
    ] {
        assert_no_cue(text, cue);
    }
}

/// A verb of evidence after a poll, a study or records anywhere in its subject takes a bare
/// object (`The poll shows Trump with a lead`), and a named body's poll is the body's; a role
/// before a recipient's name and a book as the medium are passed over before the content.
#[test]
fn polls_show_and_recipients_with_a_role() {
    for (text, cue, source, class, content) in [
        (
            "The poll shows both Trump and Carson beating Clinton 45 to 40 percent.",
            "shows",
            "The poll",
            M::Organization,
            "both Trump and Carson beating Clinton 45 to 40 percent",
        ),
        (
            "A survey by the organization in March found Clinton with a lead of 48 percent.",
            "found",
            "A survey by the organization in March",
            M::Organization,
            "Clinton with a lead of 48 percent",
        ),
        (
            "A MORI poll conducted for The Sunday Times showed the Conservatives ahead.",
            "showed",
            "A MORI poll conducted for The Sunday Times",
            M::Organization,
            "the Conservatives ahead",
        ),
        (
            "Tamura said a MITI survey carried out in March showed producers were not dumping.",
            "showed",
            "a MITI survey carried out in March",
            M::Organization,
            "producers were not dumping",
        ),
        (
            "Schoen told host Sean Hannity a Clinton loss is increasingly likely.",
            "told",
            "Schoen",
            M::Person,
            "a Clinton loss is increasingly likely",
        ),
        (
            "Carson wrote in his 1990 autobiography that he had been named the most honest student.",
            "wrote",
            "Carson",
            M::Person,
            "that he had been named the most honest student",
        ),
    ] {
        let a = attribution_at(text, cue);
        let s = a.source.expect("a source");
        assert_eq!((s.span.slice(text), s.class), (source, class), "{text}");
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
    let text = "Schoen told host Sean Hannity a Clinton loss is increasingly likely.";
    let a = attribution_at(text, "told");
    assert_eq!(
        a.recipient.map(|r| r.span.slice(text)),
        Some("host Sean Hannity")
    );
    // A show that is no poll's is no attribution.
    assert_no_cue("Air shows draw big crowds in summer.", "shows");
}

/// `In <a poll>, Q`: the poll is the source of what the sentence reports; `In` before anything
/// else is no cue.
#[test]
fn a_sentence_opening_in_a_poll_reports_it() {
    let text = "In a new Fox News poll released Thursday, Trump achieved 45 percent support.";
    let a = attribution_at(text, "In");
    assert_eq!(
        a.source.map(|s| (s.span.slice(text), s.class)),
        Some(("a new Fox News poll", M::Organization))
    );
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("Trump achieved 45 percent support")
    );
    assert_no_cue("In the meantime, prices rose sharply.", "In");
    assert_no_cue("In a statement, the company said profits rose.", "In");
}

/// `S issued the following statement: "Q"`: the verb is the cue, the statement the medium;
/// and after a quote and its comma a short phrase of any head noun before a final cue is the
/// speaker (`"…," this Trump look-alike declared.`).
#[test]
fn statements_before_a_colon_and_descriptions_after_a_quote() {
    let text = "Trump issued the following statement: \"We will win the election.\"";
    let a = attribution_at(text, "issued");
    assert_eq!(a.source.map(|s| s.span.slice(text)), Some("Trump"));
    assert_eq!(
        a.medium.map(|m| m.slice(text)),
        Some("the following statement")
    );
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("\"We will win the election.\"")
    );
    let text = "\"We will win,\" this Trump look-alike declared.";
    let a = attribution_at(text, "declared");
    assert_eq!(
        a.source.map(|s| s.span.slice(text)),
        Some("this Trump look-alike")
    );
    assert_eq!(a.content.map(|c| c.slice(text)), Some("\"We will win,\""));
    // Not a colon after a statement with no verb of issuing before it.
    assert_no_cue("The statement: \"We will win the election.\"", "statement");
}

/// After a comma, a plain lowercase noun before the head modifies it: `…, trade sources said.`
/// had no attribution at all (the reader dropped `trade` as a word no phrase opens with, and
/// the phrase no longer followed the comma).
#[test]
fn noun_modifiers_after_a_comma_stay_in_the_source() {
    for (text, source) in [
        (
            "Cocoa grindings rose 2.9 pct, trade sources said.",
            "trade sources",
        ),
        (
            "Prices rose sharply last month, finance ministry officials said.",
            "finance ministry officials",
        ),
    ] {
        let a = attribution_at(text, "said");
        assert_eq!(a.source.map(|s| s.span.slice(text)), Some(source), "{text}");
    }
}

/// A name, a lowercase description and a relative clause, each after a comma: the name is the
/// subject, with what describes it (the description was read as a name of its own, and the
/// name left out: `president of Beard Oil Co, which holds …`). A party and state in
/// parentheses keeps the name a name. A description after a date or a place is not a name's.
#[test]
fn a_name_before_its_description_stays_in_the_source() {
    for (text, cue, source) in [
        (
            "Herb Mee Jr., president of Beard Oil Co, which holds a 30.4 pct stake in USPCI, \
             said the offer was inadequate.",
            "said",
            "Herb Mee Jr., president of Beard Oil Co, which holds a 30.4 pct stake in USPCI",
        ),
        (
            "John Smith, a spokesman for Acme Corp, which makes widgets, said the deal was off.",
            "said",
            "John Smith, a spokesman for Acme Corp, which makes widgets",
        ),
        (
            "Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that it was \
             open to every viewpoint.",
            "said",
            "Rep. Elijah Cummings (D-Md.), chair of the Platform Committee",
        ),
        (
            "On Monday, president Obama said the deal was off.",
            "said",
            "president Obama",
        ),
        (
            "In Washington, officials of the Treasury, who declined to be named, said the deal \
             was off.",
            "said",
            "officials of the Treasury, who declined to be named",
        ),
    ] {
        let a = attribution_at(text, cue);
        assert_eq!(a.source.map(|s| s.span.slice(text)), Some(source), "{text}");
    }
}

/// Wire copy's postposed underwriter: a lowercase title before the name, and a firm's name
/// with commas in it, to the sentence's end (`said lead manager Goldman, Sachs and Co.` had
/// no source, or the sentence before read as one).
#[test]
fn a_titled_name_after_an_inverted_cue_is_the_source() {
    for (text, source, content) in [
        (
            "Ford Motor Credit Co, a unit of Ford Motor Co, is raising 250 mln dlrs via an \
             offering of notes, said lead underwriter Goldman Sachs.",
            "lead underwriter Goldman Sachs",
            "Ford Motor Credit Co, a unit of Ford Motor Co, is raising 250 mln dlrs via an \
             offering of notes",
        ),
        (
            "Pitney Bowes Credit Corp is raising 100 mln dlrs, said lead manager Goldman, Sachs \
             and Co.",
            "lead manager Goldman, Sachs and Co.",
            "Pitney Bowes Credit Corp is raising 100 mln dlrs",
        ),
    ] {
        let a = attribution_at(text, "said");
        assert_eq!(a.source.map(|s| s.span.slice(text)), Some(source), "{text}");
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
    // A comma after the name still ends it when an appositive follows.
    let text = "The bank will grow, said John Smith, a spokesman.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.source.map(|s| s.span.slice(text)),
        Some("John Smith, a spokesman")
    );
}

/// Two apostrophes for a double quote (some papers' house style): three after a word close
/// the single quote inside, then the double one, so the cue after them follows a quote.
#[test]
fn three_apostrophes_close_a_single_then_a_double_quote() {
    let text = "''I tell banks, 'I am sorry,''' said Mr. Meyer.";
    let a = attribution_at(text, "said");
    assert_eq!(a.source.map(|s| s.span.slice(text)), Some("Mr. Meyer"));
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("''I tell banks, 'I am sorry,'''")
    );
    assert_eq!(a.kind, K::Direct);
}

/// A show's name in quotes before the subject is no quote of it when a clause follows the
/// cue, even one word after a possessive (`on Fox News Channel’s “Hannity,” Newt Gingrich said
/// if …` took the show's name for what he said).
#[test]
fn a_quoted_show_before_the_subject_is_no_quote() {
    let text = "Wednesday on Fox News Channel’s “Hannity,” Newt Gingrich said if Trump picked \
                him it would be an honor.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("if Trump picked him it would be an honor")
    );
    // A one-word quote with nothing before it is the quote.
    let text = "“Absolutely,” Smith said when asked.";
    let a = attribution_at(text, "said");
    assert_eq!(a.content.map(|c| c.slice(text)), Some("“Absolutely,”"));
}

/// A relative clause between commas holds its own attribution, whose content ends at the
/// comma before the main clause's verb (it ran on to the sentence's end), but not at a comma
/// inside a list.
#[test]
fn a_relative_clause_between_commas_ends_its_content() {
    for (text, cue, content) in [
        (
            "Barkley, who said he typically votes democratic, said one candidate he likes is \
             John Kasich.",
            "said",
            "he typically votes democratic",
        ),
        (
            "Smith, who told reporters he was tired, left early.",
            "told",
            "he was tired",
        ),
        (
            "Smith, who said that prices, wages and rents would rise, left early.",
            "said",
            "that prices, wages and rents would rise",
        ),
    ] {
        let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
        let a = parsed
            .attributions
            .iter()
            .find(|a| a.cue.slice(text) == cue)
            .unwrap_or_else(|| panic!("{text}: no {cue}"));
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
}

/// A gerund after the main clause takes its subject, also when the subject has an appositive,
/// the verb an auxiliary before it, or a dash opens the gerund.
#[test]
fn a_gerund_takes_the_subject_of_its_clause() {
    for (text, source) in [
        (
            "Le Pen, the party leader, voiced support for Trump, saying his rival would bring war.",
            "Le Pen, the party leader",
        ),
        (
            "Advisers have been urging the governor to default, saying that only a catastrophe \
             would move Congress.",
            "Advisers",
        ),
        (
            "Marco Rubio flipped his choice – saying he was rooting for Peyton Manning.",
            "Marco Rubio",
        ),
    ] {
        let a = attribution_at(text, "saying");
        assert_eq!(a.source.map(|s| s.span.slice(text)), Some(source), "{text}");
    }
}

/// `add` reports words only when a clause follows it: things added are no statement (`added
/// it to the brokerage house's recommended list`, `adding high-tech features`, `add reserves`).
#[test]
fn adding_things_is_no_cue() {
    for (text, cue) in [
        (
            "Analyst Roland Moreno upgraded the stock and added it to the brokerage house's \
             recommended list, traders said.",
            "added",
        ),
        (
            "Many parts of the XJ6 have been changed, adding high-tech features.",
            "adding",
        ),
        (
            "The Fed will add reserves via customer repurchase agreements.",
            "add",
        ),
    ] {
        assert_no_cue(text, cue);
    }
    for (text, content) in [
        (
            "He added there was no alternative.",
            "there was no alternative",
        ),
        (
            "Prime added the software costs 5,000 dlrs.",
            "the software costs 5,000 dlrs",
        ),
        (
            "They added they expect the Bank to act.",
            "they expect the Bank to act",
        ),
        (
            "Smith said prices rose, adding the company would cut jobs.",
            "the company would cut jobs",
        ),
    ] {
        let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
        let a = parsed
            .attributions
            .iter()
            .find(|a| a.cue.slice(text).starts_with("add"))
            .unwrap_or_else(|| panic!("{text}: no add"));
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
}

/// `reportedly` with no verb of speech after it: the claim of its clause rests on reports
/// nobody is named for, an attribution with no source (it had none).
#[test]
fn reportedly_attributes_its_clause_to_nobody() {
    for (text, content) in [
        (
            "The Club for Growth is reportedly spending $1.5 million on ads.",
            "The Club for Growth is reportedly spending $1.5 million on ads",
        ),
        ("Reportedly, the firm will close.", "the firm will close"),
        (
            "He said the firm was reportedly in talks.",
            "the firm was reportedly in talks",
        ),
    ] {
        let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
        let a = parsed
            .attributions
            .iter()
            .find(|a| a.cue.slice(text).eq_ignore_ascii_case("reportedly"))
            .unwrap_or_else(|| panic!("{text}: no reportedly"));
        assert_eq!(a.source, None, "{text}");
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
    // The verb of speech after it has the attribution, with its source.
    assert_no_cue(
        "Trump reportedly told aides that he would run.",
        "reportedly",
    );
}

/// Between a name and its cue: a time (`last week`, `on Thursday evening`), `however`, or a
/// comma after the name's parenthesis.
#[test]
fn time_phrases_and_commas_between_a_name_and_its_cue() {
    for (text, source) in [
        (
            "Dianne Feinstein (D-Calif.) last week said Clinton was not the originator.",
            "Dianne Feinstein (D-Calif.)",
        ),
        (
            "RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.",
            "RNC spokesman Sean Spicer",
        ),
        (
            "Carter however said he would welcome China's participation.",
            "Carter",
        ),
        (
            "Sen. Jack Reed (D-R.I.), said that he had not read the plan.",
            "Sen. Jack Reed (D-R.I.)",
        ),
    ] {
        let a = attribution_at(text, "said");
        assert_eq!(a.source.map(|s| s.span.slice(text)), Some(source), "{text}");
    }
}

/// A verb of speech addressed `to` someone, then `that` or a quote: the addressee is the
/// recipient (it was read as the content, or nothing was found). Not an infinitive.
#[test]
fn speech_addressed_to_someone() {
    for (text, cue, recipient, content) in [
        (
            "The American Legion wrote to Sanders’ Senate office that it did not have \
             permission.",
            "wrote",
            "Sanders’ Senate office",
            "that it did not have permission",
        ),
        (
            "Canova wrote to his 20,000 Twitter followers, “It’s time to end her career.”",
            "wrote",
            "his 20,000 Twitter followers",
            "“It’s time to end her career.”",
        ),
        (
            "Pakistan complained to the United Nations that planes had attacked its villages.",
            "complained",
            "the United Nations",
            "that planes had attacked its villages",
        ),
    ] {
        let a = attribution_at(text, cue);
        assert_eq!(
            a.recipient.map(|r| r.span.slice(text)),
            Some(recipient),
            "{text}"
        );
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
    assert_no_cue(
        "Latin America continued to show a recovery that began in the early 1980s.",
        "continued",
    );
}

/// A newspaper's name before `reports` is no adjective before a noun (`The Wall Street Journal
/// reports.` had no attribution), and a title heads a source after a possessive (`Connecticut’s
/// tax commissioner says`); a capitalised adjective before the noun still makes a noun.
#[test]
fn journal_reports_and_titles_after_a_possessive() {
    let text = "Bonuses were 500 dlrs every three months, The Wall Street Journal reports.";
    let a = attribution_at(text, "reports");
    assert_eq!(
        a.source.map(|s| s.span.slice(text)),
        Some("The Wall Street Journal")
    );
    let text = "Connecticut’s tax commissioner says that no one released the returns.";
    let a = attribution_at(text, "says");
    assert_eq!(
        a.source.map(|s| s.span.slice(text)),
        Some("Connecticut’s tax commissioner")
    );
    assert_no_cue(
        "He wrote a comment on a Wall Street Journal report saying the firm could sell.",
        "report",
    );
    assert_no_cue(
        "Iranian claims of a victory could not be verified.",
        "claims",
    );
}

/// A phrase of time between the cue and `that` is when, not what (`tweeted in the early
/// morning hours that …`, `reported at the time that …`); `at the time` before a clause is a
/// conjunction and stays in the content.
#[test]
fn time_phrases_between_a_cue_and_its_content() {
    assert_contents(&[
        (
            "Trump tweeted in the early morning hours that Machado was “disgusting.”",
            "tweeted",
            "that Machado was “disgusting.”",
        ),
        (
            "The New York Times reported at the time that the editor conveyed her views.",
            "reported",
            "that the editor conveyed her views",
        ),
        (
            "He said over the weekend that he would run.",
            "said",
            "that he would run",
        ),
    ]);
    let text = "It said at the time the shelf is issued the proceeds will repay debt.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(
        parsed.attributions.iter().all(|a| !a
            .content
            .is_some_and(|c| c.slice(text).starts_with("the shelf"))),
        "{:?}",
        parsed.attributions
    );
}

/// A question quoted just before its sentence (the splitter cuts after `?”`), then the cue and
/// a participle's clause: the quote is the content, not the participle's words.
#[test]
fn a_question_before_the_cue_and_a_participle_after_it() {
    let text = "“Would you believe it?” Trump said, looking out on the cheering crowd.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("“Would you believe it?”")
    );
}

/// After an inverted cue, a phrase of place may end the sentence after the source (`…, said
/// one GOP source in the room.`); a verb after the cue is no source (`which the auditors said
/// highlighted major gaps in the department`).
#[test]
fn a_place_after_an_inverted_source() {
    let text = "The meeting deteriorated from there, said one GOP source in the room.";
    let a = attribution_at(text, "said");
    assert_eq!(a.source.map(|s| s.span.slice(text)), Some("one GOP source"));
    let text = "VW made provisions for losses, which the auditors, Deutsche Treuhand, said \
                highlighted major gaps in the supervisory apparatus of the department.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(
        parsed.attributions.iter().all(|a| !a
            .source
            .as_ref()
            .is_some_and(|s| s.text.starts_with("highlighted"))),
        "{:?}",
        parsed.attributions
    );
}

/// A phrase of place or occasion between a cue and `that` or a quote is where, not what (`said
/// at an event in Colorado Springs that …`, `said on the other hand, “…”`); a `that` before a
/// verb is a relative pronoun and leaves the phrase alone.
#[test]
fn an_occasion_between_a_cue_and_its_content() {
    for (text, content) in [
        (
            "Donald Trump said at an event in Colorado Springs that a bomb had gone off.",
            "that a bomb had gone off",
        ),
        (
            "Clinton said on the other hand, “the current system works fine.”",
            "“the current system works fine.”",
        ),
        (
            "He said after the meeting that talks would resume.",
            "that talks would resume",
        ),
    ] {
        let a = attribution_at(text, "said");
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
    let text = "He said in a tone that suggested anger.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(
        parsed.attributions.iter().all(|a| a
            .content
            .is_none_or(|c| c.slice(text) != "that suggested anger")),
        "{:?}",
        parsed.attributions
    );
}

/// A source noun and its preposition open the subject, whatever noun ends it (`Analysts at
/// several brokerage houses said` had no source; `Experts on North Korea and nuclear
/// nonproliferation` lost its head).
#[test]
fn a_source_noun_and_its_preposition_open_the_subject() {
    for (text, source) in [
        (
            "Analysts at several brokerage houses said the stock was cheap.",
            "Analysts at several brokerage houses",
        ),
        (
            "Experts on North Korea and nuclear nonproliferation said the test could change that.",
            "Experts on North Korea and nuclear nonproliferation",
        ),
    ] {
        let a = attribution_at(text, "said");
        assert_eq!(a.source.map(|s| s.span.slice(text)), Some(source), "{text}");
    }
}

/// A quote that ends in `!` or `?` is cut from its attribution by the sentence splitter; the
/// attribution may still name whom the words were said to (`"We won!" Clinton told reporters.`,
/// `… said to People.`), which is its recipient, also inside one sentence. A reaction (`said to
/// cheers`) is no recipient.
#[test]
fn a_quote_then_its_speaker_and_recipient() {
    for (text, cue, quote, recipient) in [
        (
            "“Sometimes we need our fix!” Clinton said to People.",
            "said",
            "“Sometimes we need our fix!”",
            Some("People"),
        ),
        (
            "“We won!” Clinton told reporters.",
            "told",
            "“We won!”",
            Some("reporters"),
        ),
        (
            "“Why now?” the senator told The Washington Post on Tuesday.",
            "told",
            "“Why now?”",
            Some("The Washington Post"),
        ),
        (
            "“We won,” Clinton told reporters.",
            "told",
            "“We won,”",
            Some("reporters"),
        ),
        ("“We won!” Smith said to cheers.", "said", "“We won!”", None),
    ] {
        let a = attribution_at(text, cue);
        assert_eq!(a.content.map(|c| c.slice(text)), Some(quote), "{text}");
        assert_eq!(
            a.recipient.as_ref().map(|r| r.span.slice(text)),
            recipient,
            "{text}"
        );
    }
}

/// A colon after the recipient of `said to` opens the quote: `Clinton said to reporters: “…”`.
#[test]
fn said_to_a_recipient_then_a_colon() {
    for text in [
        "Clinton said to reporters: “We won.”",
        "Clinton wrote to his followers: “We won.”",
    ] {
        let cue = if text.contains("wrote") {
            "wrote"
        } else {
            "said"
        };
        let a = attribution_at(text, cue);
        assert_eq!(
            a.content.map(|c| c.slice(text)),
            Some("“We won.”"),
            "{text}"
        );
        assert_eq!(
            a.source.map(|s| s.span.slice(text)),
            Some("Clinton"),
            "{text}"
        );
    }
}

/// `in reference to` names what the words were about, not whom they cite: set off by commas
/// after the cue it is passed over, and it makes no attribution of its own.
#[test]
fn in_reference_to_is_a_topic() {
    let text = "Clinton said on Twitter on Monday, in reference to her child, that she was happy.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert_eq!(parsed.attributions.len(), 1, "{:?}", parsed.attributions);
    let a = &parsed.attributions[0];
    assert_eq!(a.cue.slice(text), "said");
    assert_eq!(
        a.source.as_ref().map(|s| s.span.slice(text)),
        Some("Clinton")
    );
    assert_eq!(a.content.map(|c| c.slice(text)), Some("that she was happy"));
    let a = attribution_at(
        "Smith said, in a veiled reference to Jones, that the plan failed.",
        "said",
    );
    assert_eq!(
        a.content
            .map(|c| c.slice("Smith said, in a veiled reference to Jones, that the plan failed.")),
        Some("that the plan failed")
    );
}

/// A reflexive beside the subject is none of it (`Cruz himself said`), and an age opens it
/// (`81-year-old Parker Eaton, a nominal Republican, said`).
#[test]
fn reflexives_and_ages_around_the_subject() {
    for (text, source) in [
        ("Cruz himself said Tuesday that he won.", "Cruz"),
        ("The president himself said that he won.", "The president"),
        (
            "81-year-old Parker Eaton, a nominal Republican, said that he won.",
            "81-year-old Parker Eaton, a nominal Republican",
        ),
    ] {
        let a = attribution_at(text, "said");
        assert_eq!(a.source.map(|s| s.span.slice(text)), Some(source), "{text}");
    }
}

/// A source noun and what makes it informed run to the cue, whatever word ends them: a pronoun
/// (`a source close to him`), a gerund (`familiar with Cruz’s thinking`); not over a clause's
/// verb (`Traders familiar with the opinion said the recommendation noted`).
#[test]
fn informed_sources_end_in_any_word() {
    for (text, cue, source) in [
        (
            "Cruz will change, a source close to him said.",
            "said",
            "a source close to him",
        ),
        (
            "Another source familiar with Cruz’s thinking said, “I think he’ll try.”",
            "said",
            "Another source familiar with Cruz’s thinking",
        ),
        (
            "People with direct knowledge of Gates' work said that Gates was involved.",
            "said",
            "People with direct knowledge of Gates' work",
        ),
        (
            "Administration officials familiar with the negotiations said the plan failed.",
            "said",
            "Administration officials familiar with the negotiations",
        ),
        (
            "Traders familiar with the opinion said the recommendation noted that it was priced in.",
            "noted",
            "the recommendation",
        ),
    ] {
        let a = attribution_at(text, cue);
        assert_eq!(a.source.map(|s| s.span.slice(text)), Some(source), "{text}");
    }
}

/// A poll's sample closed by its participle is the source (`those surveyed`, `Some 56 percent
/// of Cuban-Americans polled`), and `That person` opening a sentence keeps its determiner.
#[test]
fn poll_samples_and_sentence_initial_demonstratives() {
    for (text, source) in [
        (
            "Again, those surveyed said Trump was best able.",
            "those surveyed",
        ),
        (
            "Some 56 percent of Cuban-Americans polled said they were less likely to vote.",
            "Some 56 percent of Cuban-Americans polled",
        ),
        (
            "But 58 percent of Florida Latino voters overall said they were less likely to vote.",
            "58 percent of Florida Latino voters",
        ),
        (
            "That person said the hostility hampered him.",
            "That person",
        ),
        (
            "He said that the people he interviewed said they liked him.",
            "He",
        ),
    ] {
        let a = attribution_at(text, "said");
        assert_eq!(a.source.map(|s| s.span.slice(text)), Some(source), "{text}");
    }
    // The clause's subject is no sample: `the people he interviewed`, not `he interviewed`.
    let text = "He said that the people he interviewed said they liked him.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(
        parsed.attributions.iter().all(|a| a
            .source
            .as_ref()
            .is_none_or(|s| s.span.slice(text) != "he interviewed")),
        "{:?}",
        parsed.attributions
    );
}

/// A sentence that opens with the cue names its speaker, then quotes them (`Said Comey, "…"`);
/// the colon after the name makes no second attribution with `Said Comey` as its source.
#[test]
fn a_sentence_opening_with_its_cue() {
    for text in [
        "Said Comey, \"The thought is terrible.\"",
        "Said Comey: \"The thought is terrible.\"",
    ] {
        let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
        assert_eq!(
            parsed.attributions.len(),
            1,
            "{text}: {:?}",
            parsed.attributions
        );
        let a = &parsed.attributions[0];
        assert_eq!(a.cue.slice(text), "Said");
        assert_eq!(a.source.as_ref().map(|s| s.span.slice(text)), Some("Comey"));
        assert_eq!(
            a.content.map(|c| c.slice(text)),
            Some("\"The thought is terrible.\"")
        );
    }
    let text = "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”";
    let a = attribution_at(text, "Said");
    assert_eq!(
        a.source.map(|s| s.span.slice(text)),
        Some("Dorothy Poynter")
    );
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("“We were all so proud of him.”")
    );
}

/// Words that name, request or show, not report: `an account called "Hypo-Cruz"`, `asked for
/// privacy`, `the TLC reality show “Cake Boss”`. Their speech senses stay cues: a question
/// that opens the sentence, `asked about 30 trading houses to refrain`, `Polls show that`.
#[test]
fn naming_requests_and_shows_are_not_cues() {
    for (text, cue) in [
        (
            "Rubio's campaign tweeted a video from an account called \"Hypo-Cruz\" that showed Cruz.",
            "called",
        ),
        (
            "\"Sons of Trump\" is an adaptation of a show called \"Brokers,\" written by a troupe.",
            "called",
        ),
        ("Briggs said Sharpton asked for the meeting.", "asked"),
        ("Nobody asked about the Republicans' refugee rhetoric.", "asked"),
        (
            "Valastro was the star of the TLC reality show “Cake Boss.”",
            "show",
        ),
        (
            "Mr. Wiley walked them through a slide show that predicted victory.",
            "show",
        ),
    ] {
        assert_no_cue(text, cue);
    }
    assert_contents(&[
        (
            "Asked about the Canadian duty, Yeutter said it was unfair.",
            "Asked",
            "about the Canadian duty",
        ),
        (
            "The ministry asked about 30 trading houses to refrain from selling dollars.",
            "asked",
            "about 30 trading houses to refrain from selling dollars",
        ),
        (
            "Polls show that the race is tight.",
            "show",
            "that the race is tight",
        ),
        (
            "Figures published by the agency IRNA show that revenue rose.",
            "show",
            "that revenue rose",
        ),
        (
            "The spokesman called \"a disaster\" what happened.",
            "called",
            "\"a disaster\" what happened",
        ),
    ]);
}

/// A cue in a relative clause between commas: its content ends at the comma before the main
/// clause's verb or auxiliary (`The union, which claims the deal is dead, will strike`).
#[test]
fn a_relative_clause_content_ends_before_the_main_verb() {
    assert_contents(&[
        (
            "Smith, who said the deal is dead, will resign.",
            "said",
            "the deal is dead",
        ),
        (
            "The union, which claims the deal is dead, will strike.",
            "claims",
            "the deal is dead",
        ),
        (
            "Smith, who said prices, as expected, would rise, resigned.",
            "said",
            "prices, as expected, would rise",
        ),
    ]);
}

/// `S is said to …`, `is reported to have …`, `is alleged to …`: a claim resting on reports
/// nobody is named for, as `reportedly`: no source, the clause from its subject as content,
/// and a verb of speech inside it is the subject's, nested in the report. What is reported
/// to someone is no such claim (`must be reported to the IRS`).
#[test]
fn said_to_and_reported_to_are_claims_without_a_source() {
    let text = "The minister is said to have told reporters that prices would rise.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    let outer = parsed
        .attributions
        .iter()
        .position(|a| a.cue.slice(text) == "is said")
        .expect("an attribution at `is said`");
    let a = &parsed.attributions[outer];
    assert!(a.source.is_none(), "{a:?}");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some(text.trim_end_matches('.'))
    );
    let told = attribution_at(text, "told");
    assert_eq!(
        told.source.map(|s| s.span.slice(text)),
        Some("The minister")
    );
    assert_eq!(told.parent, Some(parsed.attributions[outer].id));
    for (text, cue, content) in [
        (
            "But the dollar fell again, and its present stability is said to be temporary.",
            "is said",
            "its present stability is said to be temporary",
        ),
        (
            "The shares fell because Salomon is said to believe the downgrade will pass.",
            "is said",
            "Salomon is said to believe the downgrade will pass",
        ),
        (
            "Though other drugs are on the market, TPA is said to be more effective.",
            "is said",
            "TPA is said to be more effective",
        ),
        (
            "He is alleged to have taken bribes.",
            "is alleged",
            "He is alleged to have taken bribes",
        ),
    ] {
        let a = attribution_at(text, cue);
        assert!(a.source.is_none(), "{text}");
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
    assert_no_cue(
        "Cash transactions of 10,000 dlrs or more must be reported to the IRS.",
        "be reported",
    );
}

/// Sources and contents found by this session's last rules: a poll's share (`Six in 10 say`),
/// the subject of a coordinated cue past a relative clause and a day (`Clinton, who was
/// speaking to the mayors, did not mention Trump, but told …`, `… but on Tuesday wrote`),
/// `wrote of X:` before a quote, and a quote cut off by `!!!` whose attribution names a
/// medium and a recipient.
#[test]
fn shares_coordinated_cues_and_media_before_recipients() {
    for (text, cue, source, content) in [
        (
            "Six in 10 say he’s at least somewhat decisive.",
            "say",
            "Six in 10",
            "he’s at least somewhat decisive",
        ),
        (
            "About 4 in 10 say they want more liberal policies.",
            "say",
            "About 4 in 10",
            "they want more liberal policies",
        ),
        (
            "Nine out of 10 said they liked it.",
            "said",
            "Nine out of 10",
            "they liked it",
        ),
        (
            "Clinton, who was speaking to the mayors, did not mention Trump by name, but told city \
             leaders that the country should be governed well.",
            "told",
            "Clinton, who was speaking to the mayors",
            "that the country should be governed well",
        ),
        (
            "Ruth Marcus has been critical of Mr. Trump but on Tuesday wrote that she agreed.",
            "wrote",
            "Ruth Marcus",
            "that she agreed",
        ),
        (
            "Another user, Roland Z, wrote of Ms. Merkel: ''Your boss is wrong.''",
            "wrote",
            "Roland Z",
            "''Your boss is wrong.''",
        ),
        (
            "\"Pat Kennedy is the greatest!!!\" McDonough wrote in an email to top State officials.",
            "wrote",
            "McDonough",
            "\"Pat Kennedy is the greatest!!!\"",
        ),
    ] {
        let a = attribution_at(text, cue);
        assert_eq!(a.source.map(|s| s.span.slice(text)), Some(source), "{text}");
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
}

/// `about` before a number or a fraction is `some`, and a clause with its verb follows:
/// `said about half of the adjustment reflected …` reports it (73 such attributions were lost in
/// Reuters). A topic stays none: `spoke about 30 minutes`.
#[test]
fn about_an_amount_opens_the_reported_clause() {
    for (text, content) in [
        (
            "The budget office said about half of the higher adjustment reflected revenue losses.",
            "about half of the higher adjustment reflected revenue losses",
        ),
        (
            "It said about 300 employees will be relocated to Dallas.",
            "about 300 employees will be relocated to Dallas",
        ),
    ] {
        let a = attribution_at(text, "said");
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
    assert_no_cue("He said about 30 minutes ago.", "said");
}

/// A leading `According to` takes its content after the comma or colon that closes the source,
/// however long (`According to State Department cables at the time that were later released
/// by WikiLeaks, …`); a comma inside a number closes nothing (`20,000`).
#[test]
fn according_to_with_a_long_source_or_a_colon() {
    for (text, content) in [
        (
            "According to HuffPo: “Senator Tim Kaine has had a mixed record.”",
            "“Senator Tim Kaine has had a mixed record.”",
        ),
        (
            "According to State Department cables at the time that were later released by \
             WikiLeaks, he was a leader.",
            "he was a leader",
        ),
    ] {
        let a = attribution_at(text, "According to");
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
    let text = "According to the revised data 120,000 were jobless in February.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(
        parsed
            .attributions
            .iter()
            .all(|a| a.content.is_none_or(|c| !c.slice(text).starts_with("000"))),
        "{:?}",
        parsed.attributions
    );
}

/// A coordinated cue whose clause opens with a subject pronoun takes it, when the verbs before
/// tell no other subject: `He shook hands and posed for photos and asked workers if …`.
#[test]
fn a_pronoun_opening_the_clause_is_the_subject_of_a_coordinated_cue() {
    let text = "He shook hands and posed for photos and asked workers if they planned to attend.";
    let a = attribution_at(text, "asked");
    assert_eq!(a.source.map(|s| s.span.slice(text)), Some("He"));
}

/// A name described as an outlet is an outlet (`the official news agency Tanjug`, `the
/// newspaper Pravda`), so is a paper named after its place (`the official Times of Zambia`),
/// and `Cos` ends a company's name: `It said`, `The newspaper quoted` and `said it expected`
/// then have someone to refer to.
#[test]
fn outlets_by_their_description_and_companies_by_cos() {
    for (text, cue, class) in [
        (
            "Strikes spread to most regions last week, the official news agency Tanjug said.",
            "said",
            M::Outlet,
        ),
        (
            "Prices rose in most regions last week, the newspaper Pravda said.",
            "said",
            M::Outlet,
        ),
        (
            "Zambia has stopped sending its exports south, the official Times of Zambia said.",
            "said",
            M::Outlet,
        ),
        (
            "Williams Cos said it expected flat volumes.",
            "said",
            M::Organization,
        ),
    ] {
        let a = attribution_at(text, cue);
        assert_eq!(a.source.map(|s| s.class), Some(class), "{text}");
    }
}

/// Two words before `, S said.` are a clause when the second is a finite verb (`Prices rose,
/// he said.`), not otherwise (`Not yet, he said.`).
#[test]
fn a_two_word_clause_before_the_attribution() {
    let text = "Prices rose, he said.";
    let a = attribution_at(text, "said");
    assert_eq!(a.content.map(|c| c.slice(text)), Some("Prices rose"));
    assert_no_cue("Not yet, he said.", "said");
}

/// A quote that finishes a clause before `S said` is reported with the clause's own words (a
/// mixed attribution); a quote after a comma, a colon or another attribution, or one that is a
/// name or a title, stands alone.
#[test]
fn a_quote_that_finishes_a_clause_takes_the_clause() {
    for (text, content, kind) in [
        (
            "The French are big fans of \"Prison Break,\" Mr. Madden said.",
            "The French are big fans of \"Prison Break,\"",
            K::Mixed,
        ),
        (
            "Belgium \"should possibly have acted sooner,\" the minister said.",
            "Belgium \"should possibly have acted sooner,\"",
            K::Mixed,
        ),
        (
            "Asked about the talks, \"We will see,\" he said.",
            "\"We will see,\"",
            K::Direct,
        ),
        (
            "He had one message: \"Vote,\" he said.",
            "\"Vote,\"",
            K::Direct,
        ),
        (
            "\"We won,\" he said, and \"we will win again,\" she said.",
            "\"we will win again,\"",
            K::Direct,
        ),
        (
            "She wrote it in her memoir, \"Tough Choices,\" Smith said.",
            "\"Tough Choices,\"",
            K::Direct,
        ),
    ] {
        let a = attribution_at_last(text, "said");
        assert_eq!(
            (a.content.map(|c| c.slice(text)), a.kind),
            (Some(content), kind),
            "{text}"
        );
    }
    // The title of the medium after the cue is no more of the quote.
    let text = "But Fiorina tossed \"cold water on the idea,\" she wrote in her memoir, \
                \"Tough Choices.\" She was adamant.";
    let a = attribution_at(text, "wrote");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("But Fiorina tossed \"cold water on the idea,\"")
    );
}

/// The last attribution of `text` whose cue is `cue`.
fn attribution_at_last(text: &str, cue: &str) -> whosaid_core::Attribution {
    attribution_with_cue(text, cue, true)
}

/// A medium between commas after the source is the attribution's medium, not part of the
/// source: `The OECD, in its annual report on Switzerland, said …`.
#[test]
fn a_medium_between_commas_leaves_the_source() {
    for (text, source, medium) in [
        (
            "Smith, in a statement, said the talks failed.",
            "Smith",
            Some("in a statement"),
        ),
        (
            "The OECD, in its annual report on Switzerland, said demand grew.",
            "The OECD",
            Some("in its annual report on Switzerland"),
        ),
        (
            "Company officials, at a press conference, said the money would be raised.",
            "Company officials",
            Some("at a press conference"),
        ),
        // An appositive is part of the source.
        (
            "Sam Lau, the communications director, said the talks failed.",
            "Sam Lau, the communications director",
            None,
        ),
    ] {
        let a = attribution_at(text, "said");
        assert_eq!(
            (
                a.source.as_ref().map(|m| m.text.as_str()),
                a.medium.map(|m| m.slice(text))
            ),
            (Some(source), medium),
            "{text}"
        );
    }
}

/// A month after the cue is the content's first word (`said March load factor fell`) or a
/// date the clause follows (`said December that …`, `announced March 3 it would …`); a date
/// with nothing said after it is no content.
#[test]
fn a_month_after_the_cue_is_content_or_date() {
    for (text, cue, content) in [
        (
            "Braniff Inc said March load factor fell to 59.1 pct.",
            "said",
            Some("March load factor fell to 59.1 pct"),
        ),
        (
            "He said May was a good month.",
            "said",
            Some("May was a good month"),
        ),
        (
            "Poehl said December that repurchase pacts had proved a success.",
            "said",
            Some("that repurchase pacts had proved a success"),
        ),
        (
            "Acme announced March 3 it would merge.",
            "announced",
            Some("it would merge"),
        ),
        (
            "Acme said on March 3, 1987, that it would merge.",
            "said",
            Some("that it would merge"),
        ),
        (
            "The magazine said October the government had approached six countries.",
            "said",
            Some("the government had approached six countries"),
        ),
    ] {
        let a = attribution_at(text, cue);
        assert_eq!(a.content.map(|c| c.slice(text)), content, "{text}");
    }
    assert_no_cue(
        "The company announced September 12, 1986 as the date.",
        "announced",
    );
    assert_no_cue(
        "Airbus agreed October with CFM that its engine would power the plane.",
        "agreed",
    );
    // The date of a participle before another attribution is no content of it.
    assert_no_cue(
        "Wheat went to Egypt under the initiative announced January 5, 1987, the department said.",
        "announced",
    );
}

/// Wire copy writes a company's form in lowercase at times: `Ropak corp said`.
#[test]
fn a_lowercase_company_form_ends_the_source() {
    let text = "Ropak corp said it has formed a new subsidiary.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.source.as_ref().map(|m| (m.text.as_str(), m.class)),
        Some(("Ropak corp", M::Organization))
    );
    // Not after a comma: `The chairman of TRW, inc said` gives no source `inc`.
    let text = "The chairman of TRW, inc said his company had overcharged the government.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(
        parsed
            .attributions
            .iter()
            .all(|a| a.source.as_ref().is_none_or(|m| m.text != "inc")),
        "{:?}",
        parsed.attributions
    );
}

/// A name that ends like a possessive says things (`Moody's said`, `Standard and Poor's
/// said`); after a real possessive, a participle is an adjective (`Russia's suspected role`,
/// `Trump's reported net worth`).
#[test]
fn a_name_in_s_speaks_and_a_possessive_participle_does_not() {
    for (text, source) in [
        (
            "Moody's said the decision would strain finances.",
            "Moody's",
        ),
        (
            "Standard and Poor's said the company's asset sales exceeded the plan.",
            "Standard and Poor's",
        ),
        (
            "McDonald's says it intends to issue the securities.",
            "McDonald's",
        ),
    ] {
        let cue = if text.contains("says") {
            "says"
        } else {
            "said"
        };
        let a = attribution_at(text, cue);
        assert_eq!(
            a.source.as_ref().map(|m| m.text.as_str()),
            Some(source),
            "{text}"
        );
    }
    assert_no_cue(
        "They cited Russia's suspected role in the leak.",
        "suspected",
    );
    assert_no_cue(
        "It cut a tiny fraction of Trump's reported net worth.",
        "reported",
    );
    assert_no_cue("Let's say you think a degree will cost $160,000.", "say");
}

/// `at least` or `at most` before a number opens a reported clause, and unnamed outlets are a
/// vague source.
#[test]
fn at_least_opens_a_clause_and_newspapers_are_vague() {
    let text = "Traders said at least one other trader made a similar contract.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("at least one other trader made a similar contract")
    );
    assert_no_cue("He said at least once a week.", "said");
    let text = "Several local newspapers said the ministry had set a quota.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.source.as_ref().map(|m| (m.text.as_str(), m.class)),
        Some(("Several local newspapers", M::Vague))
    );
}

/// Wire copy's company sources: a name's possessive opens a phrase (`USX Corp's USS
/// division`), names in brackets or parentheses are the source without them, and a clause may
/// open with a bracketed name.
#[test]
fn wire_copy_company_sources() {
    assert_sources(
        "said",
        &[
            (
                "USX Corp's USS division said it intends to close the plant.",
                "USX Corp's USS division",
                M::Organization,
            ),
            (
                "Chad's military high command said troops killed 1,269 soldiers.",
                "Chad's military high command",
                M::Organization,
            ),
            (
                "The <American Stock Exchange> said it has started trading.",
                "American Stock Exchange",
                M::Organization,
            ),
            (
                "(Groupe Cantrex Inc) said it plans to merge.",
                "Groupe Cantrex Inc",
                M::Organization,
            ),
            (
                "Hammer Technologies Inc <HAMM> said it plans to merge.",
                "Hammer Technologies Inc",
                M::Organization,
            ),
            (
                "Boeing co said it has started the offer.",
                "Boeing co",
                M::Organization,
            ),
        ],
    );
    let text = "Fortsmann Little said <Goldman Sachs and Co> will act as its advisor.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("<Goldman Sachs and Co> will act as its advisor")
    );
}

/// `and` between capitalised words is part of a name: `the Ministry of International Trade
/// and Industry`, `Salomon Brothers Inc and Cowen and Co`; between clauses it is not.
#[test]
fn and_inside_a_name() {
    assert_source_texts(
        "said",
        &[
            (
                "Prices rose, the Ministry of International Trade and Industry said.",
                "the Ministry of International Trade and Industry",
            ),
            (
                "Prices rose, a Gaming and Technology spokeswoman said.",
                "a Gaming and Technology spokeswoman",
            ),
            (
                "Metropolitan Federal Savings and Loan Association said it signed a letter.",
                "Metropolitan Federal Savings and Loan Association",
            ),
            ("Trade rose and Industry fell, Smith said.", "Smith"),
        ],
    );
}

/// Wire copy's other plain sources: an adverb between commas after the subject is none of
/// it, a plural after the sentence's opening adverb is the subject, and a place's radio or
/// television is an outlet.
#[test]
fn adverbs_around_the_subject_and_state_broadcasters() {
    assert_sources(
        "said",
        &[
            (
                "U.S. officials, however, have said their monitoring would continue.",
                "U.S. officials",
                M::Anonymous,
            ),
            (
                "However, insurers said the industrial sector is exposed.",
                "insurers",
                M::Vague,
            ),
            (
                "Still, market watchers said the action undermined sentiment.",
                "market watchers",
                M::Vague,
            ),
            (
                "Tehran radio said the attack was launched.",
                "Tehran radio",
                M::Outlet,
            ),
        ],
    );
}

/// A capitalised adjective and a plural before `said` are its subject (`Private exporters
/// said`), not before other verbs or an infinitive; `value added` is a compound; a telex is a
/// medium.
#[test]
fn plural_subjects_value_added_and_telexes() {
    let text = "Private exporters said China bought 550,000 tonnes of wheat.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.source.as_ref().map(|m| m.text.as_str()),
        Some("Private exporters")
    );
    assert_no_cue("Quarter net loss reported as 32.0 mln dlrs.", "reported");
    assert_no_cue(
        "Japanese securities houses asked to consider auctions.",
        "asked",
    );
    assert_no_cue("Interest rates responded quickly to the news.", "responded");
    assert_no_cue(
        "Value added tax and income tax are to be introduced next year.",
        "added",
    );
    assert_no_cue(
        "Having said that, there are some economists who argue otherwise.",
        "said",
    );
    // A headline's kicker is no source: `The Latest: …`, `CLARIFICATION: …`.
    assert_no_cue(
        "The Latest: Trump urges supporters to monitor polling places",
        ":",
    );
    assert_no_cue(
        "CLARIFICATION: The first sentence has been clarified to reflect that.",
        ":",
    );
    assert_no_cue("Fact Check: The senator got the numbers wrong again.", ":");
    assert_no_cue(
        "Bombshell: The FBI Just Gave Hillary Clinton A WHOLE New Reason To Be Worried",
        ":",
    );
    assert_no_cue("Just Leaked: Look At Hillary’s Response To The News", ":");
    let parsed = whosaid_parse::parse(&whosaid_text::plain(
        "Having said that the plan failed, Smith resigned.".to_string(),
    ));
    assert!(
        parsed
            .attributions
            .iter()
            .all(|a| a.source.as_ref().is_none_or(|m| m.text != "Having")),
        "{:?}",
        parsed.attributions
    );
    let text = "Rates rose to 6.85 pct, the central bank said in a telex.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("Rates rose to 6.85 pct")
    );
    assert_eq!(a.medium.map(|c| c.slice(text)), Some("in a telex"));
}

/// The wire's `here` after a cue is where the dateline is, not the content: `said here.`,
/// `told reporters here the plan failed`; but `said here is the plan` opens the content.
#[test]
fn here_after_a_cue_is_an_adjunct() {
    for (text, content) in [
        (
            "Growth will slow, finance minister Ronnie de Mel said here.",
            "Growth will slow",
        ),
        (
            "Growth will slow, Smith said here today.",
            "Growth will slow",
        ),
        (
            "Smith told reporters here the plan failed.",
            "the plan failed",
        ),
        (
            "Smith said here that growth will slow.",
            "that growth will slow",
        ),
        ("Smith said here is the plan.", "here is the plan"),
    ] {
        let cue = if text.contains("told") {
            "told"
        } else {
            "said"
        };
        let a = attribution_at(text, cue);
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
}

/// An agency is a government's unless its name says news or press (`the Environmental
/// Protection Agency`, not `Kyodo News Agency`); a news agency named before its noun is an
/// outlet (`the official Tanjug news agency`); a person's noun after `the` is someone unnamed
/// (`The Nomura broker`, `The dealer`), not a body as `The firm` is.
#[test]
fn agencies_news_agencies_and_definite_people() {
    assert_sources(
        "said",
        &[
            (
                "Rules changed, the Environmental Protection Agency said.",
                "the Environmental Protection Agency",
                M::Organization,
            ),
            (
                "Oil use will rise, the International Energy Agency said.",
                "the International Energy Agency",
                M::Organization,
            ),
            (
                "Prices rose, Kyodo News Agency said.",
                "Kyodo News Agency",
                M::Outlet,
            ),
            (
                "Talks failed, the official Tanjug news agency said.",
                "the official Tanjug news agency",
                M::Outlet,
            ),
            (
                "The Nomura broker said the rate cut would come in May.",
                "The Nomura broker",
                M::Anonymous,
            ),
            ("The dealer said rates rose.", "The dealer", M::Anonymous),
            ("The firm said profits rose.", "The firm", M::Organization),
        ],
    );
}

/// A definite description of a person named before, as sports, feature and local copy write
/// it, is a person's noun too (`the Arsenal boss`, `the 34-year-old`, `the mother-of-two`,
/// `the Spaniard`), not a body's as `the firm` is; a surname that is also a people's noun
/// stays a name (`Cuban said`).
#[test]
fn definite_descriptions_of_people() {
    let cases = [
        (
            "\"It hurts,\" the Arsenal boss told Sky Sports.",
            "told",
            "the Arsenal boss",
        ),
        (
            "\"I feel great,\" the 34-year-old said.",
            "said",
            "the 34-year-old",
        ),
        (
            "\"We lost it all,\" the mother-of-two said.",
            "said",
            "the mother-of-two",
        ),
        ("\"It hurts,\" the Spaniard said.", "said", "the Spaniard"),
        (
            "\"It hurts,\" the former midfielder said.",
            "said",
            "the former midfielder",
        ),
        (
            "\"It hurts,\" the portfolio manager said.",
            "said",
            "the portfolio manager",
        ),
    ];
    for (text, cue, source) in cases {
        let a = attribution_at(text, cue);
        let s = a.source.unwrap_or_else(|| panic!("no source in {text:?}"));
        assert_eq!((s.text.as_str(), s.class), (source, M::Anonymous), "{text}");
    }
    let a = attribution_at("\"It is early,\" Cuban said.", "said");
    assert_eq!(a.source.map(|s| s.class), Some(M::Person));
}

/// A wire story's dateline is no part of its first sentence: the content that starts there
/// starts after the dash.
#[test]
fn a_dateline_is_no_content() {
    let text = "KYIV, Nov 27 (Reuters) - Russia rejected the truce, two officials said.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("Russia rejected the truce")
    );
    let text = "WASHINGTON (AP) — The Senate voted on Tuesday, according to the clerk.";
    let a = attribution_at(text, "according to");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("The Senate voted on Tuesday")
    );
}

/// A party and state between commas after a lawmaker's name is the name's (`John Thune,
/// R-S.D., told`, and in parentheses after an inverted cue, `said Rep. Jim Clyburn
/// (D-S.C.).`), before a relative clause too; after `told reporters`, an article opens the
/// next phrase (`told reporters the vote showed`: `the vote`, not `reporters the vote`).
#[test]
fn party_and_state_after_a_name() {
    for (text, cue, source) in [
        (
            "Senate Majority Leader John Thune, R-S.D., told reporters the vote was close.",
            "told",
            "Senate Majority Leader John Thune, R-S.D.",
        ),
        (
            "Sen. Lisa Murkowski, R-Alaska, who voted for the bill, said that she was concerned.",
            "said",
            "Sen. Lisa Murkowski, R-Alaska, who voted for the bill",
        ),
        (
            "Thune told reporters the vote showed that the Senate still works.",
            "showed",
            "the vote",
        ),
        // After the cue, the party and state in parentheses keep their closing one.
        (
            "\"It is close,\" said Rep. Jim Clyburn (D-S.C.).",
            "said",
            "Rep. Jim Clyburn (D-S.C.)",
        ),
        (
            "Prices rose, according to a survey by the Confederation of British Industry (CBI).",
            "according to",
            "a survey by the Confederation of British Industry (CBI)",
        ),
    ] {
        let a = attribution_at(text, cue);
        assert_eq!(
            a.source.as_ref().map(|m| m.text.as_str()),
            Some(source),
            "{text}"
        );
    }
}

/// Members of parliament: `MP` after a name is a title, and alone an unnamed person, not a
/// body's initials.
#[test]
fn members_of_parliament() {
    assert_sources(
        "said",
        &[
            (
                "Labour MP Jess Phillips said the plan failed.",
                "Labour MP Jess Phillips",
                M::TitledPerson,
            ),
            (
                "A senior Labour MP said colleagues were uneasy.",
                "A senior Labour MP",
                M::Anonymous,
            ),
            ("The MP said the mood was grim.", "The MP", M::Anonymous),
        ],
    );
}

/// A contrast after a comma with a speaker of its own (`, while Airbus said …`) is the
/// writer's: no part of the first claim, and not nested in it.
#[test]
fn a_contrast_with_its_own_speaker_ends_the_claim() {
    let text = "Boeing said AMR will fly the 767s to Europe, while Airbus said AMR will fly \
                the A300s to the Caribbean.";
    let boeing = attribution_at(text, "said");
    assert_eq!(
        boeing.content.map(|c| c.slice(text)),
        Some("AMR will fly the 767s to Europe")
    );
    let airbus = attribution_at_last(text, "said");
    assert_eq!(
        airbus.source.as_ref().map(|m| m.text.as_str()),
        Some("Airbus")
    );
    assert_eq!(airbus.parent, None);
    // Without a speaker of its own, the clause stays the claim's.
    let text = "Boeing said AMR will fly the 767s to Europe, while demand stays weak.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("AMR will fly the 767s to Europe, while demand stays weak")
    );
}

/// The public service working a case speaks for its office, as `police` does (`prosecutors
/// said`, `federal investigators said`): a body, not a vague source. `feared` before a state
/// (`people feared trapped`, `38 feared dead`) is nobody's fear.
#[test]
fn public_services_and_states_feared() {
    assert_sources(
        "said",
        &[
            (
                "Ortiz took bribes, prosecutors said.",
                "prosecutors",
                M::Organization,
            ),
            (
                "The fire started in the kitchen, federal investigators said.",
                "federal investigators",
                M::Organization,
            ),
            ("Ortiz took bribes, critics said.", "critics", M::Vague),
        ],
    );
    for text in [
        "Rescue teams searched for people feared trapped in the rubble.",
        "At least 38 people were feared dead after the floods.",
    ] {
        let atts = whosaid_parse::parse(&whosaid_text::plain(text.to_string())).attributions;
        assert!(
            atts.iter().all(|a| a.cue.slice(text) != "feared"),
            "{text}: {atts:?}"
        );
    }
    let text = "Residents feared the river would rise.";
    assert_eq!(
        attribution_at(text, "feared")
            .content
            .map(|c| c.slice(text)),
        Some("the river would rise")
    );
}

/// A writer's gloss after a comma with a speaker of its own (`, a move that some executives
/// said could hurt sales`, `, a move analysts said`) is no part of the first claim and not
/// nested in it; the gloss's noun is no part of its source. A noun phrase that goes on is no
/// gloss (`a cut of two pence in the pound suggests`); a gloss with no speaker stays the
/// claim's.
#[test]
fn a_gloss_with_its_own_speaker_ends_the_claim() {
    for (text, source) in [
        (
            "The department said it was reviewing licenses, a move that some industry \
             executives said could hurt sales.",
            "some industry executives",
        ),
        (
            "The company said it would cut 500 jobs, a move analysts said would save money.",
            "analysts",
        ),
        (
            "The company said it would cut 500 jobs, a surprise move which the union said \
             would hurt.",
            "the union",
        ),
    ] {
        let host = attribution_at(text, "said");
        let content = host.content.map(|c| c.slice(text)).unwrap_or_default();
        assert!(!content.contains(", a "), "{text}: {content:?}");
        let gloss = attribution_at_last(text, "said");
        assert_eq!(
            (gloss.source.as_ref().map(|m| m.text.as_str()), gloss.parent),
            (Some(source), None),
            "{text}"
        );
    }
    let text = "Rates fell, a cut of two pence in the pound suggests.";
    let a = attribution_at(text, "suggests");
    assert_eq!(
        a.source.map(|m| m.text),
        Some("a cut of two pence in the pound".to_string())
    );
    let text = "The company said it would cut 500 jobs, a move that would save money.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("it would cut 500 jobs, a move that would save money")
    );
}

/// Modifiers of a source noun joined by `and` or ending in `-ing` are the phrase's: `weather
/// and farming sources`, `Thai and foreign bankers`, `merchant banking sources`; `and` between
/// whole phrases is not (`rejected the offer and analysts said`).
#[test]
fn coordinated_and_ing_modifiers_of_a_source() {
    assert_source_texts(
        "said",
        &[
            (
                "Rain was scarce, weather and farming sources said.",
                "weather and farming sources",
            ),
            (
                "Excess money hurts local banks, Thai and foreign bankers said.",
                "Thai and foreign bankers",
            ),
            (
                "The listing is near, merchant banking sources said.",
                "merchant banking sources",
            ),
            (
                "Acme rejected the offer and analysts said it was too low.",
                "analysts",
            ),
        ],
    );
}

/// A name and its appositive are the subject with a time or an adverb before the cue:
/// `John Smith, a spokesman for Acme, on Tuesday said`, `…, also said`.
#[test]
fn an_appositive_then_fillers_before_the_cue() {
    for (text, cue) in [
        (
            "John Smith, a spokesman for Acme, on Tuesday said the plan failed.",
            "said",
        ),
        (
            "Wang Der-Hwa, Deputy Director of the Customs Department, on Saturday told \
             reporters the list had 60 items.",
            "told",
        ),
        (
            "AMR, the parent of American Airlines, also said it is not interested.",
            "said",
        ),
    ] {
        let a = attribution_at(text, cue);
        let source = a.source.as_ref().map(|m| m.text.as_str()).unwrap_or("");
        let want = &text[..text.find(", on").or(text.find(", also")).unwrap()];
        assert_eq!(source, want, "{text}");
    }
}

/// Names with particles (`Banco do Brasil`), papers named before their noun (`the Asahi
/// newspaper`, an outlet, not `the newspaper` referring back), a newsletter described before
/// its name, and a person named after a body's initials in parentheses.
#[test]
fn particles_named_papers_and_initials() {
    assert_sources(
        "said",
        &[
        (
            "The plan failed, Banco do Brasil said.",
            "Banco do Brasil",
            M::Person,
        ),
        (
            "The Jornal do Brasil newspaper said the plan failed.",
            "The Jornal do Brasil newspaper",
            M::Outlet,
        ),
        (
            "The Asahi newspaper said prices rose.",
            "The Asahi newspaper",
            M::Outlet,
        ),
        (
            "The Hamburg-based newsletter Oil World said stocks fell.",
            "The Hamburg-based newsletter Oil World",
            M::Outlet,
        ),
        (
            "Wheat was sold, the Director General of France's Cereal Intervention Board (ONIC) \
             Bernard Vieux said.",
            "the Director General of France's Cereal Intervention Board (ONIC) Bernard Vieux",
            M::TitledPerson,
        ),
        (
            "The newspaper said prices rose.",
            "The newspaper",
            M::PublicationAnaphor,
        ),
    ],
    );
}

/// What a medium is about or for belongs to it when it runs to `that`, a comma or the end:
/// `said in its annual report on Indonesia's agriculture.`, `in a statement on the merger
/// that …`; not a clause (`in its annual report on Indonesia there were signs that …`).
#[test]
fn what_a_medium_is_about() {
    for (text, content) in [
        (
            "Soybean imports will rise, the U.S. Embassy said in its annual report on \
             Indonesia's agriculture.",
            "Soybean imports will rise",
        ),
        (
            "Acme said in a statement on the merger that sales rose.",
            "that sales rose",
        ),
        (
            "Acme said in its annual report for 1987 that sales rose.",
            "that sales rose",
        ),
        (
            "The embassy said in its annual report on Indonesia there were signs that output fell.",
            "there were signs that output fell",
        ),
    ] {
        let a = attribution_at(text, "said");
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
}

/// Offices written with a hyphen and clergy are titles: the name after them is a titled
/// person's, not a body's (`UN Secretary-General Kofi Annan` was an organization, `The Reverend
/// Tim Costello` one by its article).
#[test]
fn hyphenated_offices_and_clergy_are_titles() {
    assert_sources(
        "said",
        &[
            (
                "UN Secretary-General Kofi Annan said the talks failed.",
                "UN Secretary-General Kofi Annan",
                M::TitledPerson,
            ),
            (
                "The Federal Attorney-General Daryl Williams said the talks failed.",
                "The Federal Attorney-General Daryl Williams",
                M::TitledPerson,
            ),
            (
                "Swiss National Bank Vice-President Markus Lusser said rates would fall.",
                "Swiss National Bank Vice-President Markus Lusser",
                M::TitledPerson,
            ),
            (
                "The Reverend Tim Costello said it is important.",
                "The Reverend Tim Costello",
                M::TitledPerson,
            ),
            (
                "The Rev. Jesse Jackson said it is important.",
                "The Rev. Jesse Jackson",
                M::TitledPerson,
            ),
            (
                "The secretary-general said it is important.",
                "The secretary-general",
                M::Anonymous,
            ),
            (
                "Rates will rise, the treasurer said.",
                "the treasurer",
                M::Anonymous,
            ),
        ],
    );
}

/// A name after a title is a person's even when its last word is an outlet's (`Senator Hill`,
/// `The Hill`) or an outlet's initials come first (`AFP Commissioner Mick Keelty`: the
/// Australian Federal Police), as after an outlet and a role (`CNN anchor Jake Tapper`). A
/// paper described by an adjective stays an outlet.
#[test]
fn a_titled_name_is_no_outlet() {
    assert_sources(
        "says",
        &[
            (
                "Senator Hill says the talks failed.",
                "Senator Hill",
                M::TitledPerson,
            ),
            (
                "AFP Commissioner Mick Keelty says the arrest will matter.",
                "AFP Commissioner Mick Keelty",
                M::TitledPerson,
            ),
            (
                "CNN anchor Jake Tapper says the talks failed.",
                "CNN anchor Jake Tapper",
                M::TitledPerson,
            ),
            (
                "The official China Commercial Daily says prices rose.",
                "The official China Commercial Daily",
                M::Outlet,
            ),
            (
                "BBC correspondent Jeremy Bowen says the talks failed.",
                "BBC correspondent Jeremy Bowen",
                M::TitledPerson,
            ),
        ],
    );
}

/// Wire copy's `…, treasurer Fred Zuckerman said`: a role in lowercase opens the phrase after
/// the comma, whatever the name's words end in (`Fred`, `Chartered` end in `-ed` as past
/// forms do), and two titles joined by `and` are one person's (`vice president and treasurer`,
/// `chairman and chief executive`). Three words with an irregular past are a clause before the
/// comma (`Chrysler sold bonds,`).
#[test]
fn a_role_opens_the_source_after_the_comma() {
    assert_source_texts(
        "said",
        &[
            ("Rates will rise, treasurer Fred Zuckerman said.", "treasurer Fred Zuckerman"),
            (
                "Chrysler Corp today sold 405 mln dlrs of corporate bonds, vice president and treasurer Fred Zuckerman said.",
                "vice president and treasurer Fred Zuckerman",
            ),
            (
                "Sales rose sharply in the quarter, chairman and chief executive Fred Zuckerman said.",
                "chairman and chief executive Fred Zuckerman",
            ),
            (
                "The loan has been finalised, lead manager Standard Chartered Asia Ltd said.",
                "lead manager Standard Chartered Asia Ltd",
            ),
            ("Chrysler sold bonds, the treasurer said.", "the treasurer"),
            ("Chrysler bought cars, the company said.", "the company"),
        ],
    );
    let a = attribution_at("Chrysler sold bonds, the treasurer said.", "said");
    assert_eq!(
        a.content
            .map(|c| c.slice("Chrysler sold bonds, the treasurer said.")),
        Some("Chrysler sold bonds")
    );
}

/// A document from a named body is the body's (`figures from the Ministry of Agriculture`,
/// `a report from the Agriculture Department`), as one named before its noun is (`provisional
/// Bank of Italy figures`); figures of no one named stay vague.
#[test]
fn a_document_from_a_named_body_is_the_bodys() {
    assert_sources(
        "show",
        &[
            (
                "Exports fell 5.4 pct, figures from the Ministry of Agriculture show.",
                "figures from the Ministry of Agriculture",
                M::Organization,
            ),
            (
                "Exports fell 5.4 pct, provisional Bank of Italy figures show.",
                "provisional Bank of Italy figures",
                M::Organization,
            ),
            (
                "Exports fell 5.4 pct, official figures show.",
                "official figures",
                M::Vague,
            ),
        ],
    );
    // A study by a body, its noun first, even capitalised at the sentence's start; not one
    // by a person or by people unnamed.
    assert_sources(
        "shows",
        &[
            (
                "Analysis by the Institute for Fiscal Studies shows the cuts would save £5bn.",
                "Analysis by the Institute for Fiscal Studies",
                M::Organization,
            ),
            (
                "Research by the University of Sydney shows that walking helps.",
                "Research by the University of Sydney",
                M::Organization,
            ),
            (
                "A study by Morgan Guaranty Trust Co shows that debt rose.",
                "A study by Morgan Guaranty Trust Co",
                M::Organization,
            ),
            (
                "An analysis by Lee Epstein shows that judges split.",
                "An analysis by Lee Epstein",
                M::TitledPerson,
            ),
        ],
    );
}

/// The object of a preposition is no subject: the phrase runs on to the noun before the
/// preposition (`an aide to Agriculture Secretary Richard Lyng said`, `an email sent by Afroz
/// to an address in Australia had mentioned`), as `who` makes any noun before it the subject
/// (`An Iraqi defector who has applied for residency claims`).
#[test]
fn a_prepositions_object_is_no_subject() {
    assert_source_texts(
        "said",
        &[
            (
                "Talks will resume, an aide to Agriculture Secretary Richard Lyng said.",
                "an aide to Agriculture Secretary Richard Lyng",
            ),
            (
                "Portuguese Ambassador to China Octavio Valerio said there would be no talks.",
                "Portuguese Ambassador to China Octavio Valerio",
            ),
        ],
    );
    assert_source_texts(
        "mentioned",
        &[(
            "Police say an email sent by Afroz to an address in Australia had mentioned plans to attack.",
            "an email sent by Afroz to an address in Australia",
        )],
    );
    assert_source_texts(
        "claims",
        &[(
            "An Iraqi defector who has applied for residency in Australia claims he has information.",
            "An Iraqi defector who has applied for residency in Australia",
        )],
    );
}

/// The bare form of a verb that is also a noun, after a singular name and before a comma, is
/// the noun of a compound: `after attacking an Israeli Army post, Palestinian medics said` had
/// `post` for a cue with `Palestinian medics said` for content.
#[test]
fn a_compound_noun_before_a_comma_is_no_cue() {
    assert_no_cue(
        "Troops fought the gunmen after attacking an Israeli Army post, Palestinian medics said.",
        "post",
    );
    assert_no_cue(
        "The Tower Commission report, which says Reagan was ignorant, ends his prospects.",
        "report",
    );
    // A sentence-final verb after its subject is one: `…, figures from the Bank of Italy show.`
    let a = attribution_at(
        "Rates rose in February, figures from the Bank of Italy show.",
        "show",
    );
    assert!(a.source.is_some());
}

/// `an aide to Secretary Lyng` is someone unnamed, not the secretary.
#[test]
fn an_aide_to_a_named_person_is_unnamed() {
    assert_sources(
        "said",
        &[(
            "Talks will resume, an aide to Agriculture Secretary Richard Lyng said.",
            "an aide to Agriculture Secretary Richard Lyng",
            M::Anonymous,
        )],
    );
}

/// A name, then its description, then the cue with no comma before it (as wire copy often
/// writes it): the name is the source's, not only the description (`Larry Feinberg, an analyst
/// with Dean Witter Reynolds Inc said` was an anonymous analyst). Not a place, a time, a
/// pronoun, a relative or a group after the comma.
#[test]
fn a_name_before_its_description_is_the_source() {
    assert_source_texts(
        "said",
        &[
            (
                "A buyout cannot be ruled out, Larry Feinberg, an analyst with Dean Witter Reynolds Inc said.",
                "Larry Feinberg, an analyst with Dean Witter Reynolds Inc",
            ),
            (
                "Tony Proffitt, an aide to State Comptroller Bob Bullock said, \"Bullock is opposed to an income tax.\"",
                "Tony Proffitt, an aide to State Comptroller Bob Bullock",
            ),
            ("In Tokyo, a Canon spokesman said that sales rose.", "a Canon spokesman"),
            ("On Friday, the bank board said it approved the deal.", "the bank board"),
            (
                "It holds shares of the chairman, Khoo Teck Puat, banking sources said.",
                "banking sources",
            ),
        ],
    );
}

/// US local and British copy: `who` between commas after a common noun (`The bar's owner,
/// who asked not to be named, said` found nothing, or read `the talks failed` as the source
/// of an inverted `said`); a plain noun before the clause's pronoun is the recipient (`told
/// police he`); an outlet's programme is (`told the BBC's Today programme`); a public record
/// is its court's (`according to a criminal complaint`); `the think tank`; a dateline of a
/// place alone is no part of the content.
#[test]
fn local_and_british_copy() {
    assert_sources(
        "said",
        &[
            (
                "The bar's owner, who asked not to be named because of safety concerns, said the bar would close.",
                "The bar's owner, who asked not to be named because of safety concerns",
                M::Anonymous,
            ),
            (
                "The owner, who asked not to be identified, said the talks failed.",
                "The owner, who asked not to be identified",
                M::Anonymous,
            ),
            (
                "The think tank said the savings were uncertain.",
                "The think tank",
                M::Organization,
            ),
        ],
    );
    for (text, content) in [
        (
            "Witnesses told investigators he had been asked to leave.",
            "he had been asked to leave",
        ),
        (
            "Labour MP Rachael Maskell told the BBC's Today programme the cuts would hurt.",
            "the cuts would hurt",
        ),
    ] {
        let a = attribution_at(text, "told");
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
    assert_sources(
        "According to",
        &[
            (
                "According to a criminal complaint, Reed fired several shots.",
                "a criminal complaint",
                M::Organization,
            ),
            (
                "According to an affidavit filed Monday, Reed fired several shots.",
                "an affidavit filed",
                M::Organization,
            ),
        ],
    );
    let text = "Man charged\n\nDETROIT — A man has been charged after a shooting, police said.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("A man has been charged after a shooting")
    );
}

/// A document and how it came out, then where or by whom: the journal, the pollster or the
/// body named is its source (`according to a large study published Wednesday in The Lancet
/// Public Health` was `a large study published`, too vague to check; `A study published
/// Wednesday in The Lancet found` a titled person); with no one named it stays vague.
#[test]
fn a_published_document_is_its_publishers() {
    assert_sources(
        "according to",
        &[
            (
                "Walkers live longer, according to a large study published Wednesday in The Lancet Public Health.",
                "a large study published Wednesday in The Lancet Public Health",
                M::Organization,
            ),
            (
                "Walkers live longer, according to a study published last week.",
                "a study published last week",
                M::Vague,
            ),
            (
                "Tories lead by nine points, according to an opinion poll published yesterday in the Sunday Times.",
                "an opinion poll published yesterday in the Sunday Times",
                M::Organization,
            ),
        ],
    );
    assert_sources(
        "found",
        &[(
            "A study published Wednesday in The Lancet found that walking helps.",
            "A study published Wednesday in The Lancet",
            M::Organization,
        )],
    );
}

/// A paragraph that ends with a cue and a colon introduces the quote that the next paragraph
/// is, as online copy sets long quotes apart: `Cruz continued:` / `"…"`. Not a paragraph that
/// goes on after its quote (it has its own attribution), nor a noun read as a verb (`in a blog
/// post:`), nor a colon that ends a paragraph before prose.
#[test]
fn a_colon_ending_a_paragraph_introduces_the_next_paragraphs_quote() {
    let quote = "\"The questions asked in this debate show why people distrust the media.\"";
    for (lead, cue, source) in [
        ("Cruz continued:", "continued", "Cruz"),
        (
            "Reporter Jomana Karadsheh says:",
            "says",
            "Reporter Jomana Karadsheh",
        ),
        (
            "Sen. John McCain said in a statement:",
            "said",
            "Sen. John McCain",
        ),
        ("Stated Stone:", "Stated", "Stone"),
        (
            "President Clinton released the following statement:",
            "released",
            "President Clinton",
        ),
        ("Pat Caddell:", ":", "Pat Caddell"),
    ] {
        let text = format!("{lead}\n\n{quote}\n\nHe left the stage.");
        let a = attribution_at(&text, cue);
        assert_eq!(
            a.source.as_ref().map(|m| m.text.as_str()),
            Some(source),
            "{text}"
        );
        assert_eq!(a.content.map(|c| c.slice(&text)), Some(quote), "{text}");
    }
    // A quote of two paragraphs, the first left open as continued quotes are.
    let text = "Cruz said:\n\n\"The questions show it.\n\n\"They know it.\"\n\nHe left.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("\"The questions show it.\n\n\"They know it.\"")
    );
    for text in [
        "Cruz said:\n\n\"The questions show it,\" he added.",
        "Cruz said:\n\nThe questions show it.",
        "Cruz said:\n\n\"The questions show it.\" He left the stage.",
        "He wrote in a blog post:\n\n\"The questions show it.\"",
    ] {
        let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
        let colon_cue = parsed.attributions.iter().any(|a| {
            matches!(a.cue.slice(text), "said" | "post")
                && a.content
                    .is_some_and(|c| c.start > text.find('\n').unwrap_or(0))
                && a.cue.end < text.find('\n').unwrap_or(0)
        });
        assert!(!colon_cue, "{text:?}: {:?}", parsed.attributions);
    }
}

/// `S said.` before a quoted sentence: that quote is what was said, unless its own sentence
/// goes on with another attribution (`S agreed. "Q," he said.`).
#[test]
fn a_quote_after_a_cue_that_ends_its_sentence() {
    let text = "Ongpin said. \"We have run this proposal past the accounting firms.\" He left.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("\"We have run this proposal past the accounting firms.\"")
    );
    let text = "Susumu Taketomi agreed. \"It is in the offing,\" he said.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(
        parsed
            .attributions
            .iter()
            .all(|a| a.cue.slice(text) != "agreed"),
        "{:?}",
        parsed.attributions
    );
}

/// The sentence splitter cuts `"…!" S said …` after the quote's mark; a clause of time or
/// manner after the cue (`as he launched the process`, `rhetorically during a news
/// conference`) is no content, so the quote before is.
#[test]
fn a_quote_before_its_speaker_and_a_clause_of_time_or_manner() {
    for (text, cue, source, content) in [
        (
            "\"Alabama is proud to cast its votes!\" US Senator Jeff Sessions said as he launched the process.",
            "said",
            "US Senator Jeff Sessions",
            "\"Alabama is proud to cast its votes!\"",
        ),
        (
            "\"You think I'm going to change?\" Trump asked reporters rhetorically during a news conference.",
            "asked",
            "Trump",
            "\"You think I'm going to change?\"",
        ),
        (
            "\"Who can remember? Is it two?\" Clinton asks as a maintenance man walks in.",
            "asks",
            "Clinton",
            "\"Who can remember? Is it two?\"",
        ),
    ] {
        assert_source_and_content(text, cue, source, content);
    }
    // A clause after the cue is what was said.
    let text = "\"We will win.\" He said the team was ready.";
    let a = attribution_at(text, "said");
    assert_eq!(a.content.map(|c| c.slice(text)), Some("the team was ready"));
}

/// A paragraph that is one quote, with no cue of its own, goes on with the speaker whose
/// words end the paragraph before (news sets a long quotation apart so): their content runs
/// on over it, and over the next such paragraphs.
#[test]
fn a_quote_paragraph_goes_on_with_the_speaker_before() {
    let text = "\"We were misled,\" Speakes said.\n\n\"And that is why the president misled the \
                public.\"\n\n\"We were badly served by the people running the show.\"\n\nHe left.";
    let a = attribution_at(text, "said");
    let content = a.content.map(|c| c.slice(text)).unwrap_or_default();
    assert!(
        content.starts_with("\"We were misled,\"") && content.ends_with("running the show.\""),
        "{content:?}"
    );
    assert_eq!(a.kind, K::Direct);
    // Reported speech, then the speaker's words: mixed.
    let text = "Roberts conceded that deregulation posed risks.\n\n\"The greater risk, however, \
                is the artificial market the rules created.\"";
    let a = attribution_at(text, "conceded");
    assert!(a
        .content
        .is_some_and(|c| c.slice(text).ends_with("the rules created.\"")));
    assert_eq!(a.kind, K::Mixed);
    // Not a paragraph with its own cue, a short quote set apart (a subheading), one in single
    // marks, prose between, or a relative pronoun's thought.
    for text in [
        "\"We were misled,\" Speakes said.\n\n\"And that is why the president misled the public,\" \
         he added.",
        "\"We were misled,\" Speakes said.\n\n\"So much anger.\"",
        "\"We were misled,\" Speakes said.\n\n'And that is why the president misled the public.'",
        "\"We were misled,\" Speakes said. He left.\n\nThe talks ended.\n\n\"And that is why the \
         president misled the public.\"",
    ] {
        let a = attribution_at(text, "said");
        assert_eq!(
            a.content.map(|c| c.slice(text)),
            Some("\"We were misled,\""),
            "{text:?}"
        );
    }
    let text =
        "Murphy, who thinks often about his son's words.\n\n\"I struggle with religion, but \
                I get more of it, not less of it.\"";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(
        parsed.attributions.iter().all(|a| a
            .content
            .is_none_or(|c| c.end < text.find("\n\n").unwrap_or(0))),
        "{:?}",
        parsed.attributions
    );
}

/// Nouns in `-ly` are no adverbs between a subject and its cue (`the daily said`, `The
/// assembly said`), and a one-word name after `to` is the object of the phrase before it, not
/// the speaker (`an aide to Chirac told reporters`); not through an adjunct of occasion.
#[test]
fn the_daily_and_an_aide_to_a_name_are_sources() {
    assert_sources(
        "said",
        &[
            (
                "\"We will win,\" the daily said.",
                "the daily",
                M::PublicationAnaphor,
            ),
            (
                "The assembly said the vote would be held.",
                "The assembly",
                M::Organization,
            ),
            (
                "\"We will win,\" an aide to Smith said.",
                "an aide to Smith",
                M::Anonymous,
            ),
            (
                "An adviser to Trump said the plan was dead.",
                "An adviser to Trump",
                M::Anonymous,
            ),
        ],
    );
    assert_source_texts(
        "told",
        &[(
            "\"The Germans do not want to budge,\" an aide to Chirac told reporters.",
            "an aide to Chirac",
        )],
    );
    // Still an adverb: `Smith repeatedly said`.
    assert_source_texts(
        "said",
        &[("Smith repeatedly said the plan was dead.", "Smith")],
    );
    let text = "Minister Michael Jopling during a visit to Washington endorsed the OECD work.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(
        parsed
            .attributions
            .iter()
            .all(|a| a.source.as_ref().is_none_or(|m| !m.text.contains("during"))),
        "{:?}",
        parsed.attributions
    );
}

/// `reiterated` is a verb of speech (it was read as a filler between a subject and its cue:
/// `Smith reiterated that …` made no attribution), `ruled` a court's or a judge's decision (not
/// `ruled out`, nor `has ruled the province`), and verbs of disclosure, denial and estimate
/// take their speaker after a quote (`"…," speculated one arbitrager`).
#[test]
fn reiterated_ruled_and_inverted_disclosures() {
    assert_source_texts(
        "reiterated",
        &[
            ("Smith reiterated that the talks were off.", "Smith"),
            ("\"The talks are off,\" Smith reiterated.", "Smith"),
        ],
    );
    assert_source_texts(
        "ruled",
        &[
            ("The court ruled that the law was void.", "The court"),
            ("\"The nation demands disclosure,\" Parker ruled.", "Parker"),
        ],
    );
    for text in [
        "He ruled out a tax increase.",
        "Administration officials ruled that out.",
        "The party has ruled the province for years.",
    ] {
        assert_no_cue(text, "ruled");
    }
    assert_source_texts(
        "said",
        &[("The ruling party said it would win.", "The ruling party")],
    );
    for (text, cue, source) in [
        (
            "\"The next move is a deal,\" speculated one arbitrager.",
            "speculated",
            "one arbitrager",
        ),
        (
            "\"The figures are wrong,\" denied the minister.",
            "denied",
            "the minister",
        ),
        (
            "\"There was no deal,\" testified the witness.",
            "testified",
            "the witness",
        ),
        (
            "\"Sales will fall,\" estimated one analyst.",
            "estimated",
            "one analyst",
        ),
    ] {
        assert_source_texts(cue, &[(text, source)]);
    }
}

/// `X was quoted by the China Daily as saying Q`: the paper's report, and X's words inside it
/// (a chain of two hops), as the active `The paper quoted X as saying Q` has it.
#[test]
fn quoted_by_a_paper_as_saying() {
    for (text, paper, speaker, words) in [
        (
            "A bank official was quoted by the China Daily as saying that banks would issue bonds.",
            "the China Daily",
            "A bank official",
            "that banks would issue bonds",
        ),
        (
            "\"We might have to look abroad,\" Keswick was quoted by the newspaper as saying.",
            "the newspaper",
            "Keswick",
            "\"We might have to look abroad,\"",
        ),
    ] {
        let outer = attribution_at(text, "quoted by");
        assert_eq!(outer.source.as_ref().map(|m| m.text.as_str()), Some(paper));
        let inner = attribution_at(text, "as saying");
        assert_eq!(
            inner.source.as_ref().map(|m| m.text.as_str()),
            Some(speaker)
        );
        assert_eq!(inner.content.map(|c| c.slice(text)), Some(words));
        assert_eq!(inner.parent, Some(outer.id), "{text}");
    }
    // Without `by`, one attribution, as before.
    let text = "Iacocca was quoted as saying the deal was done.";
    let a = attribution_at(text, "quoted as saying");
    assert_eq!(a.source.as_ref().map(|m| m.text.as_str()), Some("Iacocca"));
}

/// After a quote and its comma, the words up to a cue that ends the sentence are the speaker
/// whatever marks they hold: an appositive with a comma of its own (the source was the title
/// alone, the name was put in the content), a ticker, a company's commas.
#[test]
fn a_speaker_with_marks_after_a_quote() {
    for (text, cue, source, content) in [
        (
            "\"It's a different story,\" Vernon McMinimy, director of research for Staley Co., said.",
            "said",
            "Vernon McMinimy, director of research for Staley Co.",
            "\"It's a different story,\"",
        ),
        (
            "\"We believe stocks have more upside,\" Chrysler Corp <C> treasurer Fred Zuckerman said.",
            "said",
            "Chrysler Corp <C> treasurer Fred Zuckerman",
            "\"We believe stocks have more upside,\"",
        ),
        (
            "\"It is a precedent,\" Buchheit, a partner with Cleary, Gottlieb, Steen and Hamilton, told a conference.",
            "told",
            "Buchheit, a partner with Cleary, Gottlieb, Steen and Hamilton",
            "\"It is a precedent,\"",
        ),
        (
            "\"We are seeking to get out,\" Harrison Goldin, comptroller of New York City told a news conference.",
            "told",
            "Harrison Goldin, comptroller of New York City",
            "\"We are seeking to get out,\"",
        ),
    ] {
        assert_source_and_content(text, cue, source, content);
    }
    // A clause after the cue is no sentence-final attribution: the quote is not its content.
    let text = "\"We will win,\" Smith, Jones and Brown said the team was ready.";
    let a = attribution_at(text, "said");
    assert_eq!(a.content.map(|c| c.slice(text)), Some("the team was ready"));
}

/// A quote signed with a dash and a name (lists of reactions, epigraphs, fact checks): the
/// dash is the cue, the name the speaker. Not a credit line after a quote inside a sentence,
/// a hyphenated word, nor a dash before a clause.
#[test]
fn a_quote_signed_with_a_dash_and_a_name() {
    for (text, cue, source) in [
        (
            "“Donald Trump scares me. His words make me afraid.” ― Krystal Correa\n“Next.” ― Ana Ruiz",
            "―",
            "Krystal Correa",
        ),
        (
            "\"We will win this election and win it big,\" — Donald Trump, in Iowa.",
            "—",
            "Donald Trump",
        ),
        (
            "\"I went to Wall Street before the crash.\"\n\n- Clinton.\n\nClinton overstates it.",
            "-",
            "Clinton",
        ),
        (
            "\"The reality is, she could lose Iowa.\" - S.C. Rep. Jim Clyburn.",
            "-",
            "S.C. Rep. Jim Clyburn",
        ),
        (
            "“I am ashamed of this campaign.” ― Pamela Padilla\u{a0}\n“No.” ― B",
            "―",
            "Pamela Padilla",
        ),
    ] {
        let a = attribution_at(text, cue);
        assert_eq!(
            a.source.as_ref().map(|m| m.text.as_str()),
            Some(source),
            "{text:?}"
        );
        assert_eq!(a.kind, K::Direct);
    }
    for text in [
        "Trump pointed at a man and called him \"my African American.\"\n\n- Reuters.",
        "The \"Lock her up\" chant - Trump Tower shook.",
        "\"We are done.\" -Smith said it twice.",
        "\"We are done.\" — Smith said it twice.",
    ] {
        let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
        assert!(
            parsed
                .attributions
                .iter()
                .all(|a| !matches!(a.cue.slice(text), "-" | "—")),
            "{text:?}: {:?}",
            parsed.attributions
        );
    }
}

/// A medium that opens the sentence (`In an interview with CNN, Smith said`, `Speaking to the
/// BBC on Tuesday, the chancellor said`, `Writing in the Telegraph, …`), a share written with
/// `%` (`62% of voters think`), and the participle of a report's publication before its time
/// (`said in a report published on Wednesday that …`).
#[test]
fn opening_media_shares_and_published_reports() {
    let medium = |text: &str, cue: &str| {
        attribution_at(text, cue)
            .medium
            .map(|m| m.slice(text).to_owned())
    };
    assert_eq!(
        medium(
            "In an interview with CNN, Smith said the budget was fair.",
            "said"
        )
        .as_deref(),
        Some("In an interview with CNN")
    );
    assert_eq!(
        medium(
            "Speaking to the BBC on Tuesday, the chancellor said it was fair.",
            "said"
        )
        .as_deref(),
        Some("to the BBC on Tuesday")
    );
    assert_eq!(
        medium(
            "Writing in the Telegraph, Mel Stride said Labour had lost control.",
            "said"
        )
        .as_deref(),
        Some("in the Telegraph")
    );
    // Not a participle without an outlet, nor one word before the comma (no panic either).
    assert_eq!(
        medium("Speaking to reporters, Smith said it was fair.", "said"),
        None
    );
    assert_eq!(medium("Speaking, Smith said it was fair.", "said"), None);
    assert_eq!(medium("Speaking to, Smith said it was fair.", "said"), None);
    assert_source_texts(
        "think",
        &[(
            "According to a YouGov poll, 62% of voters think the economy is weak.",
            "62% of voters",
        )],
    );
    for (text, content) in [
        (
            "The institute said in a report published on Wednesday that the gap was wide.",
            "that the gap was wide",
        ),
        (
            "The officer said in a report dated March 27 the wheat crop was late.",
            "the wheat crop was late",
        ),
    ] {
        let a = attribution_at(text, "said");
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
}

/// A document's words beside its quote: `"…," read the email`, `"…," the statement read`, `"…"
/// reads a Wednesday editorial in …`; `read` is a cue only beside a quote, and in a phrase a
/// participle (`A communique read over the state-run television tonight said`).
#[test]
fn a_document_reads_beside_its_quote() {
    assert_source_texts(
        "read",
        &[
            (
                "\"Our revolution has forced her to change,\" read the email.",
                "the email",
            ),
            ("\"Friend, let me be blunt,\" the email read.", "the email"),
        ],
    );
    assert_source_texts(
        "reads",
        &[(
            "\"There is more spine in a sponge,\" reads a Wednesday editorial in the Register.",
            // (The paper it ran in is the source's: `a_piece_in_a_publication_is_the_publications`.)
            "a Wednesday editorial in the Register",
        )],
    );
    for text in [
        "He read the report twice.",
        "I read that the talks had failed.",
    ] {
        assert_no_cue(text, "read");
    }
    assert_source_texts(
        "said",
        &[(
            "A communique read over the state-run television tonight said the leader was firm.",
            "A communique read over the state-run television",
        )],
    );
}

/// Arabic and French surnames behind a lowercase particle are names (`al-Assad`, `el-Sisi`,
/// `d'Estaing`): a source, and one person's whole name (no particle read as a role). `Said`
/// between two names of prose is one too, not a cue.
#[test]
fn surnames_behind_particles_are_names() {
    assert_sources(
        "said",
        &[
            (
                "Bashar al-Assad said the vote was rigged.",
                "Bashar al-Assad",
                M::Person,
            ),
            (
                "The vote was rigged, Ahmed al-Chalabi said.",
                "Ahmed al-Chalabi",
                M::Person,
            ),
            (
                "Abdel Fattah el-Sisi said the border would stay open.",
                "Abdel Fattah el-Sisi",
                M::Person,
            ),
            (
                "Valery Giscard d'Estaing said the treaty was dead.",
                "Valery Giscard d'Estaing",
                M::Person,
            ),
            (
                "Mark van Dijk said the rate would rise.",
                "Mark van Dijk",
                M::Person,
            ),
            (
                "Mohammed bin Salman said the rate would rise.",
                "Mohammed bin Salman",
                M::Person,
            ),
            (
                "An al-Qaeda spokesman said the attack was theirs.",
                "An al-Qaeda spokesman",
                M::Anonymous,
            ),
        ],
    );
    assert_no_cue(
        "UAE Oil Minister Mana Said al-Oteiba arrived in Alexandria last night.",
        "Said",
    );
    // A title-case headline keeps its verb.
    assert_source_texts(
        "Said",
        &[
            ("Trump Said The 11 Words Everyone Was Thinking", "Trump"),
            ("Trump Said In 2015 That He Would Run", "Trump"),
        ],
    );
}

/// A phrase of a preposition that opens the sentence with no comma is no part of the subject
/// (`In a statement Rostenkowski said`); a medium when it names one.
#[test]
fn an_opening_phrase_without_a_comma_is_cut_from_the_source() {
    assert_source_texts(
        "said",
        &[
            (
                "In a statement Rostenkowski said the tax was too broad.",
                "Rostenkowski",
            ),
            (
                "In a televised address to the American people Reagan said he was upset.",
                "Reagan",
            ),
            (
                "At a news conference EC Farm Commissioner Frans Andriessen said it would pay.",
                "EC Farm Commissioner Frans Andriessen",
            ),
            (
                "On Tuesday the Federal Statistics Office said output stagnated.",
                "the Federal Statistics Office",
            ),
            ("On February 17 Baker said it had signed.", "Baker"),
            (
                "In a television interview yesterday prime minister Bob Hawke said he might go.",
                "prime minister Bob Hawke",
            ),
            (
                "During the presentation Gevirtz said assets fell.",
                "Gevirtz",
            ),
            (
                "In December the Brookehill Group in New York said it had a stake.",
                "the Brookehill Group in New York",
            ),
            // An outlet's name ends on its word; the speaker's follows.
            (
                "In an interview with Le Monde Macron said the plan was dead.",
                "Macron",
            ),
            (
                "In a March 2016 meeting with the editorial board of the Washington Post Trump \
                 said NATO may need to change.",
                "Trump",
            ),
            (
                "In an interview with CNN Senator Mark Warner said the bill was dead.",
                "Senator Mark Warner",
            ),
            // Left whole: what is the name is not told, or nothing opens the sentence.
            (
                "In a filing with the Securities and Exchange Commission Bilzerian said he bought.",
                "a filing with the Securities and Exchange Commission Bilzerian",
            ),
        ],
    );
    assert_source_texts(
        "told",
        &[(
            "In his nationally televised March 19 news conference Reagan told reporters aides lied.",
            "Reagan",
        )],
    );
    // A clause after `After` keeps its subject.
    assert_source_texts(
        "criticized",
        &[(
            "After former California Gov. Jerry Brown criticized Bill Clinton, she shot back.",
            "former California Gov. Jerry Brown",
        )],
    );
    let text = "In a statement Rostenkowski said the tax was too broad.";
    let a = attribution_at(text, "said");
    assert_eq!(a.medium.map(|m| m.slice(text)), Some("In a statement"));
    let text = "In December the Brookehill Group in New York said it had a stake.";
    assert_eq!(attribution_at(text, "said").medium, None, "{text}");
    let text = "In an interview with Le Monde Macron said the plan was dead.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.medium.map(|m| m.slice(text)),
        Some("In an interview with Le Monde")
    );
}

/// A pronoun contracted with its auxiliary is the source without it (`He's said`).
#[test]
fn a_contracted_pronoun_is_the_source() {
    assert_sources(
        "said",
        &[
            ("He's said that the deal is dead.", "He", M::Pronoun),
            ("They’ve said the deal is dead.", "They", M::Pronoun),
            ("I'd said the deal was dead.", "I", M::Pronoun),
        ],
    );
}

/// The outlet told: what it is (`newspaper`, `radio station`) and its initials after `news
/// agency`; plural people before the clause (`told analysts the company …`); an interview
/// `aired on Monday` is a medium.
#[test]
fn outlets_and_people_told() {
    for (text, recipient, content) in [
        (
            "He told al-Riyadh newspaper, \"Saudi Arabia follows a balanced policy.\"",
            "al-Riyadh newspaper",
            "\"Saudi Arabia follows a balanced policy.\"",
        ),
        (
            "A military spokesman told the Iraqi news agency INA the attack was at 1250 GMT.",
            "the Iraqi news agency INA",
            "the attack was at 1250 GMT",
        ),
        (
            "Hawke told Australian radio station the deficit would grow.",
            "Australian radio station",
            "the deficit would grow",
        ),
        (
            "He told state television the army had won.",
            "state television",
            "the army had won",
        ),
        (
            "Smith told analysts the company would grow.",
            "analysts",
            "the company would grow",
        ),
        (
            "He told investors Monday the company would grow.",
            "investors",
            "the company would grow",
        ),
        (
            "“It looks bad,” Trump told Britain’s ITV television station in an interview aired \
             on Monday.",
            "Britain’s ITV television station",
            "“It looks bad,”",
        ),
    ] {
        let a = attribution_at(text, "told");
        assert_eq!(
            a.recipient.map(|r| r.span.slice(text)),
            Some(recipient),
            "{text}"
        );
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
}

/// A citation in a relative clause of the subject is a citation, nested in what the subject
/// says, and no part of the subject (`The Wall Street Journal, which cited unnamed sources,
/// said`).
#[test]
fn a_relative_clause_that_cites() {
    let text = "The Wall Street Journal, which cited unnamed sources, said the price could top \
                $10 billion.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    let said = attribution_at(text, "said");
    assert_eq!(
        said.source.as_ref().map(|m| m.text.as_str()),
        Some("The Wall Street Journal")
    );
    let cited = parsed
        .attributions
        .iter()
        .find(|a| a.cue.slice(text) == "cited")
        .expect("a citation at `cited`");
    assert_eq!(cited.kind, K::Citation);
    assert_eq!(
        cited.source.as_ref().map(|m| m.text.as_str()),
        Some("unnamed sources")
    );
    assert_eq!(cited.parent, Some(said.id));
}

/// Sources after `according to` and an inverted cue: what the person was briefed on or
/// involved in, a body's name joined by `and`, the body a source works at; a relative clause
/// after the source is no content; a plural noun that opens the sentence is no name.
#[test]
fn sources_with_what_they_know_and_where_they_work() {
    assert_source_and_content(
        "But the call produced no truce, according to a person briefed on the call, who spoke \
         on the condition of anonymity.",
        "according to",
        "a person briefed on the call",
        "But the call produced no truce",
    );
    assert_source_texts(
        "according to",
        &[(
            "Apple held $162 billion, according to a filing with the Securities and Exchange \
             Commission.",
            "a filing with the Securities and Exchange Commission",
        )],
    );
    // The content after the source's relative clause; a conjunction before the cue.
    assert_source_and_content(
        "But, according to a second source, who also declined to be identified, the comments \
         were a pointer.",
        "according to",
        "a second source",
        "the comments were a pointer",
    );
    assert_source_and_content(
        "But the price, according to a second source, was too high.",
        "according to",
        "a second source",
        "But the price, according to a second source, was too high",
    );
    assert_sources(
        "said",
        &[
            // The firm's research, which an editor can look up: the firm speaks.
            (
                "The deal would make sense, said analysts at Morgan Stanley.",
                "analysts at Morgan Stanley",
                M::Organization,
            ),
            (
                "The deal would make sense, said an analyst with the bank.",
                "an analyst with the bank",
                M::Anonymous,
            ),
            (
                "The deal would make sense, said one GOP source in the room.",
                "one GOP source",
                M::Anonymous,
            ),
            (
                "The deal would make sense, said Smith from Goldman Sachs.",
                "Smith from Goldman Sachs",
                M::Person,
            ),
            (
                "Officials at Morgan Stanley said the deal would make sense.",
                "Officials at Morgan Stanley",
                M::Anonymous,
            ),
            (
                "President of Ukraine Volodymyr Zelensky said the deal would make sense.",
                "President of Ukraine Volodymyr Zelensky",
                M::TitledPerson,
            ),
        ],
    );
    let text = "Officials at other firms, who also declined to be identified, said they would \
                stay.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.anonymity.map(|s| s.slice(text)),
        Some("declined to be identified")
    );
}

/// A negated subject said nothing: `No one argues that`, `Nobody said`, `None of the analysts
/// said`; `"No," one said` is an attribution.
#[test]
fn a_negated_subject_is_no_source() {
    for (text, cue) in [
        ("No one argues that Tokyo is cheap.", "argues"),
        ("Nobody said Tokyo is cheap.", "said"),
        ("No official has said that Tokyo is cheap.", "said"),
        ("None of the analysts said Tokyo is cheap.", "said"),
    ] {
        assert_no_cue(text, cue);
    }
    assert_source_texts(
        "said",
        &[
            ("\"No,\" one said.", "one"),
            ("Nokia said it would cut jobs.", "Nokia"),
            ("No wonder Trump said he loved them.", "Trump"),
        ],
    );
}

/// `first reported by`, `as reported by`: the outlet's report, read as `according to` is.
#[test]
fn reported_by_an_outlet() {
    for (text, cue, source, content) in [
        (
            "The deal, first reported by The Information, could be announced next week.",
            "first reported by",
            "The Information",
            "The deal, first reported by The Information, could be announced next week",
        ),
        (
            "The deal could be announced next week, as first reported by Bloomberg.",
            "as first reported by",
            "Bloomberg",
            "The deal could be announced next week",
        ),
        (
            "As reported by Bloomberg, the deal could be announced next week.",
            "As reported by",
            "Bloomberg",
            "the deal could be announced next week",
        ),
    ] {
        assert_source_and_content(text, cue, source, content);
    }
    // Not a participle after its noun, nor the main verb.
    assert_no_cue("Sales reported by the company rose.", "reported");
    assert_no_cue("The deal was first reported by Bloomberg.", "reported");
}

/// A cue that ends its paragraph with a dash, as with a colon, takes the quote the next
/// paragraph is.
#[test]
fn a_cue_ending_its_paragraph_with_a_dash() {
    let text =
        "Today's statement from the Italian Treasury said-\n\n\"Nobody denies the existence \
                of G-5.\"\n";
    assert_source_and_content(
        text,
        "said",
        "Today's statement from the Italian Treasury",
        "\"Nobody denies the existence of G-5.\"",
    );
}

/// `on social media` is one medium; `would add "…"` after a modal adds things, not words.
#[test]
fn social_media_and_a_modal_add() {
    let text = "Greens leader Adam Bandt wrote on social media that the deal was weak.";
    let a = attribution_at(text, "wrote");
    assert_eq!(a.medium.map(|m| m.slice(text)), Some("on social media"));
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("that the deal was weak")
    );
    assert_no_cue(
        "Economists said the measures would add \"modestly\" to supply.",
        "add",
    );
    assert_source_and_content(
        "I would add that the plan is dead.",
        "add",
        "I",
        "that the plan is dead",
    );
}

/// `estimate` reports only between its subject and a reported clause; everywhere else in news
/// copy it is a noun.
#[test]
fn estimates_report_only_between_subject_and_clause() {
    for (text, cue, source, content) in [
        (
            "The World Health Organization estimates that heart disease kills 17.9 million people.",
            "estimates",
            "The World Health Organization",
            "that heart disease kills 17.9 million people",
        ),
        (
            "Analysts estimate the market will grow 5 percent.",
            "estimate",
            "Analysts",
            "the market will grow 5 percent",
        ),
        (
            "Blackburn said he also estimates that the company will earn more.",
            "estimates",
            "he",
            "that the company will earn more",
        ),
    ] {
        assert_source_and_content(text, cue, source, content);
    }
    for text in [
        "Government estimates that were released on Monday show growth.",
        "The shortage was revised down from an initial 1.15 billion estimate.",
        "Time said it is comfortable with Wall Street estimates that earnings will rise.",
        "The deficit will fall, using Congressional Budget Office estimates.",
        "Industry estimates vary on the share of exports sold at official prices.",
        "He said his GNP estimate was based on a stable economy.",
        "Gaspar estimates earnings at 25 cts for 1987.",
    ] {
        assert_no_cue(
            text,
            if text.contains("estimate ") {
                "estimate"
            } else {
                "estimates"
            },
        );
    }
    // The noun inside a phrase is no verb that ends it: the content runs on.
    assert_source_and_content(
        "Canin said he just added a year to his original growth estimates for the industry.",
        "said",
        "Canin",
        "he just added a year to his original growth estimates for the industry",
    );
}

/// A verb that also takes a plain object (`claimed the title`, `charged a fee`) reports a clause
/// without `that` when the clause opens with a determiner's noun and its verb.
#[test]
fn claimed_and_charged_take_a_clause_with_its_subject() {
    for (text, cue, source, content) in [
        (
            "A royal aide claimed the Palace had been given no warning.",
            "claimed",
            "A royal aide",
            "the Palace had been given no warning",
        ),
        (
            "Some charged the policy could lead the United States into the war.",
            "charged",
            "Some",
            "the policy could lead the United States into the war",
        ),
    ] {
        assert_source_and_content(text, cue, source, content);
    }
    assert_no_cue("He claimed the title in 2019.", "claimed");
    assert_no_cue("The bank charged a fee of $5 a month.", "charged");
    assert_no_cue(
        "The bank charged the customers a fee that was high.",
        "charged",
    );
}

/// An adverb of the verb before a form that is also a noun leaves it a verb (`He also claims
/// that`); a word of time that modifies a noun does not (`the Monday report`).
#[test]
fn an_adverb_before_a_noun_like_cue() {
    for (text, cue, source) in [
        (
            "He also claims that the company will earn more.",
            "claims",
            "He",
        ),
        (
            "Trump repeatedly tweets that the election was rigged.",
            "tweets",
            "Trump",
        ),
        (
            "The poll also shows that most voters disagree.",
            "shows",
            "The poll",
        ),
    ] {
        assert_source_texts(cue, &[(text, source)]);
    }
    assert_no_cue("The Monday report was wrong.", "report");
}

/// A phrase of time in `ago` between the subject and its cue is none of the subject.
#[test]
fn a_time_ago_between_subject_and_cue() {
    assert_source_texts(
        "said",
        &[
            ("Smith a few weeks ago said the plan was dead.", "Smith"),
            (
                "Others, who one month ago said a deal was not possible, now disagree.",
                "who",
            ),
            (
                "The minister 18 months ago said taxes would fall.",
                "The minister",
            ),
        ],
    );
}

/// Unnamed studies are a vague source.
#[test]
fn unnamed_studies_are_vague() {
    assert_sources(
        "found",
        &[
            (
                "Some studies have found that coffee raises blood pressure.",
                "Some studies",
                M::Vague,
            ),
            (
                "Studies found that coffee raises blood pressure.",
                "Studies",
                M::Vague,
            ),
            // Named before.
            (
                "The studies found that coffee raises blood pressure.",
                "The studies",
                M::Organization,
            ),
        ],
    );
}

/// A relative clause's attribution of an expressed noun ends with the clause.
#[test]
fn an_expressed_doubt_in_a_relative_clause_ends_with_it() {
    assert_source_and_content(
        "Jose Concepcion, who last week expressed doubts about the agreements, said he was pleased.",
        "expressed doubts",
        "who",
        "about the agreements",
    );
}

/// A participle of speaking between commas after the name is none of the source: it gives the
/// medium, or the listeners; a place or the anonymity is left to the rest.
#[test]
fn a_participle_of_speaking_after_the_name() {
    let text = "De Blasio, speaking on WOR710, called Trump a blowhard. Nate Cohn, writing in \
                The New York Times, noted that the race was close. Smith, speaking to \
                Indonesian reporters in Jakarta on Tuesday, said the talks would fail. Trump, \
                speaking at a rally in Wilmington, N.C., warned that Clinton would lose. \
                Clinton, speaking in Ohio, said the race was close. An \
                Israeli official, speaking on condition of anonymity, said the visit was off. \
                Volcker, appearing with Reagan in the briefing room, said he would stay. \
                Farouk, speaking on behalf of producers, said the pact had worked.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    let got: Vec<_> = parsed
        .attributions
        .iter()
        .map(|a| {
            (
                a.source.as_ref().map(|m| m.text.as_str()),
                a.medium.map(|m| m.slice(text)),
                a.recipient.as_ref().map(|m| m.text.as_str()),
                a.anonymity.map(|m| m.slice(text)),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (Some("De Blasio"), Some("on WOR710"), None, None),
            (Some("Nate Cohn"), Some("in The New York Times"), None, None),
            (Some("Smith"), None, Some("Indonesian reporters"), None),
            (
                Some("Trump"),
                Some("at a rally in Wilmington, N.C."),
                None,
                None
            ),
            (Some("Clinton"), None, None, None),
            (
                Some("An Israeli official"),
                None,
                None,
                Some("on condition of anonymity")
            ),
            (Some("Volcker"), None, None, None),
            (Some("Farouk"), None, None, None),
        ]
    );
}

/// German and French quotation marks pair as their house styles use them: `„…“`, `»…«`,
/// `«…»` and `« … »`; none is left open, nor is an English quote closed by an opening mark.
#[test]
fn german_and_french_quotation_marks_pair() {
    for (text, quote) in [
        (
            "German Chancellor Friedrich Merz said: „Wir stehen an der Seite der Ukraine.“",
            "„Wir stehen an der Seite der Ukraine.“",
        ),
        (
            "Sánchez wrote on X: »Europe must act now.« He left.",
            "»Europe must act now.«",
        ),
        (
            "«We will not give in», Macron said.",
            "«We will not give in»",
        ),
        (
            "« This is a decisive moment », Macron told reporters.",
            "« This is a decisive moment »",
        ),
        (
            "“We will not give in,” Macron said.",
            "“We will not give in,”",
        ),
        // English copy with an opening mark typed for the closing one.
        (
            "“It's unusual,“ said Larry Noble, an attorney.",
            "“It's unusual,“",
        ),
    ] {
        let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
        assert!(parsed.problems.is_empty(), "{text}: {:?}", parsed.problems);
        let contents: Vec<_> = parsed
            .attributions
            .iter()
            .filter_map(|a| a.content.map(|c| c.slice(text)))
            .collect();
        assert_eq!(contents, [quote], "{text}");
    }
}

/// A call, a webcast or a hearing is where words were said: `said on a call with analysts`
/// ends the clause as `said in a statement` does; `a call for unity` is a demand.
#[test]
fn calls_and_hearings_are_media() {
    let text = "Revenue will grow 20 percent next year, Chief Financial Officer Tom Lee said on \
                a call with analysts.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.source.as_ref().map(|m| m.text.as_str()),
        Some("Chief Financial Officer Tom Lee")
    );
    assert_eq!(
        a.medium.map(|m| m.slice(text)),
        Some("on a call with analysts")
    );
    let text = "Scocozza said at a Senate antitrust committee hearing he would not object.";
    assert_source_and_content(text, "said", "Scocozza", "he would not object");
    let text = "He said in a call for unity that the party must heal.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    assert!(
        parsed.attributions.iter().all(|a| a.medium.is_none()),
        "{:?}",
        parsed.attributions
    );
}

/// A personal name after a title's description that a preposition opened is the titled
/// person's; a name after a person's noun is that person's, and a place or a body after the
/// preposition leaves the source unnamed.
#[test]
fn a_name_after_a_described_title_is_the_titled_person() {
    assert_sources(
        "said",
        &[
            (
                "Ontario's minister of financial institutions Monte Kwinter said the rules were clear.",
                "Ontario's minister of financial institutions Monte Kwinter",
                M::TitledPerson,
            ),
            (
                "White House chief of staff Howard Baker said he would stay.",
                "White House chief of staff Howard Baker",
                M::TitledPerson,
            ),
            (
                "MITI vice minister for international affairs Makoto Kuroda said talks would go on.",
                "MITI vice minister for international affairs Makoto Kuroda",
                M::TitledPerson,
            ),
            (
                "An attorney for shareholder John Paul Decker said the suit was filed.",
                "An attorney for shareholder John Paul Decker",
                M::Anonymous,
            ),
            (
                "A spokesman in New York said rates would fall.",
                "A spokesman in New York",
                M::Anonymous,
            ),
            (
                "An official of the Foreign Ministry said rates would fall.",
                "An official of the Foreign Ministry",
                M::Anonymous,
            ),
        ],
    );
}

/// A medium runs on over who carried it (`in a statement carried by state news agency RIA`,
/// `in a video posted on Telegram`) up to the content's `that`; the participle is no cue.
#[test]
fn a_medium_and_who_carried_it() {
    for (text, medium, content) in [
        (
            "The ministry said in a statement carried by state news agency RIA that air \
             defences had downed 45 drones.",
            "in a statement carried by state news agency RIA",
            "that air defences had downed 45 drones",
        ),
        (
            "Zelensky said in a video posted on Telegram that the front held.",
            "in a video posted on Telegram",
            "that the front held",
        ),
    ] {
        let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
        let got: Vec<_> = parsed
            .attributions
            .iter()
            .map(|a| {
                (
                    a.medium.map(|m| m.slice(text)),
                    a.content.map(|c| c.slice(text)),
                )
            })
            .collect();
        assert_eq!(got, [(Some(medium), Some(content))], "{text}");
    }
}

/// `S, quoted by an outlet, said …`: the outlet's report holds the speaker's words, as in `S
/// was quoted by the outlet as saying`.
#[test]
fn quoted_by_an_outlet_between_commas_is_its_report() {
    let text = "Kremlin spokesman Dmitry Peskov, quoted by Interfax, said Moscow remained open.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    let [report, words] = &parsed.attributions[..] else {
        panic!("{:?}", parsed.attributions);
    };
    assert_eq!(report.cue.slice(text), "quoted by");
    assert_eq!(
        report.source.as_ref().map(|m| m.text.as_str()),
        Some("Interfax")
    );
    assert_eq!(
        report.content.map(|c| c.slice(text)),
        Some("Kremlin spokesman Dmitry Peskov, quoted by Interfax, said Moscow remained open")
    );
    assert_eq!(words.cue.slice(text), "said");
    assert_eq!(
        words.source.as_ref().map(|m| m.text.as_str()),
        Some("Kremlin spokesman Dmitry Peskov")
    );
    assert_eq!(words.parent, Some(report.id));
    // The words before the speaker: the report covers both.
    let text = "\"We remain open,\" Dmitry Peskov, quoted by Interfax, said.";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    let report = attribution_at(text, "quoted by");
    assert_eq!(
        report.content.map(|c| c.slice(text)),
        Some("\"We remain open,\" Dmitry Peskov, quoted by Interfax"),
        "{:?}",
        parsed.attributions
    );
}

/// `S reported, citing X, that …`: the citation between commas is no part of the content; the
/// cited source's attribution holds the same content.
#[test]
fn a_citation_between_the_cue_and_its_clause() {
    for (text, cue, content) in [
        (
            "TASS reported, citing an unnamed source in the security services, that two \
             suspects had been detained.",
            "reported",
            "that two suspects had been detained",
        ),
        (
            "The paper said, citing officials, the deal was off.",
            "said",
            "the deal was off",
        ),
    ] {
        let host = attribution_at(text, cue);
        assert_eq!(host.content.map(|c| c.slice(text)), Some(content), "{text}");
        let cited = attribution_at(text, "citing");
        assert_eq!(
            cited.content.map(|c| c.slice(text)),
            Some(content),
            "{text}"
        );
        assert_eq!(cited.parent, Some(host.id), "{text}");
    }
}

/// A piece of journalism in a publication is the publication's (`a report in the Financial
/// Times`, `a 1988 profile in The New Yorker`), as a study in a journal is; a study in a place
/// is not (`a study in Sweden`), nor an official in one.
#[test]
fn a_piece_in_a_publication_is_the_publications() {
    assert_sources(
        "according to",
        &[
            (
                "The deal collapsed, according to a report in the Financial Times.",
                "a report in the Financial Times",
                M::Outlet,
            ),
            (
                "He quit, according to an interview in Der Spiegel.",
                "an interview in Der Spiegel",
                M::Outlet,
            ),
        ],
    );
    assert_sources(
        "According to",
        &[(
            "According to a 1988 profile in The New Yorker, she once kept a witness on the \
             stand for eleven hours.",
            "a 1988 profile in The New Yorker",
            M::Outlet,
        )],
    );
    assert_sources(
        "said",
        &[
            (
                "A report in The New York Times said the deal collapsed.",
                "A report in The New York Times",
                M::Outlet,
            ),
            (
                "An official in Moscow said the deal collapsed.",
                "An official in Moscow",
                M::Anonymous,
            ),
        ],
    );
    assert_sources(
        "found",
        &[
            (
                "A paper in the journal Science found that coffee helps.",
                "A paper in the journal Science",
                M::Outlet,
            ),
            (
                "A study in The Lancet found that coffee helps.",
                "A study in The Lancet",
                M::Outlet,
            ),
        ],
    );
    let a = attribution_at(
        "The habit spread, according to a study in Sweden.",
        "according to",
    );
    assert_eq!(a.source.map(|m| m.text), Some("a study".to_string()));
}

/// `Q, her daughter, Ruth Ellison-Hart, said`: the description and the name between commas
/// are one source, a named person, and the content ends before them; not when the name is
/// another's (`the husband of crash victim, Teresa Pawlik`).
#[test]
fn a_description_then_a_name_between_commas_before_the_cue() {
    for (text, source, content) in [
        (
            "The cause was complications of pneumonia, her daughter, Ruth Ellison-Hart, said.",
            "her daughter, Ruth Ellison-Hart",
            "The cause was complications of pneumonia",
        ),
        (
            "The company will appeal, a company spokesman, Daniel Ortiz, said on Tuesday.",
            "a company spokesman, Daniel Ortiz",
            "The company will appeal",
        ),
        (
            "\"California stuck out,\" Sanders's campaign manager, Jeff Weaver, said.",
            "Sanders's campaign manager, Jeff Weaver",
            "\"California stuck out,\"",
        ),
    ] {
        let a = attribution_at(text, "said");
        assert_eq!(
            a.source.as_ref().map(|m| (m.text.as_str(), m.class)),
            Some((source, M::TitledPerson)),
            "{text}"
        );
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
    let text = "He is relieved, the husband of crash victim, Teresa Pawlik, says.";
    let a = attribution_at(text, "says");
    assert_eq!(a.source.map(|m| m.text), Some("Teresa Pawlik".to_string()));
}

/// `As S put it, Q`, `Q, as S put it`, `S put it bluntly: Q`: `put it` reports words, with its
/// listeners after `to`; `put it in the bank` and `put it to a vote` report none.
#[test]
fn put_it_reports_words() {
    for (text, source, content) in [
        (
            "As one trader put it to me, \"Nobody rings a bell at the top.\"",
            "one trader",
            "\"Nobody rings a bell at the top.\"",
        ),
        (
            "But as the minister put it, the deal is dead.",
            "the minister",
            "the deal is dead",
        ),
        (
            "\"Nobody rings a bell,\" as one trader put it.",
            "one trader",
            "\"Nobody rings a bell,\"",
        ),
        (
            "Smith put it bluntly: \"The deal is dead.\"",
            "Smith",
            "\"The deal is dead.\"",
        ),
    ] {
        assert_source_and_content(text, "put it", source, content);
    }
    let a = attribution_at(
        "As one trader put it to me, \"Nobody rings a bell.\"",
        "put it",
    );
    assert_eq!(a.recipient.map(|r| r.text), Some("me".to_string()));
    assert_no_cue("He put it in the bank.", "put it");
    assert_no_cue("They put it to a vote, as the rules require.", "put it");
}

/// The listeners of `told` end where a medium or a time begins, read as the cue's adjuncts:
/// `told Reuters in an interview that`, `told CNN on Sunday that`; a place stays theirs (`told
/// delegates at the convention that`), and an adjunct that does not reach `that` is read with
/// them (`in a telephone interview from Washington`), so that the content is still found.
#[test]
fn the_listeners_end_at_a_medium_or_a_time() {
    for (text, recipient, medium) in [
        (
            "He told Reuters in an interview that rates would rise.",
            "Reuters",
            Some("in an interview"),
        ),
        ("She told CNN on Sunday that rates would rise.", "CNN", None),
        (
            "Officials told Reuters last week that the sale was opposed.",
            "Reuters",
            None,
        ),
        (
            "He told delegates at the convention that rates would rise.",
            "delegates at the convention",
            None,
        ),
        (
            "He told Reuters in a telephone interview from Washington that the moves were \
             consistent.",
            "Reuters in a telephone interview from Washington",
            None,
        ),
    ] {
        let a = attribution_at(text, "told");
        assert_eq!(
            a.recipient.map(|r| r.text),
            Some(recipient.to_string()),
            "{text}"
        );
        assert_eq!(a.medium.map(|m| m.slice(text)), medium, "{text}");
        assert!(
            a.content
                .is_some_and(|c| c.slice(text).starts_with("that ")),
            "{text}"
        );
    }
}

/// Common nouns capitalised after a name's first word are a name, no unnamed person: a paper's
/// (`Daily Nation`), a company's (`Union Camp`), a body's with a preposition in it (`the
/// Commission on Human Rights`, `the Committee to Protect Journalists`); a title alone is still
/// someone unnamed (`the Minister`).
#[test]
fn capitalised_common_nouns_name_a_body() {
    assert_sources(
        "reported",
        &[
            (
                "Daily Nation reported that the bill failed.",
                "Daily Nation",
                M::Outlet,
            ),
            (
                "The Nation reported that the bill failed.",
                "The Nation",
                M::Organization,
            ),
        ],
    );
    assert_sources(
        "said",
        &[
            (
                "Union Camp said that no borrowings will be required.",
                "Union Camp",
                M::Organization,
            ),
            (
                "The Kenya National Commission on Human Rights said that 12 people were hurt.",
                "The Kenya National Commission on Human Rights",
                M::Organization,
            ),
            (
                "The Committee to Protect Journalists said that 12 reporters were held.",
                "The Committee to Protect Journalists",
                M::Organization,
            ),
            ("He left, the Minister said.", "the Minister", M::Anonymous),
        ],
    );
}

/// A time that opens the sentence with no preposition or comma is no part of the subject:
/// `Last week the Federal Reserve chairman told`, `Earlier this month the company said`,
/// `Yesterday the minister said`, `Tuesday Smith said`; a determiner's own noun is (`This
/// report said`).
#[test]
fn an_opening_time_is_no_part_of_the_subject() {
    assert_source_texts(
        "said",
        &[
            (
                "Earlier this month the company said that sales rose.",
                "the company",
            ),
            (
                "Yesterday the minister said that sales rose.",
                "the minister",
            ),
            ("Tuesday Smith said that sales rose.", "Smith"),
            (
                "Late last month de Graaf said that the subsidy would end.",
                "de Graaf",
            ),
            ("This report said that sales rose.", "This report"),
        ],
    );
    assert_source_texts(
        "told",
        &[(
            "Last week the Federal Reserve chairman told reporters that rates would rise.",
            "the Federal Reserve chairman",
        )],
    );
}

/// A known place before a colon is a dateline's (`New Delhi: …`, as South Asian papers open a
/// story) or a headline's topic (`Kenya: Protesters clash …`), no speaker; the story after the
/// dateline is the first sentence's content. A name before a colon still speaks.
#[test]
fn a_place_before_a_colon_is_no_speaker() {
    let text = "Kenya: Protesters clash with police in Nairobi\n\nNew Delhi: The monsoon is \
                likely to set in over Kerala by June 1, the India Meteorological Department \
                said on Tuesday.\n\nMohapatra: Conditions are becoming favourable for the onset.\n";
    let parsed = whosaid_parse::parse(&whosaid_text::plain(text.to_string()));
    let colons: Vec<&str> = parsed
        .attributions
        .iter()
        .filter(|a| a.cue.slice(text) == ":")
        .filter_map(|a| a.source.as_ref().map(|m| m.text.as_str()))
        .collect();
    assert_eq!(colons, ["Mohapatra"], "{:?}", parsed.attributions);
    let said = attribution_at(text, "said");
    assert_eq!(
        said.content.map(|c| c.slice(text)),
        Some("The monsoon is likely to set in over Kerala by June 1")
    );
}

/// A country or a city speaks for its government (`Iran said`): a body; a name that is as
/// often a person's stays one (`Jordan said`).
#[test]
fn a_country_or_a_city_is_a_body() {
    assert_sources(
        "said",
        &[
            ("Iran said its forces were ready.", "Iran", M::Organization),
            (
                "The United States said its forces were ready.",
                "The United States",
                M::Organization,
            ),
            (
                "Prices rose, Washington said.",
                "Washington",
                M::Organization,
            ),
            ("Jordan said he was ready to play.", "Jordan", M::Person),
            // (A description with an article before the name: the named person, no one
            // unnamed.)
            (
                "The U.S. should stay out, said the speaker of the Iranian Parliament, Akbar \
                 Hashemi Rafsanjani.",
                "the speaker of the Iranian Parliament, Akbar Hashemi Rafsanjani",
                M::TitledPerson,
            ),
        ],
    );
}

/// A time ago or early on between the cue (or its listeners) and the content is no part of the
/// content: `told me years ago that`, `said two days ago that`, `told her early on that`; a
/// participle with a time ago and nothing after it reports nothing (`the loss of 49 cts a share
/// reported a year ago.`).
#[test]
fn a_time_ago_is_no_part_of_the_content() {
    assert_contents(&[
        (
            "He told me years ago that the law was good.",
            "told",
            "that the law was good",
        ),
        (
            "Her father told her early on that the law was good.",
            "told",
            "that the law was good",
        ),
        (
            "The State Department said two days ago Tehran had been told of U.S. concern.",
            "said",
            "Tehran had been told of U.S. concern",
        ),
    ]);
    assert_no_cue(
        "The company expects its net to be down from the loss of 49 cts a share reported a \
         year ago.",
        "reported",
    );
}

/// A group that names its members (`Others, including former Fed governor Kevin Warsh`) is as
/// checkable as they are: classed by the named part, not vague; one that names none stays
/// vague (`Several analysts, including some at Goldman`).
#[test]
fn a_group_including_a_named_member_is_the_members() {
    assert_sources(
        "warned",
        &[(
            "Others, including former Fed governor Kevin Warsh, have warned that waiting is risky.",
            "Others, including former Fed governor Kevin Warsh",
            M::TitledPerson,
        )],
    );
    assert_sources(
        "said",
        &[
            (
                "Critics, including the ACLU, said the law was unfair.",
                "Critics, including the ACLU",
                M::Organization,
            ),
            (
                "Several analysts, including some at Goldman, said rates would rise.",
                "Several analysts, including some at Goldman",
                M::Vague,
            ),
        ],
    );
}

/// A plural gloss of what was said closes the host's content, and the attribution inside it is
/// no nested one: `…, statements that public health experts say have sown confusion`.
#[test]
fn a_plural_gloss_ends_the_content() {
    let text = "Kennedy has said he supports vaccination but has also questioned vaccine safety, \
                statements that public health experts say have sown confusion.";
    let host = attribution_at(text, "said");
    assert_eq!(
        host.content.map(|c| c.slice(text)),
        Some("he supports vaccination but has also questioned vaccine safety")
    );
    let experts = attribution_at(text, "say");
    assert_eq!(experts.parent, None);
}

/// A claim that ends before its own source, after a comma, holds the attributions inside it:
/// in `Taiwan announced the easing of curbs last month, a company spokesman told Reuters`, the
/// spokesman told what Taiwan announced, and Taiwan's content ends with the claim.
#[test]
fn a_trailing_source_holds_the_claim_before_it() {
    let text = "Taiwan announced the easing of curbs last month, a company spokesman told Reuters.";
    let told = attribution_at(text, "told");
    let announced = attribution_at(text, "announced");
    assert_eq!(told.parent, None);
    assert_eq!(announced.parent, Some(told.id));
    assert_eq!(
        announced.content.map(|c| c.slice(text)),
        Some("the easing of curbs last month")
    );
    // Not for `according to`: the words before it are no claim of what follows.
    let text = "But he said SEAT was developing according to plan.";
    assert_eq!(attribution_at(text, "said").parent, None);
}

/// A people is named from a list, not by its ending: `Djokovic`, `Albanese`, `Vucic` end as
/// `Serbian`, `Japanese` or `Croatian` do, and are names; a people in the plural is a
/// government with the article and a group without it.
#[test]
fn a_surname_that_ends_like_a_people_is_a_name() {
    assert_sources(
        "said",
        &[
            ("Djokovic said he was tired.", "Djokovic", M::Person),
            (
                "Albanese said the plan was on track.",
                "Albanese",
                M::Person,
            ),
            (
                "President Vucic said the talks failed.",
                "President Vucic",
                M::TitledPerson,
            ),
            ("Latino said the trial would start.", "Latino", M::Person),
            (
                "English said the staff would allege fraud.",
                "English",
                M::Person,
            ),
            (
                "Chinese officials said the talks failed.",
                "Chinese officials",
                M::Anonymous,
            ),
            (
                "Bavarian police said the road was closed.",
                "Bavarian police",
                M::Organization,
            ),
            (
                "The Spaniard said he was tired.",
                "The Spaniard",
                M::Anonymous,
            ),
            (
                "The Soviets said the talks failed.",
                "The Soviets",
                M::Organization,
            ),
            (
                "He added that the Chinese said the talks failed.",
                "the Chinese",
                M::Organization,
            ),
            (
                "Many Mexicans said they felt betrayed.",
                "Many Mexicans",
                M::Vague,
            ),
            (
                "Most Americans said they were worried.",
                "Most Americans",
                M::Vague,
            ),
            // One word of office or people alone is a surname or a company's short name.
            ("King said the suit was settled.", "King", M::Person),
            (
                "American said the flights would resume.",
                "American",
                M::Person,
            ),
            ("Chinese said the talks failed.", "Chinese", M::Vague),
            // A group counted, or a paper described but not named, is too vague to check.
            (
                "A number of computer companies said the rule was unclear.",
                "A number of computer companies",
                M::Vague,
            ),
            (
                "An official newspaper said the talks failed.",
                "An official newspaper",
                M::Vague,
            ),
            (
                "An official said the talks failed.",
                "An official",
                M::Anonymous,
            ),
            // An office one person holds, its holder's country or body named, is no
            // anonymous source; an aide, one of many, is.
            (
                "Costa Rica's economy minister said the talks failed.",
                "Costa Rica's economy minister",
                M::Organization,
            ),
            (
                "Lyng's aide said the talks failed.",
                "Lyng's aide",
                M::Anonymous,
            ),
        ],
    );
    assert_sources(
        "showed",
        &[
            (
                "Brazilian trade ministry figures showed exports fell.",
                "Brazilian trade ministry figures",
                M::Organization,
            ),
            (
                "Official figures showed exports fell.",
                "Official figures",
                M::Vague,
            ),
        ],
    );
}

/// A party's members in the plural are the party, whatever word of office or rank comes
/// before them; a named body's researchers speak for it; researchers of no body are vague.
#[test]
fn parties_and_researchers_at_a_named_body() {
    assert_sources(
        "said",
        &[
            (
                "The opposition Greens said the plan failed.",
                "The opposition Greens",
                M::Organization,
            ),
            (
                "Britain's ruling Conservatives said the plan failed.",
                "Britain's ruling Conservatives",
                M::Organization,
            ),
            (
                "Senator Greens said the plan failed.",
                "Senator Greens",
                M::TitledPerson,
            ),
            (
                "Economists at the Ifo Institute said growth would slow.",
                "Economists at the Ifo Institute",
                M::Organization,
            ),
            (
                "Some analysts at major banks said growth would slow.",
                "Some analysts at major banks",
                M::Vague,
            ),
            (
                "Officials at the Treasury said growth would slow.",
                "Officials at the Treasury",
                M::Anonymous,
            ),
        ],
    );
}

/// A source after a quote that ends its sentence reports the whole clause the quote finishes,
/// with the attribution that clause holds; not when the words before the quote are another
/// attribution's or the same speaker's.
#[test]
fn a_source_after_a_quote_reports_the_clause_it_finishes() {
    // (The cue given is the sentence's last one of its word.)
    for (text, cue, content) in [
        (
            "Police said the man was \"known to them\", the paper reported.",
            "reported",
            "Police said the man was \"known to them\"",
        ),
        (
            "Zakharova dismissed the remarks as \"militaristic hysteria\", Russian news agencies \
             reported.",
            "reported",
            "Zakharova dismissed the remarks as \"militaristic hysteria\"",
        ),
        (
            "The stock rose after an upgrade to \"buy\" from \"accumulate,\" traders said.",
            "said",
            "The stock rose after an upgrade to \"buy\" from \"accumulate,\"",
        ),
        // The quote alone: another attribution's words before it, or its own speaker's.
        (
            "\"We won,\" he said, and \"we will win again,\" she said.",
            "said",
            "\"we will win again,\"",
        ),
        (
            "Tabuchi told a conference \"the staff has been studying it,\" he said.",
            "said",
            "\"the staff has been studying it,\"",
        ),
        (
            "Mr Redmond says the verdict means closure \"I am not of that view,\" Mr Redmond \
             said.",
            "said",
            "\"I am not of that view,\"",
        ),
    ] {
        let a = attribution_with_cue(text, cue, true);
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
    let text = "Police said the man was \"known to them\", the paper reported.";
    let (said, reported) = (
        attribution_at(text, "said"),
        attribution_at(text, "reported"),
    );
    assert_eq!(said.parent, Some(reported.id));
    // With the comma inside the closing mark too.
    let text = "He described it as \"a disaster,\" the paper reported.";
    let described = attribution_at(text, "described");
    assert_eq!(described.parent, Some(attribution_at(text, "reported").id));
    assert_eq!(
        described.content.map(|c| c.slice(text)),
        Some("it as \"a disaster,\"")
    );
}

/// Quoted words in a phrase that opens the sentence are not what the subject after them said
/// when the cue has words of its own: a clause, or a colon and a quote.
#[test]
fn a_quote_in_an_opening_phrase_is_not_the_cues_content() {
    assert_source_and_content(
        "Calling the reports a \"mischievous invention,\" Hoyte said tests had shown the \
         exports were not contaminated.",
        "said",
        "Hoyte",
        "tests had shown the exports were not contaminated",
    );
    assert_source_and_content(
        "Asked whether it depended on \"media hype,\" she replied: \"The date will be decided \
         by Downing Street.\"",
        "replied",
        "she",
        "\"The date will be decided by Downing Street.\"",
    );
    // A phrase of time or manner after the cue is no clause of its own: the quote is still
    // the content.
    assert_source_and_content(
        "The plan would be announced \"within three or four weeks,\" he said in response to \
         questions from the committee.",
        "said",
        "he",
        "\"within three or four weeks,\"",
    );
    // The listeners end the sentence: `told the ministers.`
    let text = "The imbalances \"simply are not sustainable,\" Baker told the ministers.";
    let told = attribution_at(text, "told");
    assert_eq!(
        told.recipient.map(|r| r.text),
        Some("the ministers".to_string())
    );
}

/// After a quote, a description and a name between commas are one speaker, as after a claim
/// (`"…," the witness, Robert Chen, told jurors.`); listeners named by a plural noun may end
/// the sentence (`…, Chairman Kenneth Douglas told analysts.`), the hall's noise may not.
#[test]
fn a_described_name_after_a_quote_and_listeners_ending_the_sentence() {
    let text = "\"The numbers had to look good,\" the witness, Robert Chen, told jurors.";
    let told = attribution_at(text, "told");
    assert_eq!(
        told.source.map(|s| s.text),
        Some("the witness, Robert Chen".to_string())
    );
    assert_eq!(
        told.content.map(|c| c.slice(text)),
        Some("\"The numbers had to look good,\"")
    );
    assert_eq!(told.recipient.map(|r| r.text), Some("jurors".to_string()));
    assert_source_and_content(
        "Dean Foods expects earnings to exceed those of a year ago, Chairman Kenneth Douglas \
         told analysts.",
        "told",
        "Chairman Kenneth Douglas",
        "Dean Foods expects earnings to exceed those of a year ago",
    );
    let said = attribution_at("\"There it is,\" Christie said to laughs.", "said");
    assert_eq!(said.recipient, None);
    // `the witness` is someone unnamed, as `the dealer` is: `witness` takes `es`.
    assert_sources(
        "told",
        &[(
            "\"It was late,\" the witness told jurors.",
            "the witness",
            M::Anonymous,
        )],
    );
}

/// `what S said` puts the words said before their source: a comma or a conjunction after the
/// cue opens no content; a verb after it does (`what they said was a sharp decline`).
#[test]
fn what_a_source_said_before_a_comma_is_the_content() {
    assert_contents(&[
        (
            "The report lines up with what analyst Ming-Chi Kuo wrote on X earlier this \
             month, when he claimed that mass production would begin.",
            "wrote",
            "what",
        ),
        (
            "The statement conflicted with what Melania Trump told NBC News before her \
             appearance.",
            "told",
            "what",
        ),
        (
            "The staff went on strike against what they said was a sharp decline in pay.",
            "said",
            "was a sharp decline in pay",
        ),
        (
            "That is not what he said he would do.",
            "said",
            "he would do",
        ),
    ]);
}

/// The anonymity note stops before the cue and its auxiliary: `sources close to the
/// negotiations have told ESPN` notes `close to the negotiations`.
#[test]
fn an_anonymity_note_stops_before_the_verb() {
    let text = "The club want 100m, sources close to the negotiations have told ESPN.";
    let told = attribution_at(text, "told");
    assert_eq!(
        told.anonymity.map(|a| a.slice(text)),
        Some("close to the negotiations")
    );
}

/// `, as S cue Q.` to the sentence's end is a clause of its own, as `, while` is; a
/// parenthesis (`, as he later explained,`) is not.
#[test]
fn an_as_clause_to_the_end_is_no_part_of_the_claim_before_it() {
    let text = "The Taoiseach said the Government will act, as Opposition parties accused it of \
                failing a generation.";
    let said = attribution_at(text, "said");
    assert_eq!(
        said.content.map(|c| c.slice(text)),
        Some("the Government will act")
    );
    assert_eq!(attribution_at(text, "accused").parent, None);
    let text = "He said the result, as he later explained, was an economic bubble.";
    let said = attribution_at(text, "said");
    assert_eq!(
        said.content.map(|c| c.slice(text)),
        Some("the result, as he later explained, was an economic bubble")
    );
}

/// `It is claimed that …` rests on claims nobody is named for, as `it was reported that` does.
#[test]
fn it_is_claimed_is_an_attribution_to_nobody() {
    let text = "It is claimed that the striker has agreed personal terms.";
    let a = attribution_at(text, "is claimed");
    assert_eq!(a.source, None);
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("that the striker has agreed personal terms")
    );
}

/// A trailing source with a place, a court paper or a regulator's filing after its cue keeps
/// the claim before it: `…, the company said in Paris.`, `…, the agency said in a complaint
/// filed in federal court in Houston.`; a body's name of several words runs on over `and` and
/// `of` (`in a filing with the Securities and Exchange Commission that …`).
#[test]
fn a_place_or_a_court_paper_after_a_trailing_cue() {
    for (text, source, content, medium) in [
        (
            "The firm cut 300 jobs, the company said in Paris.",
            "the company",
            "The firm cut 300 jobs",
            None,
        ),
        (
            "The officer inflated revenue by $40 million, the agency said in a complaint \
             filed in federal court in Houston.",
            "the agency",
            "The officer inflated revenue by $40 million",
            Some("in a complaint filed in federal court in Houston"),
        ),
        (
            "The company said in a filing with the Securities and Exchange Commission that \
             it cut jobs.",
            "The company",
            "that it cut jobs",
            Some("in a filing with the Securities and Exchange Commission"),
        ),
        (
            "Banks had also cut credit lines, it said in court papers.",
            "it",
            "Banks had also cut credit lines",
            Some("in court papers"),
        ),
        (
            "The law is void, Justice Kagan wrote in the majority opinion.",
            "Justice Kagan",
            "The law is void",
            Some("in the majority opinion"),
        ),
    ] {
        let a = attribution_at(
            text,
            if text.contains("wrote") {
                "wrote"
            } else {
                "said"
            },
        );
        assert_eq!(
            a.source.as_ref().map(|m| m.text.as_str()),
            Some(source),
            "{text}"
        );
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
        assert_eq!(a.medium.map(|m| m.slice(text)), medium, "{text}");
    }
    // Not a medium: a poll, a lapse, a day before the object.
    assert_source_and_content(
        "The group found in a public opinion poll that 55 pct of Americans agreed.",
        "found",
        "The group",
        "that 55 pct of Americans agreed",
    );
    let text = "Lynch announced on Monday the DOJ lawsuit against the state.";
    assert_eq!(
        attribution_at(text, "announced")
            .content
            .map(|c| c.slice(text)),
        Some("the DOJ lawsuit against the state")
    );
    let text = "Allies described it as a serious lapse in judgment.";
    assert_eq!(
        attribution_at(text, "described")
            .content
            .map(|c| c.slice(text)),
        Some("it as a serious lapse in judgment")
    );
}

/// `maintain` and `understand` report only a clause (`Texaco has maintained it cannot pay`,
/// `They understood Brazil had no other choice`); with an object they keep or grasp things
/// (`maintained its rating`, `creditors understand Brazil's position`, `understands how hard
/// that can be`). `It is understood that …` and `X is believed to …` rest on nobody named, as
/// `It is claimed that …` does.
#[test]
fn maintain_and_understand_report_clauses_only() {
    for (text, cue) in [
        (
            "The agency maintained its rating on the bonds.",
            "maintained",
        ),
        ("Japan maintains a quota on beef imports.", "maintains"),
        (
            "Light showers maintained adequate moisture for crop growth.",
            "maintained",
        ),
        (
            "Funaro said creditors understand Brazil's position.",
            "understand",
        ),
        ("Investors need to understand the risks.", "understand"),
        (
            "Rendell said he understands how hard that can be.",
            "understands",
        ),
        (
            "Voters doubt Mrs. Clinton understands their frustrations or has the ideas.",
            "understands",
        ),
    ] {
        assert_no_cue(text, cue);
    }
    for (text, cue, source, content) in [
        (
            "Texaco has maintained it cannot pay more than one billion dlrs.",
            "maintained",
            "Texaco",
            "it cannot pay more than one billion dlrs",
        ),
        (
            "He maintained progress was being made in the talks.",
            "maintained",
            "He",
            "progress was being made in the talks",
        ),
        (
            "They understood Brazil had no other choice.",
            "understood",
            "They",
            "Brazil had no other choice",
        ),
        (
            "The Straits Times understands that the bank is reviewing its services.",
            "understands",
            "The Straits Times",
            "that the bank is reviewing its services",
        ),
    ] {
        assert_source_and_content(text, cue, source, content);
    }
    for (text, cue, content) in [
        (
            "It is understood that the talks have stalled.",
            "is understood",
            "that the talks have stalled",
        ),
        (
            "The minister is believed to have resigned.",
            "is believed",
            "The minister is believed to have resigned",
        ),
        // The relative clause's subject, and its end.
        (
            "Reagan, who is believed to want an agreement, said a deal was possible.",
            "is believed",
            "who is believed to want an agreement",
        ),
        (
            "Bombers struck near Jalalabad where Osama bin Laden is believed to be hiding.",
            "is believed",
            "Osama bin Laden is believed to be hiding",
        ),
    ] {
        let a = attribution_at(text, cue);
        assert_eq!(a.source, None, "{text}");
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
}

/// A cue after a possessive is a noun (`the company's report`) unless `that` follows, which
/// no noun takes: `Moody's argued that …`; after a possessive determiner and a singular name
/// it is one too (`in its April report that`). A bare form after a singular name in `-ss`,
/// before a comma, is a compound's noun: `Reacting to the Congress charge, …`.
#[test]
fn possessive_names_and_singular_names_in_ss() {
    assert_source_and_content(
        "Moody's argued that the outlook was stable.",
        "argued",
        "Moody's",
        "that the outlook was stable",
    );
    assert_source_and_content(
        "McDonald’s warned that sales would fall.",
        "warned",
        "McDonald’s",
        "that sales would fall",
    );
    assert_no_cue("Trump’s reported net worth rose.", "reported");
    // A possessive determiner and a singular name before the noun: `its April report`.
    assert_no_cue(
        "Citibank AG said in its April report that the dollar would weaken.",
        "report",
    );
    assert_source_and_content(
        "His aides claim that he won.",
        "claim",
        "His aides",
        "that he won",
    );
    assert_no_cue(
        "Reacting to the Congress charge, BJP spokesperson Sambit Patra told reporters that \
         the Opposition was playing politics.",
        "charge",
    );
    assert_no_cue(
        "The BJP rejected the Congress charge, saying it was baseless.",
        "charge",
    );
}

/// A subject with an appositive and a relative clause speaks for each of its verbs (`Dr
/// Amelia Hart, from Cancer Research UK, which funded the work, said … but cautioned that …`:
/// hers, not the charity's), and `but` before a second cue ends the first one's content.
#[test]
fn a_second_cue_after_but_shares_the_described_subject() {
    let text = "Dr Amelia Hart, from Cancer Research UK, which funded the work, said the results \
                were promising but cautioned that the test was not ready.";
    assert_source_and_content(
        text,
        "cautioned",
        "Dr Amelia Hart, from Cancer Research UK, which funded the work",
        "that the test was not ready",
    );
    assert_eq!(
        attribution_at(text, "said").content.map(|c| c.slice(text)),
        Some("the results were promising")
    );
    let text = "He said the plan was bold but needed more money.";
    assert_eq!(
        attribution_at(text, "said").content.map(|c| c.slice(text)),
        Some("the plan was bold but needed more money")
    );
}

/// A recipient after `to` ends a trailing attribution as one after `told` does (`…, a
/// representative for the singer confirmed to People on Tuesday.`), and `asked` takes its
/// listener up to the question's `whether` (`asked a senior minister last week whether …`,
/// not `asked the CFTC to study whether …`).
#[test]
fn recipients_after_to_and_before_whether() {
    let text = "Taylor Swift and Travis Kelce are engaged, a representative for the singer \
                confirmed to People on Tuesday.";
    let a = attribution_at(text, "confirmed");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("Taylor Swift and Travis Kelce are engaged")
    );
    assert_eq!(a.recipient.map(|r| r.span.slice(text)), Some("People"));
    for (text, cue, recipient, content) in [
        (
            "I asked a senior minister last week whether the government could survive.",
            "asked",
            "a senior minister",
            "whether the government could survive",
        ),
        (
            "OMB asked the CFTC to study whether the costs could be paid with fees.",
            "asked",
            "the CFTC",
            "to study whether the costs could be paid with fees",
        ),
    ] {
        let a = attribution_at(text, cue);
        assert_eq!(
            a.recipient.map(|r| r.span.slice(text)),
            Some(recipient),
            "{text}"
        );
        assert_eq!(a.content.map(|c| c.slice(text)), Some(content), "{text}");
    }
}

/// `One said …` after a group is an attribution to one of them, as `one said` inside a
/// sentence is (not `One widely mentioned possibility is …`); a participle of the courts
/// describes the subject before it (`A former nurse accused of poisoning three patients told
/// jurors …`), which the phrase before it classifies.
#[test]
fn one_of_a_group_and_a_subject_accused_of_something() {
    assert_sources(
        "said",
        &[(
            "Dealers were cautious. One said prices would fall.",
            "One",
            M::Anonymous,
        )],
    );
    assert_no_cue(
        "A successor would seem a necessity. One widely mentioned possibility is Shultz.",
        "mentioned",
    );
    assert_sources(
        "told",
        &[(
            "A former nurse accused of poisoning three patients told jurors that she was \
             innocent.",
            "A former nurse accused of poisoning three patients",
            M::Anonymous,
        )],
    );
    assert_sources(
        "said",
        &[
            (
                "A man charged with fraud said he was innocent.",
                "A man charged with fraud",
                M::Anonymous,
            ),
            (
                "Police accused of brutality said they acted lawfully.",
                "Police accused of brutality",
                M::Organization,
            ),
        ],
    );
}

/// One person by their tie to someone named is someone unnamed, not a vague group: `his
/// lawyer`, `her husband`, `Smith's publicist`, `the lawyer`; with the name after a comma, a
/// titled person (`Elliott’s father, the Rev. Charles Elliott Jr.`).
#[test]
fn a_person_by_their_tie_to_someone_named() {
    assert_sources(
        "said",
        &[
            (
                "Hawthorne died on Wednesday, his agent said.",
                "his agent",
                M::Anonymous,
            ),
            (
                "Hawthorne died on Wednesday, her husband said.",
                "her husband",
                M::Anonymous,
            ),
            (
                "Hawthorne died on Wednesday, Smith's publicist said.",
                "Smith's publicist",
                M::Anonymous,
            ),
            (
                "Hawthorne died on Wednesday, the lawyer said.",
                "the lawyer",
                M::Anonymous,
            ),
            (
                "Elliott’s father, the Rev. Charles Elliott Jr., said he knew Ali.",
                "Elliott’s father, the Rev. Charles Elliott Jr.",
                M::TitledPerson,
            ),
            // A group stays vague.
            (
                "Hawthorne died on Wednesday, his friends said.",
                "his friends",
                M::Vague,
            ),
        ],
    );
}

/// A letters' title after a name is no body's initials: `Nicholas Johnson KC` is a person.
#[test]
fn letters_after_a_name_are_no_initials_of_a_body() {
    assert_sources(
        "said",
        &[
            (
                "The deaths were no accident, Nicholas Johnson KC said.",
                "Nicholas Johnson KC",
                M::Person,
            ),
            (
                "The deaths were no accident, Professor Jane Smith OBE said.",
                "Professor Jane Smith OBE",
                M::TitledPerson,
            ),
        ],
    );
}

/// An adverb between a passive's auxiliary and its participle keeps the passive: `The
/// unnamed official was further quoted as saying …`, `It was widely reported that …`, `The
/// January decline was originally reported as 4.0 pct` (no attribution), not a source `The
/// unnamed official was`.
#[test]
fn an_adverb_inside_a_passive() {
    assert_source_and_content(
        "The unnamed official was further quoted as saying that no meeting was foreseen.",
        "quoted as saying",
        "The unnamed official",
        "that no meeting was foreseen",
    );
    let text = "It was widely reported that the talks failed.";
    let a = attribution_at(text, "was widely reported");
    assert_eq!(a.source, None);
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("that the talks failed")
    );
    assert_no_cue(
        "The January decline was originally reported as 4.0 pct.",
        "reported",
    );
    assert_no_cue(
        "The EC is also worried because demand is falling.",
        "worried",
    );
    assert_no_cue(
        "It was the highest balance since the question was first asked in 1977.",
        "asked",
    );
}

/// A form that is as often a noun is the noun after a preposition (`In remarks before the
/// Interim Committee, Baker …`, `In comments on its report, the department said …`) and after
/// an article and a singular name (`the Tower report made public today`, `the Washington Post
/// Co`); `The Bank reports that …` is still a cue.
#[test]
fn a_noun_after_a_preposition_or_an_article_and_a_name() {
    assert_no_cue(
        "In remarks before the Interim Committee, Baker reiterated a statement.",
        "remarks",
    );
    assert_no_cue(
        "In comments on its Export Sales Report, the department said sales rose.",
        "comments",
    );
    assert_no_cue(
        "Analyst Stephen Hess commented on the Tower report made public today.",
        "report",
    );
    assert_no_cue(
        "Cablevision agreed to buy interests from the Washington Post Co.",
        "Post",
    );
    assert_source_and_content(
        "The Bank reports that output rose.",
        "reports",
        "The Bank",
        "that output rose",
    );
}

/// A relative pronoun inside the phrase before the cue, with no verb after it: the cue is the
/// relative clause's, its subject the words after the pronoun (`a five pct impact which the
/// company blamed on currency movements`, `items on which Washington asked`). A clause with
/// its own verb keeps the whole phrase (`Eight of the 12 states in which the department
/// collects data reported …`).
#[test]
fn the_subject_of_a_relative_clause_is_the_cues() {
    assert_source_texts(
        "blamed",
        &[(
            "Sales fell due to a five pct negative impact which the company blamed on \
             currency movements.",
            "the company",
        )],
    );
    assert_source_texts(
        "said",
        &[
            (
                "The plant, which company sources said was worth one billion marks, closed.",
                "company sources",
            ),
            (
                "It cited the debate in which Republicans said they were kept in the dark.",
                "Republicans",
            ),
        ],
    );
    assert_source_texts(
        "say",
        &[(
            "A sporty model which German media reports say was designed for the young sold \
             well.",
            "German media reports",
        )],
    );
    assert_source_texts(
        "reported",
        &[(
            "Eight of the 12 states in which the department collects data reported low \
             snowpack.",
            "Eight of the 12 states in which the department collects data",
        )],
    );
}

/// `this`, `last`, `next` alone after the cue are the content's first word, not a time: `said
/// this was a mistake`, `said this year's forecast was gloomy` (not `was a mistake`), `said
/// last year's deficit …`; with their noun or a month they are a time (`said this week
/// that`, `agreed last October that`). `said this to reporters` reports nothing.
#[test]
fn this_or_last_opening_the_content() {
    for (text, content) in [
        ("He said this was a mistake.", "this was a mistake"),
        (
            "Bankers said this serious shortfall has led to delays.",
            "this serious shortfall has led to delays",
        ),
        (
            "The company said this followed its evaluation.",
            "this followed its evaluation",
        ),
        (
            "Economists said this week's forecast painted a gloomy picture.",
            "this week's forecast painted a gloomy picture",
        ),
        (
            "Boesze said last year's deficit was financed by credits.",
            "last year's deficit was financed by credits",
        ),
        (
            "He said this week that sales would rise.",
            "that sales would rise",
        ),
        ("He said this year sales would rise.", "sales would rise"),
    ] {
        assert_eq!(
            attribution_at(text, "said").content.map(|c| c.slice(text)),
            Some(content),
            "{text}"
        );
    }
    assert_no_cue("He said this to reporters.", "said");
}

/// `who asked that he not be identified` is the source's anonymity note, not an attribution;
/// a listener's name runs over its small words between capitals (`the General Agreement on
/// Tariffs and Trade`); wire copy's capitalised auxiliary after `U.S.` is no name's word.
#[test]
fn notes_listeners_and_wire_capitals() {
    let text = "\"It puts more focus on the restructuring,\" said an oil analyst who asked \
                that he not be identified.";
    assert_no_cue(text, "asked");
    assert_eq!(
        attribution_at(text, "said")
            .anonymity
            .map(|a| a.slice(text)),
        Some("not be identified")
    );
    let text = "The U.S. Has also asked the General Agreement on Tariffs and Trade to \
                investigate the controls.";
    let a = attribution_at(text, "asked");
    assert_eq!(a.source.as_ref().map(|m| m.text.as_str()), Some("The U.S."));
    assert_eq!(
        a.recipient.map(|r| r.span.slice(text)),
        Some("the General Agreement on Tariffs and Trade")
    );
}

/// Adjuncts between dashes after the cue, before `that`, are passed over (the medium among
/// them is the cue's): `Manafort said — on Twitter, as it happens — that Trump raised …`; a
/// listener's initials in parentheses are the listener's (`told the Associated Press (AP),
/// “…”`).
#[test]
fn adjuncts_between_dashes_and_a_listeners_initials() {
    let text = "His campaign chairman Paul Manafort said — on Twitter, as it happens — that \
                Trump raised about $4 million.";
    let a = attribution_at(text, "said");
    assert_eq!(
        a.content.map(|c| c.slice(text)),
        Some("that Trump raised about $4 million")
    );
    assert_eq!(a.medium.map(|m| m.slice(text)), Some("on Twitter"));
    let text = "However, as Archbishop Aris Shirvanian told the Associated Press (AP), “We \
                are brothers.”";
    let a = attribution_at(text, "told");
    assert_eq!(
        a.recipient.map(|r| r.span.slice(text)),
        Some("the Associated Press (AP)")
    );
    assert_eq!(a.content.map(|c| c.slice(text)), Some("“We are brothers.”"));
}

/// One capitalised word that is also a source noun, alone and in the singular, is a surname
/// or a company's short name (`For 1987, Page said …`), not a vague source; a count of years
/// ends an opening phrase with no comma (`Following lower crops in the past two years
/// analysts said …`).
#[test]
fn a_surname_that_is_a_source_noun_and_a_count_of_years_before_the_subject() {
    assert_sources(
        "said",
        &[
            (
                "For 1987, Page said E.F. Hutton sees inflation holding.",
                "Page",
                M::Person,
            ),
            ("Officials said the talks failed.", "Officials", M::Vague),
            (
                "Following lower sugar crops in the past two years analysts said Turkey \
                 needs sugar.",
                "analysts",
                M::Vague,
            ),
        ],
    );
}
