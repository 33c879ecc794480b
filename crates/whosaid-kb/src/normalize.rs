//! Name normalisation: the keys of the lookup indexes.
//!
//! Two names are the same key when they differ only in case, white space, dots (`J.D.` =
//! `JD` = `J. D.`), curly or straight apostrophes, Unicode hyphens, or the common Latin
//! diacritics (`Erdoğan` = `Erdogan`). Abbreviations (2 to 5 capital letters) are kept apart:
//! they match only when written the same, so the word "ap" never hits AP.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The white-space-collapsed, dot-free, apostrophe-folded form of `name`, keeping case:
/// runs of single letters are joined (`J D Vance` -> `JD Vance`).
///
/// One pass over the words of `name` (split at white space, as dots only ever empty a word):
/// every knowledge-base lookup starts here.
pub(crate) fn exact_form(name: &str) -> String {
    if name.is_ascii() {
        return exact_form_ascii(name);
    }
    exact_form_chars(name)
}

/// [`exact_form`] of an ASCII name, byte by byte: most names looked up are ASCII.
fn exact_form_ascii(name: &str) -> String {
    let mut buf = [0; SHORT];
    if let Some(exact) = exact_form_short(name, &mut buf) {
        // A copy of the form on the stack: no zeroed buffer to allocate.
        return exact.to_owned();
    }
    let mut out = vec![0; name.len()];
    let len = exact_form_ascii_into(name.as_bytes(), &mut out);
    out.truncate(len);
    // Only ASCII bytes were written.
    String::from_utf8(out).unwrap_or_default()
}

/// The longest name, in bytes, that lookups normalise on the stack ([`exact_form_short`],
/// [`fold_short`]); longer ones are normalised into a `String`.
pub(crate) const SHORT: usize = 64;

/// [`exact_form`] of an ASCII name of at most [`SHORT`] bytes, written to `buf`: every
/// lookup normalises the name it is given, most names are short and ASCII, and so a lookup
/// needs no allocation. `None` for any other name.
pub(crate) fn exact_form_short<'b>(name: &str, buf: &'b mut [u8; SHORT]) -> Option<&'b str> {
    if name.len() > SHORT || !name.is_ascii() {
        return None;
    }
    let len = exact_form_ascii_into(name.as_bytes(), buf);
    // Only ASCII bytes were written.
    std::str::from_utf8(&buf[..len]).ok()
}

