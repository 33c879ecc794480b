//! A wire story's dateline: `KYIV, Nov 27 (Reuters) - …`, `WASHINGTON (AP) — …`.

/// A dateline at the start of a paragraph: the outlet named in its parentheses, and where the
/// story proper starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    /// The outlet's name, as bytes of the paragraph (`Reuters` in `KYIV (Reuters) -`).
    pub outlet: (usize, usize),
    /// The first byte after the dash and the spaces that follow it.
    pub body: usize,
}

/// The dateline that opens `paragraph`, if any: a place and a date of capitalised words,
/// digits and punctuation (or nothing: `(CNN) —`), then an outlet's name of one to four
/// capitalised words in parentheses, then a dash (`-`, `--`, `–`, `—`). Reads at most the first
/// 80 bytes; a place or name with a lowercase word (`Prices (in dollars) -`) is none.
///
/// ```
/// use whosaid_core::dateline;
///
/// let text = "KYIV, Nov 27 (Reuters) - Ukraine said talks stalled.";
/// let d = dateline(text).unwrap();
/// assert_eq!(&text[d.outlet.0..d.outlet.1], "Reuters");
/// assert_eq!(&text[d.body..], "Ukraine said talks stalled.");
/// assert!(dateline("Prices (in dollars) - rose.").is_none());
/// ```
pub fn dateline(paragraph: &str) -> Option<Dateline> {
    // This is asked of the first paragraphs of every document, nearly none of which has one:
    // a closing parenthesis in the first 80 bytes, found by a vectorised search, rules out
    // most of them.
    let bytes = paragraph.as_bytes();
    let head = &bytes[..bytes.len().min(80)];
    let close = memchr::memchr(b')', head)?;
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
    let name_ok = (1..=4).contains(&words)
        && !party
        && name.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '&' | '-'))
        });
    if !place_ok || !name_ok {
        return None;
    }
    let after = &paragraph[close + 1..];
    let rest = after.trim_start_matches([' ', '\u{a0}']);
    let dash = ["--", "-", "–", "—"]
        .into_iter()
        .find(|d| rest.starts_with(d))?;
    let body_rest = rest[dash.len()..].trim_start();
    let body = paragraph.len() - body_rest.len();
    let name_start = open + 1 + (name.len() - name.trim_start().len());
    Some(Dateline {
        outlet: (name_start, name_start + name.trim().len()),
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        ] {
            let d = dateline(text).unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!(&text[d.outlet.0..d.outlet.1], outlet, "{text:?}");
            assert_eq!(&text[d.body..], body, "{text:?}");
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
            "",
            "(",
            "( ) -",
        ] {
            assert_eq!(dateline(text), None, "{text:?}");
        }
    }
}
