//! A wire story's dateline: `KYIV, Nov 27 (Reuters) - …`, `WASHINGTON (AP) — …`, `DETROIT — …`.

/// True when `word` is a month's or a weekday's name, capitalised and in full (`March`,
/// `Tuesday`): a date's word, not a name's.
pub fn is_month_or_weekday(word: &str) -> bool {
    matches!(
        word,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
    )
}

/// True for a month's short name as datelines and dates write it, capitalised: `Nov`, `Sept`
/// (not `May`, written in full).
pub fn is_month_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

/// A dateline at the start of a paragraph: the outlet named in its parentheses, if any, and
/// where the story proper starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    /// The outlet's name, as bytes of the paragraph (`Reuters` in `KYIV (Reuters) -`); `None`
    /// for a place alone (`DETROIT — …`).
    pub outlet: Option<(usize, usize)>,
    /// The first byte after the dash and the spaces that follow it.
    pub body: usize,
}

/// The dateline that opens `paragraph`, if any: a place and a date of capitalised words,
/// digits and punctuation (or nothing: `(CNN) —`), then an outlet's name of one to four
/// capitalised words in parentheses, then a dash (`-`, `--`, `–`, `—`); or a place in capitals
/// alone, then a dash (`DETROIT — …`). Reads at most the first 80 bytes; a place or name with a
/// lowercase word (`Prices (in dollars) -`) is none.
///
/// ```
/// use whosaid_core::dateline;
///
/// let text = "KYIV, Nov 27 (Reuters) - Ukraine said talks stalled.";
/// let d = dateline(text).unwrap();
/// let (a, b) = d.outlet.unwrap();
/// assert_eq!(&text[a..b], "Reuters");
/// assert_eq!(&text[d.body..], "Ukraine said talks stalled.");
/// assert_eq!(dateline("DETROIT — A man was charged.").unwrap().outlet, None);
/// assert!(dateline("Prices (in dollars) - rose.").is_none());
/// ```
pub fn dateline(paragraph: &str) -> Option<Dateline> {
    // This is asked of the first paragraphs of every document, nearly none of which has one:
    // a closing parenthesis in the first 80 bytes, found by a vectorised search, rules out
    // most of them; a place alone opens with two capitals.
    let bytes = paragraph.as_bytes();
    let head = &bytes[..bytes.len().min(80)];
    let Some(close) = memchr::memchr(b')', head) else {
        return place_dateline(paragraph).or_else(|| colon_dateline(paragraph));
    };
    let open = memchr::memrchr(b'(', &head[..close])?;
    let place = &paragraph[..open];
    let name = &paragraph[open + 1..close];
    // Every word of the place and date opens with a capital or a digit (`Nov 27`, `Jan. 5`).
    let place_ok = place.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| matches!(c, ',' | '.'));
        w.is_empty()
            || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | '-' | '/'))
    });
    let words = name.split_whitespace().count();
    // A party, with its state or alone, after a name is none (`Sen. Bernie Sanders (I-Vt.) -
    // …`, `Sen. Joe Manchin (D) — …`): an outlet's name has two characters at least.
    let party = matches!(name.trim().as_bytes(), [b'R' | b'D' | b'I', b'-', ..] | [_]);
    // (The German agency writes its name in lowercase: `Berlin (dpa) - …`.)
    let name_ok = (1..=4).contains(&words)
        && !party
        && name.split_whitespace().all(|w| {
            (w.starts_with(|c: char| c.is_uppercase()) || w == "dpa" || w.starts_with("dpa-"))
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '&' | '-'))
        });
    if !place_ok || !name_ok {
        return None;
    }
    let after = &paragraph[close + 1..];
    let rest = after.trim_start_matches([' ', '\u{a0}']);
    // A colon in a dash's place after a known place: `New Delhi, Nov 28 (PTI): …`.
    let colon = rest.starts_with(':') && place_of(place).is_some_and(crate::is_place_name);
    // Nothing between them, the Indian wires' way, after a known place and a date, the
    // agency an acronym: `New Delhi, Nov 28 (PTI) The Congress …`.
    let bare = || {
        rest.starts_with(|c: char| c.is_uppercase())
            && (2..=6).contains(&name.trim().len())
            && name.trim().bytes().all(|b| b.is_ascii_uppercase())
            && place.split_once(',').is_some_and(|(city, date)| {
                crate::is_place_name(city.trim())
                    && date.split_whitespace().any(|w| {
                        is_month_or_weekday(w.trim_end_matches('.'))
                            || is_month_abbreviation(w.trim_end_matches('.'))
                    })
                    && date.bytes().any(|b| b.is_ascii_digit())
            })
    };
    let dash = ["--", "-", "–", "—"]
        .into_iter()
        .find(|d| rest.starts_with(d))
        .or(colon.then_some(":"))
        .or(bare().then_some(""))?;
    let body_rest = rest[dash.len()..].trim_start();
    let body = paragraph.len() - body_rest.len();
    let name_start = open + 1 + (name.len() - name.trim_start().len());
    Some(Dateline {
        outlet: Some((name_start, name_start + name.trim().len())),
        body,
    })
}