/// [`fold`] of an ASCII text of at most [`SHORT`] bytes (its ASCII lowercase), written to
/// `buf`; `None` for any other text.
pub(crate) fn fold_short<'b>(text: &str, buf: &'b mut [u8; SHORT]) -> Option<&'b str> {
    if !text.is_ascii() {
        return None;
    }
    let out = buf.get_mut(..text.len())?;
    out.copy_from_slice(text.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// Writes [`exact_form`] of the ASCII `name` to `out` and returns its length. It is never
/// longer than `name` (each space written stands for a white space byte of `name`), so `out`
/// must hold `name.len()` bytes.
fn exact_form_ascii_into(name: &[u8], out: &mut [u8]) -> usize {
    // `char::is_whitespace` on ASCII: the space and `\t` to `\r` (vertical tab included).
    let is_space = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
    let mut len = 0;
    let mut previous_single = false;
    // The words between white space bytes, in one loop (an iterator of words costs more
    // than most names have bytes).
    let mut i = 0;
    loop {
        let start = len;
        if start > 0 {
            out[len] = b' ';
            len += 1;
        }
        let letters_from = len;
        while i < name.len() && !is_space(name[i]) {
            let b = name[i];
            if b != b'.' {
                out[len] = if b == b'`' { b'\'' } else { b };
                len += 1;
            }
            i += 1;
        }
        let letters = &out[letters_from..len];
        if letters.is_empty() {
            // A word of dots alone is no word.
            len = start;
        } else {
            let single = letters.len() == 1 && letters[0].is_ascii_alphabetic();
            if single && previous_single {
                // A single letter after a single letter joins it: the letter takes the
                // space's place.
                out[start] = out[start + 1];
                len -= 1;
            }
            previous_single = single;
        }
        if i == name.len() {
            return len;
        }
        // The white space byte ends the word.
        i += 1;
    }
}

/// [`exact_form`] of any name, character by character.
fn exact_form_chars(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut previous_single = false;
    for word in name.split(char::is_whitespace) {
        let start = out.len();
        if start > 0 {
            out.push(' ');
        }
        let mut chars = 0;
        // The word's first character: whether it is a letter matters for a word of one.
        let mut first = ' ';
        for c in word.chars() {
            let c = match c {
                '.' => continue,
                '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '`' => '\'',
                '\u{2010}' | '\u{2011}' => '-',
                c => c,
            };
            if chars == 0 {
                first = c;
            }
            chars += 1;
            out.push(c);
        }
        if chars == 0 {
            // A word of dots alone is no word.
            out.truncate(start);
            continue;
        }
        let single = chars == 1 && first.is_alphabetic();
        if single && previous_single {
            // A single letter after a single letter joins it: drop the space.
            out.remove(start);
        }
        previous_single = single;
    }
    out
}

/// True when `exact` (an [`exact_form`]) is an abbreviation: one word of 2 to 5 letters, all
/// capitals (AP, WP, UNN, TASS, NATO).
pub(crate) fn is_abbreviation(exact: &str) -> bool {
    if exact.is_ascii() {
        // An ASCII letter is alphabetic and uppercase when it is an ASCII capital.
        return (2..=5).contains(&exact.len()) && exact.bytes().all(|b| b.is_ascii_uppercase());
    }
    let n = exact.chars().count();
    (2..=5).contains(&n) && exact.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
}

/// True when the [`key`] of `name` is empty: when it has nothing but white space and dots
/// (every other character is kept by [`exact_form`], and folding empties no character).
/// Without working the key out, as the loader checks every name of a file.
pub(crate) fn key_is_empty(name: &str) -> bool {
    name.chars().all(|c| c == '.' || c.is_whitespace())
}

/// The case-insensitive key of `name`: `exact_form`, lower-cased, diacritics folded.
pub fn key(name: &str) -> String {
    fold(&exact_form(name))
}

/// Lower-cases and folds the common Latin diacritics.
pub(crate) fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match fold_char(c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
    out
}

fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'ŕ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ţ' | 'ť' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        'ð' => "d",
        _ => return None,
    })
}

/// The stable id made from a name: folded, lower case, words joined by hyphens, apostrophes
/// and dots dropped ("J.D. Vance" -> `jd-vance`, "People's Daily" -> `peoples-daily`).
pub(crate) fn slug(name: &str) -> String {
    // A short ASCII name (nearly every one) folded on the stack: every entry of a file without
    // an explicit id is slugged as the file loads.
    let mut buf = [0; SHORT];
    match exact_form_short(name, &mut buf) {
        Some(exact) => slug_of_folded(
            exact.bytes().map(|b| char::from(b.to_ascii_lowercase())),
            exact.len(),
        ),
        None => {
            let folded = fold(&exact_form(name));
            slug_of_folded(folded.chars(), folded.len())
        }
    }
}

/// [`slug`] of a name's folded [`exact_form`], given character by character, of `len` bytes.
fn slug_of_folded(folded: impl Iterator<Item = char>, len: usize) -> String {
    let mut out = String::with_capacity(len);
    let mut pending_hyphen = false;
    for c in folded {
        if c.is_alphanumeric() {
            if pending_hyphen && !out.is_empty() {
                out.push('-');
            }
            pending_hyphen = false;
            out.push(c);
        } else if c != '\'' {
            pending_hyphen = true;
        }
    }
    out
}

/// Lower-case name particles that belong to a surname ("von der Leyen", "da Silva").
const PARTICLES: &[&str] = &[
    "al", "bin", "ben", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "el",
    "ibn", "la", "le", "ten", "ter", "van", "von", "zu",
];

/// [`surname_keys_of_key`] of a name.
#[cfg(test)]
pub(crate) fn surname_keys(name: &str) -> Vec<String> {
    surname_keys_of_key(&key(name))
}

/// The surname keys of a person's name whose [`key`] is `k`: the last word and, when
/// particles precede it, the particle forms ("Ursula von der Leyen" -> `leyen`, `der leyen`,
/// `von der leyen`). A name of one word has none (it is indexed as a name already). From the
/// key, which indexing the name works out anyway.
pub(crate) fn surname_keys_of_key(k: &str) -> Vec<String> {
    let words: Vec<&str> = k.split(' ').collect();
    if words.len() < 2 {
        return Vec::new();
    }
    let last = words.len() - 1;
    let mut keys = vec![words[last].to_owned()];
    let mut start = last;
    while start > 1 && PARTICLES.contains(&words[start - 1]) {
        start -= 1;
        keys.push(words[start..].join(" "));
    }
    keys
}

/// The key of a role title: case-insensitive, hyphens as spaces, British and American
/// spellings alike, and the usual names of a foreign minister's office as one.
pub(crate) fn title_key(title: &str) -> String {
    let k = key(&title.replace('-', " "))
        .replace("defence", "defense")
        .replace("adviser", "advisor");
    match k.as_str() {
        "minister of foreign affairs"
        | "foreign affairs minister"
        | "minister for foreign affairs"
        | "minister for europe and foreign affairs"
        | "foreign secretary"
        | "secretary of state for foreign affairs"
        | "secretary of state for foreign, commonwealth and development affairs"
        | "external affairs minister"
        | "minister of external affairs"
        | "minister of international relations and cooperation" => {
            return "foreign minister".to_owned()
        }
        _ => {}
    }
    // "Secretary of the Treasury" = "Treasury Secretary"; "Secretary of State" = "State
    // Secretary".
    let k = match k.strip_prefix("secretary of ") {
        Some(rest) => {
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            format!("{rest} secretary")
        }
        None => k,
    };
    match k.as_str() {
        "minister of defense" | "defense secretary" | "minister for defense" => {
            "defense minister".to_owned()
        }
        _ => k,
    }
}

/// Countries written several ways in news text, canonical name first.
const JURISDICTIONS: &[&[&str]] = &[
    &[
        "United States",
        "US",
        "U.S.",
        "USA",
        "U.S.A.",
        "United States of America",
        "America",
    ],
    &["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    &["Russia", "Russian Federation"],
    &["European Union", "EU", "E.U."],
    &["United Nations", "UN", "U.N."],
    &["China", "People's Republic of China", "PRC"],
    &["South Korea", "Republic of Korea", "Korea"],
    &["North Korea", "DPRK"],
    &["Taiwan", "Republic of China"],
    &["Iran", "Islamic Republic of Iran"],
    &["Turkey", "Türkiye", "Turkiye"],
    &["United Arab Emirates", "UAE"],
    &["Czech Republic", "Czechia"],
    &["Netherlands", "The Netherlands", "Holland"],
    &["Vatican", "Holy See", "Vatican City"],
    &["Palestine", "Palestinian Authority", "State of Palestine"],
];

/// The canonical key of a jurisdiction ("U.S." -> `united states`).
pub(crate) fn jurisdiction_key(name: &str) -> String {
    /// Every alias of `JURISDICTIONS`, keyed as it is compared (abbreviations exactly, other
    /// names folded), with the position of its jurisdiction in the list: built once, so a
    /// role's jurisdiction costs two lookups instead of a pass over every alias.
    struct Aliases {
        exact: HashMap<String, usize>,
        folded: HashMap<String, usize>,
    }
    static ALIASES: OnceLock<Aliases> = OnceLock::new();
    let aliases = ALIASES.get_or_init(|| {
        let mut exact = HashMap::new();
        let mut folded = HashMap::new();
        for (i, names) in JURISDICTIONS.iter().enumerate() {
            for alias in *names {
                let alias_exact = exact_form(alias);
                if is_abbreviation(&alias_exact) {
                    exact.entry(alias_exact).or_insert(i);
                } else {
                    folded.entry(fold(&alias_exact)).or_insert(i);
                }
            }
        }
        Aliases { exact, folded }
    });
    let exact = exact_form(name);
    let folded = fold(&exact);
    // The first jurisdiction in list order that any alias matches.
    let found = [aliases.exact.get(&exact), aliases.folded.get(&folded)]
        .into_iter()
        .flatten()
        .min();
    match found {
        Some(&i) => key(JURISDICTIONS[i][0]),
        None => folded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        let cases = [
            ("J.D. Vance", "jd vance"),
            ("J. D. Vance", "jd vance"),
            ("JD  Vance", "jd vance"),
            ("jd vance", "jd vance"),
            ("People\u{2019}s Daily", "people's daily"),
            ("Erdoğan", "erdogan"),
            ("Süddeutsche Zeitung", "suddeutsche zeitung"),
            ("Libération", "liberation"),
            ("A European official", "a european official"),
            ("U.S.", "us"),
        ];
        for (name, want) in cases {
            assert_eq!(key(name), want, "{name}");
        }
    }

    /// The two-pass [`exact_form`] the one-pass version replaced: clean every character,
    /// then join the words.
    fn exact_form_reference(name: &str) -> String {
        let mut cleaned = String::with_capacity(name.len());
        for c in name.chars() {
            match c {
                '.' => {}
                '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '`' => cleaned.push('\''),
                '\u{2010}' | '\u{2011}' => cleaned.push('-'),
                c if c.is_whitespace() => cleaned.push(' '),
                c => cleaned.push(c),
            }
        }
        let mut out = String::with_capacity(cleaned.len());
        let mut previous_single = false;
        for token in cleaned.split_whitespace() {
            let single = token.chars().count() == 1 && token.chars().all(char::is_alphabetic);
            if !(out.is_empty() || single && previous_single) {
                out.push(' ');
            }
            out.push_str(token);
            previous_single = single;
        }
        out
    }

    #[test]
    fn exact_form_agrees_with_the_two_pass_form() {
        for name in [
            "",
            " ",
            "J.D. Vance",
            "J. D. Vance",
            " J D  Vance ",
            "JD\tVance\n",
            ". . A . B",
            "A . B",
            "a b c d",
            "X 1 Y",
            "' A B",
            "People\u{2019}s  Daily",
            "Jean\u{2010}Luc `x` \u{02BC}s",
            "É Ö Zelensky",
            "U.S.",
            "...",
            "a\u{00a0}b\u{2003}c",
            "Mr. Rubio",
            "the Bank of Japan",
            ". \u{2003}.\u{85}",
            "\u{2010}",
            "\u{c9} \u{2019} \u{d6} \u{2010} 1 \u{416}",
        ] {
            assert_eq!(exact_form(name), exact_form_reference(name), "{name:?}");
            assert_eq!(key_is_empty(name), key(name).is_empty(), "{name:?}");
        }
        // Every ASCII string of up to five characters from the ones the forms treat apart.
        let alphabet = [' ', '.', 'a', 'B', '`', '1', '\t', '\'', '-'];
        let mut names = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = names
                .iter()
                .filter(|n| n.len() == names.last().map_or(0, String::len))
                .flat_map(|n| alphabet.iter().map(move |&c| format!("{n}{c}")))
                .collect();
            names.extend(longer);
        }
        for name in &names {
            assert_eq!(exact_form(name), exact_form_reference(name), "{name:?}");
            assert_eq!(key_is_empty(name), key(name).is_empty(), "{name:?}");
        }
        // The lookups' forms on the stack agree with the allocated ones, and decline what
        // they do not cover.
        let mut buf = [0; SHORT];
        let long = "a".repeat(SHORT + 1);
        let listed = [
            "J.D. Vance",
            " J D  Vance ",
            "THE. U.S. Fed",
            "Erdoğan",
            &long,
        ];
        for name in names.iter().map(String::as_str).chain(listed) {
            let short = name.len() <= SHORT && name.is_ascii();
            let exact = exact_form_short(name, &mut buf).map(str::to_owned);
            assert_eq!(exact, short.then(|| exact_form(name)), "{name:?}");
            let folded = fold_short(name, &mut buf).map(str::to_owned);
            assert_eq!(folded, short.then(|| fold(name)), "{name:?}");
        }
    }

    #[test]
    fn abbreviations() {
        for (text, want) in [
            ("AP", true),
            ("WP", true),
            ("TASS", true),
            ("MSNBC", true),
            ("ТАСС", true),
            ("UNICEF", false),
            ("Ap", false),
            ("ap", false),
            ("A", false),
            ("BBC News", false),
            ("A1", false),
            ("É", false),
            ("ÉA", true),
            ("", false),
        ] {
            assert_eq!(is_abbreviation(&exact_form(text)), want, "{text}");
        }
    }

    #[test]
    fn slugs() {
        for (name, want) in [
            ("JD Vance", "jd-vance"),
            ("J.D. Vance", "jd-vance"),
            ("The Washington Post", "the-washington-post"),
            ("People's Daily", "peoples-daily"),
            ("Folha de S.Paulo", "folha-de-spaulo"),
            ("Mail & Guardian", "mail-guardian"),
            ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
            ("Interfax-Ukraine", "interfax-ukraine"),
        ] {
            assert_eq!(slug(name), want, "{name}");
        }
        // The stack path for short ASCII names agrees with folding the exact form.
        for (_, e) in crate::Kb::builtin().entries() {
            for name in e.all_names() {
                let folded = fold(&exact_form(name));
                assert_eq!(slug(name), slug_of_folded(folded.chars(), 0));
            }
        }
    }

    #[test]
    fn surnames() {
        assert_eq!(surname_keys("Marco Rubio"), ["rubio"]);
        assert_eq!(
            surname_keys("Ursula von der Leyen"),
            ["leyen", "der leyen", "von der leyen"]
        );
        assert!(surname_keys("Lula").is_empty());
    }

    #[test]
    fn titles_and_jurisdictions() {
        assert_eq!(title_key("Vice-President"), "vice president");
        assert_eq!(title_key("Minister of Defence"), "defense minister");
        assert_eq!(title_key("Foreign Secretary"), "foreign minister");
        assert_eq!(title_key("Secretary of the Treasury"), "treasury secretary");
        assert_eq!(title_key("Treasury Secretary"), "treasury secretary");
        assert_eq!(title_key("Secretary of Defense"), "defense minister");
        assert_eq!(
            title_key("National Security Adviser"),
            "national security advisor"
        );
        assert_eq!(jurisdiction_key("U.S."), "united states");
        assert_eq!(jurisdiction_key("USA"), "united states");
        assert_eq!(jurisdiction_key("us"), "us");
        assert_eq!(jurisdiction_key("Britain"), "united kingdom");
        assert_eq!(jurisdiction_key("Ukraine"), "ukraine");
    }
}
