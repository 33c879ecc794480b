//! Names: the personal name inside a titled mention, normalised keys, surnames, head nouns.

/// Words that are titles, honorifics or place adjectives before a name, never part of it.
fn is_title_word(w: &str) -> bool {
    let lower = w.trim_end_matches('.').to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "u.s"
            | "us"
            | "u.k"
            | "uk"
            | "eu"
            | "un"
            | "president"
            | "vice"
            | "prime"
            | "minister"
            | "secretary"
            | "state"
            | "foreign"
            | "defense"
            | "defence"
            | "general"
            | "gen"
            | "lt"
            | "lieutenant"
            | "col"
            | "colonel"
            | "maj"
            | "major"
            | "capt"
            | "captain"
            | "adm"
            | "admiral"
            | "sen"
            | "senator"
            | "rep"
            | "representative"
            | "gov"
            | "governor"
            | "mayor"
            | "ambassador"
            | "envoy"
            | "special"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "chancellor"
            | "premier"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "director"
            | "ceo"
            | "judge"
            | "justice"
            | "king"
            | "queen"
            | "pope"
            | "prince"
            | "princess"
            | "dr"
            | "prof"
            | "professor"
            | "mr"
            | "mrs"
            | "ms"
            | "mx"
            | "speaker"
            | "leader"
            | "commissioner"
            | "attorney"
            | "chief"
            | "head"
            | "deputy"
            | "former"
            | "retired"
            | "acting"
            | "senior"
            | "national"
            | "security"
            | "adviser"
            | "advisor"
            | "press"
            | "white"
            | "house"
            | "russian"
            | "ukrainian"
            | "american"
            | "british"
            | "french"
            | "german"
            | "chinese"
            | "european"
            | "israeli"
            | "turkish"
            | "the"
            | "of"
            | "for"
            | "and"
            | "to"
            | "presidential"
            | "candidate"
            | "nominee"
            | "kremlin"
            | "treasury"
            | "interior"
            | "finance"
            | "economy"
            | "trade"
            | "agent"
            | "officer"
            | "sheikh"
            | "emir"
            | "crown"
            | "supreme"
            | "commander"
            | "in"
            | "army"
            | "navy"
    )
}

/// The personal name in a person mention: the appositive is dropped (`Marco Rubio, the
/// secretary of state` -> `Marco Rubio`), then titles before the name (`U.S. Secretary of State
/// Marco Rubio` -> `Marco Rubio`, `Mr. Rubio` -> `Rubio`). A possessive before the name goes
/// too (`the Bureau's Claire Richards` -> `Claire Richards`).
pub(crate) fn name_part(text: &str) -> String {
    let text = text.split(',').next().unwrap_or(text).trim();
    let text = match text.rfind("'s ").or_else(|| text.rfind("’s ")) {
        Some(i) => &text[i + 3..],
        None => text,
    };
    // `Chris Callies of Dean Witter`: a name before `of` is the person, the rest their employer;
    // `Chancellor of the Exchequer Nigel Lawson` has only titles before `of`.
    let cut = [" of ", " at "].iter().filter_map(|p| text.find(p)).min();
    let text = match cut {
        Some(i) if looks_like_person(&text[..i]) => &text[..i],
        _ => text,
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    // The name is the run of capitalised words at the end that are not titles.
    let mut start = words.len();
    while start > 0 {
        let w = words[start - 1];
        let capitalised = w.chars().next().is_some_and(char::is_uppercase);
        // Particles inside a name: `Rimmer de Vries`, `Ursula von der Leyen`.
        let particle = start < words.len() && start >= 2 && is_particle(w);
        if particle {
            start -= 1;
            continue;
        }
        if !capitalised || is_title_word(w) && start < words.len() {
            break;
        }
        start -= 1;
    }
    // Lowercase particles inside names (`van`, `de`, `bin`) stay.
    if start == words.len() {
        return text.to_owned();
    }
    // `Southern Defense Forces Vladyslav Voloshyn`: words of a body before the name go.
    while words.len() - start > 2 && is_body_word(words[start]) {
        start += 1;
    }
    // After `the` or `of` the run opens with the institution's last word: `of the Exchequer
    // Nigel Lawson`. A personal name keeps at least two words.
    if start > 0 && matches!(words[start - 1], "the" | "of") && words.len() - start > 2 {
        start += 1;
    }
    words[start..].join(" ")
}

/// Words that name bodies, never people: `Forces`, `Administration`, `Fund`.
fn is_body_word(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().trim_end_matches('.'),
        "bureau"
            | "confederation"
            | "fund"
            | "bank"
            | "ministry"
            | "department"
            | "office"
            | "agency"
            | "association"
            | "institute"
            | "council"
            | "committee"
            | "union"
            | "corp"
            | "inc"
            | "co"
            | "ltd"
            | "group"
            | "service"
            | "commission"
            | "federation"
            | "organization"
            | "organisation"
            | "university"
            | "party"
            | "forces"
            | "force"
            | "administration"
            | "staff"
            | "headquarters"
            | "command"
            | "directorate"
            | "authority"
            | "board"
            | "centre"
            | "center"
    )
}