/// A dateline of a place alone, in capitals, then a dash: `DETROIT — …`, `DES MOINES - …`,
/// `KYIV, Ukraine — …`, `SACRAMENTO, Calif., Nov. 3 -- …`. The place's first words are all
/// capitals (two letters at least, one word of three), what follows its comma capitalised
/// words and digits; the dash stands between spaces, within the first 60 bytes.
fn place_dateline(paragraph: &str) -> Option<Dateline> {
    let bytes = paragraph.as_bytes();
    if !(bytes.len() > 2 && bytes[0].is_ascii_uppercase() && bytes[1].is_ascii_uppercase()) {
        return None;
    }
    // (A character may straddle the 60th byte.)
    let mut end = paragraph.len().min(60);
    while !paragraph.is_char_boundary(end) {
        end -= 1;
    }
    let head = &paragraph[..end];
    // The first dash between spaces, found from its first byte by a vectorised search (this
    // is asked of every capitals headline): `-`, `--`, or `—` and `–`, whose first byte is
    // 0xE2, a character's first byte.
    let hb = head.as_bytes();
    let mut from = 0;
    let (dash_at, dash_len) = loop {
        let k = from + memchr::memchr2(b'-', 0xE2, &hb[from..])?;
        let len = if hb[k] == b'-' {
            if hb.get(k + 1) == Some(&b'-') {
                2
            } else {
                1
            }
        } else if head[k..].starts_with(['—', '–']) {
            3
        } else {
            from = k + 1;
            continue;
        };
        if k > 0 && hb[k - 1] == b' ' && hb.get(k + len) == Some(&b' ') {
            break (k - 1, len);
        }
        from = k + len;
    };
    let place = &paragraph[..dash_at];
    let (city, rest) = place.split_once(',').unwrap_or((place, ""));
    // A place of three words at most, no headline in capitals (`POEHL SAYS FURTHER RATE CUT
    // POSSIBLE - SOURCES`).
    let city_ok = city.split(' ').count() <= 3
        && !city.split(' ').any(|w| {
            matches!(
                w,
                "SAYS"
                    | "SAY"
                    | "SAID"
                    | "SEES"
                    | "URGES"
                    | "URGE"
                    | "TO"
                    | "OF"
                    | "IN"
                    | "ON"
                    | "FOR"
                    | "AND"
                    | "THE"
                    | "A"
                    | "IS"
                    | "ARE"
            )
        })
        && city.split(' ').all(|w| {
            w.len() >= 2
                && w.bytes()
                    .all(|b| b.is_ascii_uppercase() || matches!(b, b'.' | b'\'' | b'-'))
        })
        && city
            .split(' ')
            .any(|w| w.bytes().filter(u8::is_ascii_uppercase).count() >= 3);
    let rest_ok = rest.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
        w.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
            && w.chars().all(|c| c.is_alphanumeric() || c == '.')
    });
    if !(city_ok && rest_ok) {
        return None;
    }
    let body_rest = paragraph[dash_at + 1 + dash_len..].trim_start();
    Some(Dateline {
        outlet: None,
        body: paragraph.len() - body_rest.len(),
    })
}

/// The place of a dateline's place and date, before its first comma, trimmed: `New Delhi` of
/// `New Delhi, Nov 28 `.
fn place_of(label: &str) -> Option<&str> {
    let place = label.split(',').next()?.trim();
    (!place.is_empty()).then_some(place)
}