/// True when `text` ends in what looks like the name of the speaker: capitalised words after
/// any titles, none of them a title or the word of a body (`Chris Callies`, `Philips`, not
/// `Confederation` or `FTC Bureau`).
fn looks_like_person(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let name: Vec<&&str> = words
        .iter()
        .rev()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_title_word(w))
        .collect();
    !name.is_empty() && !name.iter().any(|w| is_body_word(w))
}

/// A key for comparing names: lowercase, dots of initials and white space runs removed,
/// apostrophes unified, a leading `the` dropped.
pub(crate) fn normalise(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        let word = word.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '"'));
        if out.is_empty() && word.eq_ignore_ascii_case("the") {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '.' => {}
                '’' | '‘' | '`' => out.push('\''),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
    out
}

/// The last word of a name of two words or more.
pub(crate) fn surname(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    (words.len() >= 2).then(|| words[words.len() - 1].to_owned())
}

/// The last `Mr./Mrs./Ms./Dr. Name` in `text`, with its byte offset (of the honorific).
pub(crate) fn last_honorific_name(text: &str) -> Option<(usize, String)> {
    let mut best = None;
    for honorific in ["Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Dr "] {
        if let Some(i) = text.rfind(honorific) {
            let rest = &text[i + honorific.len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
                .collect();
            if name.chars().next().is_some_and(char::is_uppercase)
                && best.as_ref().is_none_or(|(b, _)| i > *b)
            {
                best = Some((i, format!("{}{name}", honorific)));
            }
        }
    }
    best
}

/// The last company or institution named in `text` by its legal or institutional form
/// (`Texaco Inc`, `Morgan Guaranty Trust Co of New York`, `the Bank of Japan`, `British
/// Petroleum Co Plc`): the run of capitalised words (with `of`, `and`, `&` inside) that ends
/// in such a word. Returns its byte offset and text. One pass over `text`.
pub(crate) fn last_body_name(text: &str) -> Option<(usize, String)> {
    const FORMS: &[&str] = &[
        "Inc",
        "Inc.",
        "Corp",
        "Corp.",
        "Co",
        "Co.",
        "Ltd",
        "Ltd.",
        "Plc",
        "PLC",
        "AG",
        "SA",
        "NV",
        "N.V.",
        "Group",
        "Bank",
        "Corporation",
        "Company",
        "Ministry",
        "Agency",
        "Commission",
        "Department",
        "Organisation",
        "Organization",
        "Association",
        "Council",
        "Board",
        "Authority",
        "Institute",
        "Fund",
        "Exchange",
        "Federation",
        "Union",
    ];
    let mut best: Option<(usize, usize)> = None;
    // The current run of capitalised words: its start, and whether it holds a form word and
    // has gone on into its `of` phrase (`Bank of Japan`).
    let mut run: Option<usize> = None;
    let mut form = false;
    let mut of_phrase = false;
    let mut offset = 0;
    for piece in text.split_inclusive(|c: char| c.is_whitespace()) {
        let word_start = offset;
        offset += piece.len();
        let word = piece.trim_end();
        let bare = word.trim_end_matches([',', '.', ';', ':', ')', '\'', '"', '’', '”']);
        let bare = if word.ends_with('.') && FORMS.contains(&word) {
            word
        } else {
            bare
        };
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
        let joiner = matches!(bare, "of" | "and" | "&" | "for" | "de") && run.is_some();
        if capitalised || joiner {
            let start = *run.get_or_insert(word_start);
            let end = word_start + bare.len();
            if capitalised && FORMS.contains(&bare) {
                form = true;
                of_phrase = false;
                best = Some((start, end));
            } else if form && bare == "of" {
                of_phrase = true;
            } else if of_phrase && capitalised {
                best = Some((start, end));
            }
        }
        // Punctuation after the word, or a lowercase word, ends the run.
        if !(capitalised || joiner) || bare.len() != word.len() {
            run = None;
            form = false;
            of_phrase = false;
        }
    }
    let (start, end) = best?;
    let mut name = text[start..end]
        .trim_start_matches("The ")
        .trim_start_matches("the ");
    // `Shares of British Petroleum Co Plc` (a capitalised word opening the sentence): the body
    // is after `of` when nothing before it is a form (`Bank of Tokyo Ltd` stays whole).
    if let Some(i) = name.find(" of ") {
        let (before, after) = (&name[..i], &name[i + 4..]);
        let form_before = before.split_whitespace().any(|w| FORMS.contains(&w));
        let form_after = after.split_whitespace().any(|w| FORMS.contains(&w));
        if !form_before && form_after && after.split_whitespace().count() >= 2 {
            name = after;
        }
    }
    // A single form word alone (`Bank`, `the Ministry`) names nothing.
    (name.split_whitespace().count() >= 2).then(|| (end - name.len(), name.to_owned()))
}

#[cfg(test)]
mod body_tests {
    use super::last_body_name;

    #[test]
    fn bodies_by_their_form() {
        let name = |t: &str| last_body_name(t).map(|(_, n)| n);
        assert_eq!(
            name("Texaco Inc reported a loss."),
            Some("Texaco Inc".into())
        );
        assert_eq!(
            name("Shares of British Petroleum Co Plc rose."),
            Some("British Petroleum Co Plc".into())
        );
        assert_eq!(
            name("The Bank of Japan bought dollars."),
            Some("Bank of Japan".into())
        );
        assert_eq!(
            name("Bank of Tokyo Ltd shares fell."),
            Some("Bank of Tokyo Ltd".into())
        );
        assert_eq!(
            name("Texaco Inc sold it to Morgan Guaranty Trust Co of New York, the arranger."),
            Some("Morgan Guaranty Trust Co of New York".into())
        );
        assert_eq!(name("The Ministry said so."), None);
        assert_eq!(name("prices rose in London and Paris."), None);
        // Where it is: the offset of its text.
        let text = "x The Bank of Japan y";
        let (at, n) = last_body_name(text).unwrap_or_default();
        assert_eq!(&text[at..at + n.len()], "Bank of Japan");
    }
}

/// True for a surname with its particles only: `de Clercq`, `van der Berg`.
pub(crate) fn is_particle_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 2 && words[..words.len() - 1].iter().all(|w| is_particle(w))
}

/// Lowercase particles inside surnames: `de`, `van`, `bin`.
fn is_particle(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "de" | "van"
            | "von"
            | "der"
            | "den"
            | "bin"
            | "al"
            | "da"
            | "di"
            | "du"
            | "le"
            | "la"
            | "del"
            | "dos"
    )
}

/// Nouns of single unnamed people, whom `he` or `she` can refer back to.
pub(crate) fn is_person_noun(noun: &str) -> bool {
    matches!(
        noun,
        "official"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "source"
            | "diplomat"
            | "aide"
            | "adviser"
            | "advisor"
            | "executive"
            | "analyst"
            | "economist"
            | "trader"
            | "minister"
            | "secretary"
            | "director"
            | "person"
            | "employee"
            | "staffer"
            | "manager"
            | "lawyer"
            | "dealer"
            | "banker"
            | "salesman"
            | "president"
            | "chairman"
            | "chief"
            | "officer"
            | "representative"
            | "member"
            | "lawmaker"
            | "strategist"
            | "operative"
            | "insider"
            | "negotiator"
            | "envoy"
            | "ambassador"
            | "commander"
    )
}

/// The head noun of an unnamed source (`an official familiar with the talks` -> `official`):
/// the last word before a modifier, lowercased and made singular.
pub(crate) fn head_noun(text: &str) -> Option<String> {
    let mut head = None;
    for w in text.split_whitespace() {
        let lower = w.to_ascii_lowercase();
        if matches!(
            lower.as_str(),
            "familiar"
                | "close"
                | "who"
                | "which"
                | "with"
                | "of"
                | "from"
                | "at"
                | "in"
                | "for"
                | "on"
                | "briefed"
                | "knowledgeable"
                | "speaking"
                | "involved"
                | "that"
        ) {
            break;
        }
        head = Some(lower);
    }
    head.map(|h| {
        h.trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_owned()
    })
    .map(|h| h.strip_suffix('s').map(str::to_owned).unwrap_or(h))
}