/// A dateline of a known place ([`crate::is_place_name`]), its date after a comma if any, then
/// a colon, as South Asian, African and Gulf papers write it: `New Delhi: …`, `ISLAMABAD: …`,
/// `Mumbai, Nov 28: …`. A speaker's label has the same shape (`Mohapatra: …`): only a place
/// known by name makes it a dateline. The colon stands within the first 48 bytes, and a
/// capital, a digit or a quotation mark opens the story after it.
fn colon_dateline(paragraph: &str) -> Option<Dateline> {
    let head = &paragraph.as_bytes()[..paragraph.len().min(48)];
    let colon = memchr::memchr(b':', head)?;
    let label = &paragraph[..colon];
    let place = place_of(label)?;
    let date_ok = label[label.find(',').unwrap_or(label.len())..]
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .all(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
                && w.chars().all(|c| c.is_alphanumeric() || c == '.')
        });
    let body_rest = paragraph[colon + 1..].trim_start();
    let opens = body_rest
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '\''));
    // A story's paragraph ends as a sentence does; a headline does not (`Kenya: Protesters
    // clash with police`, whose story's dateline may come next).
    let sentence = paragraph
        .trim_end()
        .ends_with(['.', '!', '?', '"', '”', '\'', '’', ')']);
    (date_ok
        && opens
        && sentence
        && body_rest.len() < paragraph.len() - colon - 1
        && crate::is_place_name(place))
    .then(|| Dateline {
        outlet: None,
        body: paragraph.len() - body_rest.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_with_a_colon_after_a_known_place() {
        for (text, outlet, body) in [
            (
                "New Delhi: The monsoon is late.",
                None,
                "The monsoon is late.",
            ),
            ("ISLAMABAD: Talks began.", None, "Talks began."),
            ("Mumbai, Nov 28: Shares fell.", None, "Shares fell."),
            (
                "New Delhi, Nov 28 (PTI): The monsoon is late.",
                Some("PTI"),
                "The monsoon is late.",
            ),
        ] {
            let d = dateline(text).unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!(d.outlet.map(|(a, b)| &text[a..b]), outlet, "{text:?}");
            assert_eq!(&text[d.body..], body, "{text:?}");
        }
        // A speaker's label, a time, a place the list does not know: none.
        for text in [
            "Mohapatra: Conditions are becoming favourable.",
            "Smith (Reuters): Shares fell.",
            "At 10:30 the market opened.",
            "Springfield: The mayor resigned.",
            "Kenya: Protesters clash with police in Nairobi",
        ] {
            assert_eq!(dateline(text), None, "{text:?}");
        }
    }

    #[test]
    fn datelines_of_the_wires() {
        for (text, outlet, body) in [
            (
                "KYIV, Nov 27 (Reuters) - Ukraine said.",
                "Reuters",
                "Ukraine said.",
            ),
            (
                "WASHINGTON (AP) — The Senate voted.",
                "AP",
                "The Senate voted.",
            ),
            (
                "LONDON, Jan. 5 (Reuters) -- Shares fell.",
                "Reuters",
                "Shares fell.",
            ),
            ("(CNN) – The Senate voted.", "CNN", "The Senate voted."),
            ("PARIS, 3 March (AFP) - Talks began.", "AFP", "Talks began."),
            (
                "NEW YORK (Dow Jones Newswires) - Stocks rose.",
                "Dow Jones Newswires",
                "Stocks rose.",
            ),
            (
                "Berlin (dpa) - Merz rejected the calls.",
                "dpa",
                "Merz rejected the calls.",
            ),
            (
                "New Delhi, Nov 28 (PTI) The Congress on Friday said.",
                "PTI",
                "The Congress on Friday said.",
            ),
            ("Mumbai, Nov. 3 (IANS) Shares fell.", "IANS", "Shares fell."),
        ] {
            let d = dateline(text).unwrap_or_else(|| panic!("{text:?}"));
            let (a, b) = d.outlet.unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!(&text[a..b], outlet, "{text:?}");
            assert_eq!(&text[d.body..], body, "{text:?}");
        }
    }

    #[test]
    fn datelines_of_a_place_alone() {
        for (text, body) in [
            ("DETROIT — A man was charged.", "A man was charged."),
            (
                "DES MOINES - Despite the hurdles, she won.",
                "Despite the hurdles, she won.",
            ),
            ("KYIV, Ukraine — Russia attacked.", "Russia attacked."),
            (
                "SACRAMENTO, Calif., Nov. 3 -- The bill passed.",
                "The bill passed.",
            ),
        ] {
            let d = dateline(text).unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!(d.outlet, None, "{text:?}");
            assert_eq!(&text[d.body..], body, "{text:?}");
        }
        for text in [
            "SUBROTO SAYS OPEC WILL CUT OUTPUT",
            "US - Japan talks resumed.",
            "NATO allies - all of them - agreed.",
            "The PM — and his aides — agreed.",
            "IBM said - on Tuesday - that it would.",
            "POEHL SAYS FURTHER RATE CUT POSSIBLE - SOURCES",
            "WORLD NEWS AND MORE NEWS AND EVEN MORE NEWS HERES\u{feff}\u{feff}\u{feff}\u{feff} - x",
            "OPEC SAYS NO - SOURCES",
        ] {
            assert_eq!(dateline(text), None, "{text:?}");
        }
    }

    #[test]
    fn other_parentheses_are_no_datelines() {
        for text in [
            "Prices (in dollars) - rose.",
            "Sen. Bernie Sanders (I-Vt.) said the vote failed.",
            "Sen. Bernie Sanders (I-Vt.) - the senator - said so.",
            "Sen. Joe Manchin (D) — the senator said so.",
            "The Washington Post (WP) reported the news.",
            "The company said (Reuters) - no.",
            "KYIV (Reuters) Ukraine said.",
            "New Delhi (PTI) The Congress said.",
            "Acme, Nov 28 (PTI) The Congress said.",
            "New Delhi, Nov 28 (Reuters) The Congress said.",
            "",
            "(",
            "( ) -",
        ] {
            assert_eq!(dateline(text), None, "{text:?}");
        }
    }
}