/// The full name the document gives for `surname`: every whole-word occurrence of the surname
/// in `prose` is read with the capitalised words just before it (`Secretary of State Marco
/// Rubio` gives `Marco Rubio`); the name is returned when all occurrences that carry a first
/// name agree (`Bill Clinton` and `Hillary Clinton` give none). One pass of a substring search
/// over the text.
pub(crate) fn full_name_of(prose: &str, surname: &str) -> Option<String> {
    if surname.is_empty() {
        return None;
    }
    let bytes = prose.as_bytes();
    let mut found: Option<String> = None;
    let mut from = 0;
    while let Some(i) = prose[from..].find(surname) {
        let at = from + i;
        from = at + surname.len();
        let before_ok = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        let after_ok = bytes.get(from).is_none_or(|b| !b.is_ascii_alphanumeric());
        if !(before_ok && after_ok) {
            continue;
        }
        // `Baker Hughes Inc`, `Hughes Tool`: a capitalised word after it makes it part of
        // another name.
        let next_word = prose[from..].trim_start_matches(' ');
        if prose[from..].starts_with(' ')
            && next_word.chars().next().is_some_and(char::is_uppercase)
        {
            continue;
        }
        // Up to three capitalised words right before it, titles excluded.
        let head = &prose[..at];
        let mut first: Vec<&str> = Vec::new();
        for w in head.split(' ').rev().skip(1).take(3) {
            let capitalised = w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .skip(1)
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''));
            // A word that ends a sentence or clause is not part of the name (`Monday. Rubio`);
            // an initial is (`J. Rubio`).
            let ends_clause =
                w.ends_with([',', ';', ':', '!', '?']) || w.ends_with('.') && w.chars().count() > 2;
            if !capitalised || ends_clause || is_title_word(w) || is_common_opener(w) {
                break;
            }
            first.push(w);
        }
        if first.is_empty() || !head.ends_with(' ') {
            continue;
        }
        first.reverse();
        let full = format!("{} {surname}", first.join(" "));
        match &found {
            None => found = Some(full),
            Some(f) if normalise(f) == normalise(&full) => {}
            Some(_) => return None,
        }
    }
    found
}

/// Capitalised words that often open a sentence and are no names.
fn is_common_opener(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "But"
            | "And"
            | "He"
            | "She"
            | "It"
            | "They"
            | "This"
            | "That"
            | "Both"
            | "When"
            | "After"
            | "Before"
            | "According"
            | "Details"
            | "Context"
            | "Recall"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_parts() {
        let cases = [
            ("U.S. Secretary of State Marco Rubio", "Marco Rubio"),
            ("U.S. Vice President Wence", "Wence"),
            ("Mr. Rubio", "Rubio"),
            ("Marco Rubio, the secretary of state", "Marco Rubio"),
            ("Special Envoy Steve Witkoff", "Steve Witkoff"),
            ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
            (
                "the Bureau of Meteorology's Claire Richards",
                "Claire Richards",
            ),
            ("Trump", "Trump"),
            ("Chris Callies of Dean Witter", "Chris Callies"),
            (
                "U.K. Chancellor of the Exchequer Nigel Lawson",
                "Nigel Lawson",
            ),
            ("Rimmer de Vries", "Rimmer de Vries"),
            ("analyst Charles Jensen of MKI Securities", "Charles Jensen"),
        ];
        for (text, want) in cases {
            assert_eq!(name_part(text), want, "{text}");
        }
    }

    #[test]
    fn keys() {
        assert_eq!(normalise("J.D. Vance"), normalise("JD  Vance"));
        assert_eq!(normalise("The Washington Post"), "washington post");
        assert_eq!(normalise("Kyiv’s"), "kyiv's");
        assert_eq!(surname("Marco Rubio").as_deref(), Some("Rubio"));
        assert_eq!(surname("Rubio"), None);
        assert_eq!(
            head_noun("an official familiar with the situation").as_deref(),
            Some("official")
        );
        assert_eq!(head_noun("the officials").as_deref(), Some("official"));
    }
}
