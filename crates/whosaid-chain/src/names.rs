//! Names: the personal name inside a titled mention, normalised keys, surnames, head nouns.

use std::borrow::Cow;

use whosaid_core::Sentence;

/// Words that are titles, honorifics or place adjectives before a name, never part of it.
pub(crate) fn is_title_word(w: &str) -> bool {
    let mut buf = [0; LOWER_MAX];
    let Some(lower) = ascii_lowercase(w.trim_end_matches('.'), &mut buf) else {
        return false;
    };
    matches!(
        lower,
        b"u.s"
            | b"us"
            | b"u.k"
            | b"uk"
            | b"eu"
            | b"un"
            | b"president"
            | b"vice"
            | b"prime"
            | b"minister"
            | b"secretary"
            | b"state"
            | b"foreign"
            | b"defense"
            | b"defence"
            | b"general"
            | b"gen"
            | b"lt"
            | b"lieutenant"
            | b"col"
            | b"colonel"
            | b"maj"
            | b"major"
            | b"capt"
            | b"captain"
            | b"adm"
            | b"admiral"
            | b"sen"
            | b"senator"
            | b"rep"
            | b"representative"
            | b"gov"
            | b"governor"
            | b"mayor"
            | b"ambassador"
            | b"envoy"
            | b"special"
            | b"spokesman"
            | b"spokeswoman"
            | b"spokesperson"
            | b"chancellor"
            | b"premier"
            | b"chairman"
            | b"chairwoman"
            | b"chair"
            | b"director"
            | b"ceo"
            | b"judge"
            | b"justice"
            | b"king"
            | b"queen"
            | b"pope"
            | b"prince"
            | b"princess"
            | b"dr"
            | b"prof"
            | b"professor"
            | b"mr"
            | b"mrs"
            | b"ms"
            | b"mx"
            | b"speaker"
            | b"leader"
            | b"commissioner"
            | b"attorney"
            | b"chief"
            | b"head"
            | b"deputy"
            | b"former"
            | b"retired"
            | b"acting"
            | b"senior"
            | b"national"
            | b"security"
            | b"adviser"
            | b"advisor"
            | b"press"
            | b"white"
            | b"house"
            | b"russian"
            | b"ukrainian"
            | b"american"
            | b"british"
            | b"french"
            | b"german"
            | b"chinese"
            | b"european"
            | b"israeli"
            | b"turkish"
            | b"the"
            | b"of"
            | b"for"
            | b"and"
            | b"to"
            | b"presidential"
            | b"reverend"
            | b"rev"
            | b"rabbi"
            | b"candidate"
            | b"nominee"
            | b"kremlin"
            | b"treasury"
            | b"interior"
            | b"finance"
            | b"economy"
            | b"trade"
            | b"agent"
            | b"officer"
            | b"sheikh"
            | b"emir"
            | b"crown"
            | b"supreme"
            | b"commander"
            | b"in"
            | b"army"
            | b"navy"
            // Roles written as titles: `Chief Executive Laura Chen`, `Chief Economist Jane
            // Doe`, `Head Coach Andy Reid`.
            | b"executive"
            | b"economist"
            | b"strategist"
            | b"analyst"
            | b"coach"
            | b"manager"
            | b"editor"
            | b"founder"
    )
}

/// Longest word the word lists here hold, in bytes (`representative`), with room to spare.
pub(crate) const LOWER_MAX: usize = 16;

/// `word` in ASCII lowercase, written to `buf` (these checks run per word, so without
/// allocating); `None` when it is longer than [`LOWER_MAX`] bytes and so in no list. As bytes,
/// which the lists here are matched against: a `str` would cost a UTF-8 check of each word.
pub(crate) fn ascii_lowercase<'b>(word: &str, buf: &'b mut [u8; LOWER_MAX]) -> Option<&'b [u8]> {
    let out = buf.get_mut(..word.len())?;
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    Some(out)
}

/// [`ascii_lowercase`] as a `str`, for the lists matched against strings.
pub(crate) fn ascii_lowercase_str<'b>(word: &str, buf: &'b mut [u8; LOWER_MAX]) -> Option<&'b str> {
    ascii_lowercase(word, buf).and_then(|lower| std::str::from_utf8(lower).ok())
}

/// The byte offset of an outlet's own name inside a phrase that describes it: `Tanjug` in
/// `the official news agency Tanjug`, `Times of Zambia` in `the official Times of Zambia`,
/// `Telex` in `The independent Hungarian news site Telex`. The name is the run of capitalised
/// words at the end (with `of`, `the`, `and` inside); `None` unless a lowercase word other than
/// an article stands before it, so `the Wall Street Journal` keeps its article.
pub(crate) fn described_outlet_name(text: &str) -> Option<usize> {
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // The words from the end with their offsets: no vector for a phrase read once.
    let mut end = text.len();
    let mut words = text.rsplit(' ').map(|w| {
        let at = end - w.len();
        end = at.saturating_sub(1);
        (at, w)
    });
    // The run's first capitalised word so far, and whether the run is over.
    let mut name = None;
    while let Some((at, w)) = words.next() {
        if w.is_empty() {
            continue;
        }
        if capitalised(w) {
            name = Some(at);
        } else if !(name.is_some() && matches!(w, "of" | "the" | "and")) {
            // The run is over: a description when a word before it is no article.
            let name = name?;
            let described = std::iter::once((at, w))
                .chain(words)
                .any(|(_, w)| !w.is_empty() && !capitalised(w) && !matches!(w, "the" | "a" | "an"));
            return described.then_some(name);
        }
    }
    None
}

/// The byte offset in `text` where its last `n` words (runs of characters that are not white
/// space) start; `None` when it has fewer.
pub(crate) fn last_words_start(text: &str, n: usize) -> Option<usize> {
    // Where the word starts in `text` (the words are slices of it), as `join_words` reads it.
    let first = text.split_whitespace().nth_back(n.checked_sub(1)?)?;
    Some(first.as_ptr() as usize - text.as_ptr() as usize)
}

/// The personal name in a person mention: the appositive is dropped (`Marco Rubio, the
/// secretary of state` -> `Marco Rubio`), then titles before the name (`U.S. Secretary of State
/// Marco Rubio` -> `Marco Rubio`, `Mr. Rubio` -> `Rubio`). A possessive before the name goes
/// too (`the Bureau's Claire Richards` -> `Claire Richards`).
pub(crate) fn name_part(text: &str) -> Cow<'_, str> {
    let text = described_name(text).unwrap_or_else(|| before_comma(text));
    let text = match last_possessive(text) {
        Some(i) => &text[i + 3..],
        None => text,
    };
    // `Chris Callies of Dean Witter`: a name before `of` is the person, the rest their employer;
    // `Chancellor of the Exchequer Nigel Lawson` has only titles before `of`.
    let cut = first_of_or_at(text);
    let text = match cut {
        Some(i) if looks_like_person(&text[..i]) => &text[..i],
        _ => text,
    };
    with_words(text, |words| name_from_words(text, words))
}

/// [`name_part`] of `text` from its `words`.
fn name_from_words<'t>(text: &'t str, words: &[&'t str]) -> Cow<'t, str> {
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
        return Cow::Borrowed(text);
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
    join_words(text, &words[start..])
}

/// The words of `text`, split at white space, given to `read`: on the stack when they are
/// few, as in almost every mention (a `Vec` would cost an allocation per mention).
pub(crate) fn with_words<'t, R>(text: &'t str, read: impl FnOnce(&[&'t str]) -> R) -> R {
    const FEW: usize = 16;
    let mut few = [""; FEW];
    let mut n = 0;
    if text.is_ascii() {
        // An ASCII text, as nearly every mention is, split at its white space bytes
        // (`char::is_whitespace` on ASCII: the space and `\t` to `\r`), without decoding
        // characters.
        let is_space = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if is_space(bytes[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && !is_space(bytes[i]) {
                i += 1;
            }
            if n == FEW {
                let all: Vec<&str> = text.split_whitespace().collect();
                return read(&all);
            }
            few[n] = &text[start..i];
            n += 1;
        }
        return read(&few[..n]);
    }
    for word in text.split_whitespace() {
        if n == FEW {
            let all: Vec<&str> = text.split_whitespace().collect();
            return read(&all);
        }
        few[n] = word;
        n += 1;
    }
    read(&few[..n])
}

/// `text.split_whitespace().next_back()`: the last word of `text`. An ASCII tail, as nearly
/// every name has, is read backwards byte by byte (`char::is_whitespace` on ASCII: the space
/// and `\t` to `\r`); the string searcher, which decodes each character from the end, costs
/// several times more on words this short. Any other byte met hands over to the searcher.
pub(crate) fn last_word(text: &str) -> Option<&str> {
    let is_space = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
    let bytes = text.as_bytes();
    let mut end = bytes.len();
    while end > 0 && is_space(bytes[end - 1]) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && !is_space(bytes[start - 1]) {
        if !bytes[start - 1].is_ascii() {
            return text.split_whitespace().next_back();
        }
        start -= 1;
    }
    // A byte after the word is an ASCII space, so only a non-ASCII last byte, which the loop
    // above handed over, could be part of a white space character.
    (start < end).then(|| &text[start..end])
}

/// `text.split_whitespace().next()`: the first word of `text`, read byte by byte while ASCII
/// as [`last_word`] reads the last.
pub(crate) fn first_word(text: &str) -> Option<&str> {
    let is_space = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < bytes.len() && is_space(bytes[start]) {
        start += 1;
    }
    let mut end = start;
    while end < bytes.len() && !is_space(bytes[end]) {
        if !bytes[end].is_ascii() {
            return text.split_whitespace().next();
        }
        end += 1;
    }
    (start < end).then(|| &text[start..end])
}

/// `text.trim()`, with ASCII white space trimmed byte by byte: only a character other than
/// ASCII at either end is left to the general trim, which decodes characters.
pub(crate) fn trim(text: &str) -> &str {
    let is_space = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < bytes.len() && is_space(bytes[start]) {
        start += 1;
    }
    let mut end = bytes.len();
    while end > start && is_space(bytes[end - 1]) {
        end -= 1;
    }
    let trimmed = &text[start..end];
    match (trimmed.as_bytes().first(), trimmed.as_bytes().last()) {
        (Some(first), Some(last)) if !first.is_ascii() || !last.is_ascii() => trimmed.trim(),
        _ => trimmed,
    }
}

/// The name after a description and its comma (`the Kremlin spokesman, Dmitry Peskov`, `her
/// daughter, Ruth Ellison-Hart`): the description ends in a lowercase word, the name is one to
/// four capitalised words and ends the mention.
fn described_name(text: &str) -> Option<&str> {
    let comma = memchr::memchr(b',', text.as_bytes())?;
    let (description, name) = (trim(&text[..comma]), trim(&text[comma + 1..]));
    let described = description
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
    // (Or one that opens with an article: `The speaker of the Iranian Parliament, Akbar
    // Hashemi Rafsanjani`; then a name of two words at least.)
    let article = ["the ", "The ", "a ", "A ", "an ", "An "]
        .iter()
        .any(|a| description.starts_with(a));
    let words = name.split(' ').count();
    ((described || article && words >= 2)
        && (1..=4).contains(&words)
        && name
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.contains(',')))
    .then_some(name)
}

/// `text.split(',').next().unwrap_or(text).trim()`: a mention without its appositive.
pub(crate) fn before_comma(text: &str) -> &str {
    // A comma byte is a comma character: no byte of another character is ASCII.
    let end = memchr::memchr(b',', text.as_bytes()).unwrap_or(text.len());
    trim(&text[..end])
}

/// `words.join(" ")` for `words` in order from `text`: borrowed from `text` in one piece when
/// single spaces separate them there, as they mostly do.
pub(crate) fn join_words<'t>(text: &'t str, words: &[&str]) -> Cow<'t, str> {
    // Where a word of `text` starts in it (the words are slices of it).
    let offset = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    let single_spaces = words.windows(2).all(|pair| {
        let end = offset(pair[0]) + pair[0].len();
        offset(pair[1]) == end + 1 && text.as_bytes()[end] == b' '
    });
    match (words.first(), words.last()) {
        (Some(first), Some(last)) if single_spaces => {
            Cow::Borrowed(&text[offset(first)..offset(last) + last.len()])
        }
        _ => Cow::Owned(words.join(" ")),
    }
}

/// Where the last `'s ` of `text` starts, else the last `’s `. Searched for only where there
/// is an apostrophe: a character search is cheap, and setting up a substring search costs
/// more than most mentions are long.
fn last_possessive(text: &str) -> Option<usize> {
    let possessive = |pattern: &str, apostrophe: char| {
        text.contains(apostrophe)
            .then(|| text.rfind(pattern))
            .flatten()
    };
    possessive("'s ", '\'').or_else(|| possessive("’s ", '’'))
}

/// Where the first ` of ` or ` at ` of `text` starts, found from its spaces.
fn first_of_or_at(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (0..bytes.len()).find(|&i| {
        bytes[i] == b' ' && (bytes[i..].starts_with(b" of ") || bytes[i..].starts_with(b" at "))
    })
}

/// `text.find(pattern)` for a `pattern` that opens with a space, found from the spaces of
/// `text`: mentions are short, and setting up a substring search costs more than they are
/// long.
pub(crate) fn find_from_space(text: &str, pattern: &str) -> Option<usize> {
    debug_assert!(pattern.starts_with(' '));
    // A byte loop: a character search costs more per space than mentions have bytes.
    let bytes = text.as_bytes();
    (0..bytes.len()).find(|&i| bytes[i] == b' ' && bytes[i..].starts_with(pattern.as_bytes()))
}

/// Words that name bodies, never people: `Forces`, `Administration`, `Fund`.
fn is_body_word(w: &str) -> bool {
    let mut buf = [0; LOWER_MAX];
    let Some(lower) = ascii_lowercase(w.trim_end_matches('.'), &mut buf) else {
        return false;
    };
    matches!(
        lower,
        b"bureau"
            | b"confederation"
            | b"fund"
            | b"bank"
            | b"ministry"
            | b"department"
            | b"office"
            | b"agency"
            | b"association"
            | b"institute"
            | b"council"
            | b"committee"
            | b"union"
            | b"corp"
            | b"inc"
            | b"co"
            | b"ltd"
            | b"group"
            | b"service"
            | b"commission"
            | b"federation"
            | b"organization"
            | b"organisation"
            | b"university"
            | b"party"
            | b"forces"
            | b"force"
            | b"administration"
            | b"staff"
            | b"headquarters"
            | b"command"
            | b"directorate"
            | b"authority"
            | b"board"
            | b"centre"
            | b"center"
    )
}

/// True when `text` ends in what looks like the name of the speaker: capitalised words after
/// any titles, none of them a title or the word of a body (`Chris Callies`, `Philips`, not
/// `Confederation` or `FTC Bureau`).
fn looks_like_person(text: &str) -> bool {
    let mut name = text
        .split_whitespace()
        .rev()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_title_word(w))
        .peekable();
    name.peek().is_some() && !name.any(is_body_word)
}

/// A key for comparing names: lowercase, dots of initials and white space runs removed,
/// apostrophes unified, a leading `the` dropped.
pub(crate) fn normalise(name: &str) -> String {
    let mut out = String::new();
    normalise_into(name, &mut out);
    out
}

/// [`normalise`] of `name`, written to `out` (cleared first): a document's names are keyed
/// many times, and a buffer kept for it saves an allocation each time.
pub(crate) fn normalise_into(name: &str, out: &mut String) {
    out.clear();
    if name.is_ascii() {
        return normalise_ascii(name, out);
    }
    normalise_chars(name, out)
}

/// [`normalise`] of an ASCII name, byte by byte: names are looked up many times per
/// document, and most are ASCII. One loop over the bytes, word by word (iterator adapters
/// cost several times more on names this short).
fn normalise_ascii(name: &str, out: &mut String) {
    // `char::is_whitespace` on ASCII: the space and `\t` to `\r` (vertical tab included).
    let is_space = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
    let trim = |b: u8| matches!(b, b',' | b';' | b':' | b'(' | b')' | b'"');
    let bytes = name.as_bytes();
    // Most names are their own key but for case and a leading `the` (`Marco Rubio`, `The
    // company`): letters, digits, hyphens and apostrophes in words one space apart, the first
    // no `the`. Such a name is copied and lowercased whole.
    let rest = match bytes.len() > 4 && bytes[..4].eq_ignore_ascii_case(b"the ") {
        true => &name[4..],
        false => name,
    };
    if is_plain_name(rest.as_bytes()) {
        out.push_str(rest);
        out.make_ascii_lowercase();
        return;
    }
    // Runs of the name are copied as they are and the whole key lowercased at the end: no
    // byte is pushed alone, and no UTF-8 is checked.
    out.reserve(name.len());
    let mut i = 0;
    while i < bytes.len() {
        if is_space(bytes[i]) {
            i += 1;
            continue;
        }
        let mut start = i;
        while i < bytes.len() && !is_space(bytes[i]) {
            i += 1;
        }
        let mut end = i;
        while start < end && trim(bytes[start]) {
            start += 1;
        }
        while start < end && trim(bytes[end - 1]) {
            end -= 1;
        }
        if out.is_empty() && bytes[start..end].eq_ignore_ascii_case(b"the") {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        // The word without its dots, with its backticks as apostrophes.
        let mut run = start;
        for k in start..end {
            if matches!(bytes[k], b'.' | b'`') {
                out.push_str(&name[run..k]);
                if bytes[k] == b'`' {
                    out.push('\'');
                }
                run = k + 1;
            }
        }
        out.push_str(&name[run..end]);
    }
    out.make_ascii_lowercase();
}

/// True when the ASCII name `bytes` is its own [`normalise`] key but for case: words of
/// letters, digits, hyphens and apostrophes, one space apart, the first no `the`.
fn is_plain_name(bytes: &[u8]) -> bool {
    let the = bytes.len() >= 3
        && bytes[..3].eq_ignore_ascii_case(b"the")
        && bytes.get(3).is_none_or(|&b| b == b' ');
    // One pass: every byte a word byte or a space after one; the last a word byte. Starting
    // as if after a space makes the first one a word byte too, and an empty name no name.
    let mut after_space = true;
    for &b in bytes {
        match WORD_BYTES[usize::from(b)] {
            true => after_space = false,
            false if b == b' ' && !after_space => after_space = true,
            false => return false,
        }
    }
    !after_space && !the
}

/// The bytes of a plain name's words ([`is_plain_name`]): ASCII letters and digits, `-`, `'`.
const WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'\'';
        b += 1;
    }
    table
};

/// [`normalise`] of any name, character by character.
fn normalise_chars(name: &str, out: &mut String) {
    out.reserve(name.len());
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
}

/// The last word of a name of two words or more.
pub(crate) fn surname(name: &str) -> Option<&str> {
    let last = last_word(name)?;
    // A word before the last one: white space ends the text before the last word.
    let before = &name[..last.as_ptr() as usize - name.as_ptr() as usize];
    last_word(before).map(|_| last)
}

/// True when `name` is an agency's: for `the rating agency` (`rating`), one of the credit
/// rating agencies that wire copy names (`Moody's Investors Service`, `Standard and Poor's
/// Corp`); for `the agency`, also a public body's by a word of its name (`the Environmental
/// Protection Agency`, `the Securities and Exchange Commission`, `the Food and Drug
/// Administration`, `the Commerce Department`, `the Federal Home Loan Bank Board`, `Statistics
/// Canada`, `the U.S. Geological Survey`) or its initials (`the SEC`): wire copy calls a
/// rating agency `the agency` as often.
pub(crate) fn names_an_agency(name: &str, rating: bool) -> bool {
    !rating
        && name.split_whitespace().any(|w| {
            matches!(
                w,
                "Agency"
                    | "Agencies"
                    | "Commission"
                    | "Administration"
                    | "Department"
                    | "Departments"
                    | "Bureau"
                    | "Board"
                    | "Authority"
                    | "Office"
                    | "Statistics"
                    | "Survey"
            ) || is_agency_initials(w)
        })
        || [
            "Moody's",
            "Moody’s",
            "Standard and Poor",
            "Standard & Poor",
            "Fitch",
            "Duff and Phelps",
            "Duff & Phelps",
        ]
        .iter()
        .any(|r| name.contains(r))
}

/// True when `word` is the initials of an agency, an administration or an authority, as wire
/// copy writes them before calling the body `the agency` (`EPA`, `IEA`, `FDA`, `NASA`): three
/// to five capitals that end in `A`, `USA` aside; or those of a regulator or a federal office
/// that end otherwise (`SEC`, `FTC`, `IRS`, `CDC`).
fn is_agency_initials(word: &str) -> bool {
    let b = word.as_bytes();
    (3..=5).contains(&b.len())
        && b.iter().all(u8::is_ascii_uppercase)
        && (b.last() == Some(&b'A') && word != "USA"
            || matches!(
                word,
                "SEC"
                    | "FTC"
                    | "FCC"
                    | "IRS"
                    | "FDIC"
                    | "CFTC"
                    | "NLRB"
                    | "NRC"
                    | "NTSB"
                    | "FERC"
                    | "FSLIC"
                    | "FHLBB"
                    | "GAO"
                    | "CBO"
                    | "BLS"
                    | "CDC"
                    | "NIH"
                    | "IAEA"
                    | "ECDC"
                    | "EMA"
                    | "MHRA"
                    | "ASIC"
                    | "APRA"
                    | "ACCC"
                    | "SEBI"
            ))
}

/// The person `text` most likely speaks of last, with its byte offset: the first personal
/// name of the last sentence that has one, as a sentence's subject comes first (`Hillary
/// Clinton on Monday hit Bernie Sanders on immigration, she hit him`). A personal name is
/// - a run of one to three name words ([`is_titled_name_word`]) after a title or a role
///   (`Adventure World director Stephan Friedli`, `the actress Kamala Lopez`);
/// - a run of two or three (`Elka Graham won the 300 metres`, `Westpac's Bill Evans is among
///   those who …`, `Lionel Robbards QC told`), unless an article or a preposition comes
///   before it (`the Hume Highway`, `in New South Wales`), a possessive, a role or a body's
///   word ends it (`Saddam Hussein's plants`, `Adventure World director`, `GM Overseas
///   Distribution Corporation`), one of its words is a body's, a place's or one that opens
///   sentences ([`is_not_a_name_word`]: `Saxeten River`, `Hong Kong`, `But`), or it runs on
///   to a fourth word (`Australian Manufacturing Workers Union`);
/// - one name word that `known_surname` knows (a surname the text writes a full name for:
///   `Groberg, 33, opened up`), on the same terms.
///
/// Sentences are the document's (`sentence_of` numbers the sentence of an offset of `text`,
/// asked in increasing order). One forward pass over the words of `text`; `known_surname` is
/// asked only of single words that pass every other test.
pub(crate) fn likeliest_person_name<'x>(
    text: &'x str,
    sentence_of: &mut dyn FnMut(usize) -> usize,
    known_surname: &mut dyn FnMut(&str) -> bool,
) -> Option<(usize, &'x str, bool)> {
    /// A run of name words: its sentence, its start, its end, its words, whether it may be a
    /// name, and whether a title or a role comes before it.
    #[derive(Clone, Copy)]
    struct Run {
        sentence: usize,
        start: usize,
        end: usize,
        words: usize,
        ok: bool,
        titled: bool,
    }
    // The name chosen: its sentence, start, end and whether it is titled.
    type Found = Option<(usize, usize, usize, bool)>;
    let mut found: Found = None;
    let mut offer = |r: Run, text: &str, found: &mut Found| {
        if found.is_some_and(|(s, ..)| s >= r.sentence) || !r.ok {
            return;
        }
        let name = r.titled && r.words <= 3
            || (2..=3).contains(&r.words)
            || r.words == 1 && known_surname(&text[r.start..r.end]);
        if name {
            *found = Some((r.sentence, r.start, r.end, r.titled));
        }
    };
    let mut run: Option<Run> = None;
    // A run that a joining word ended (`Harris Upham and Co`, `Yapi ve Kredi`): a name only
    // when no capitalised word follows the joining word.
    let mut joined: Option<Run> = None;
    // Whether the word before the current one bars a name after it, or titles one.
    let mut barred = false;
    let mut titled = false;
    for (at, raw) in words(text) {
        // A parenthesis opens something else (`Appliances (Thailand) Co`), but for a party
        // and state after a lawmaker's name (`Sen. Tom Harkin (D-Iowa)`).
        if raw.starts_with('(') {
            let party = matches!(
                raw.as_bytes().get(1..3),
                Some([b'D' | b'R' | b'I', b'-' | b')'])
            );
            if let Some(r) = run.take().filter(|_| party) {
                offer(r, text, &mut found);
            }
            joined = None;
        }
        // A dash ends the word (`Rand Paul—that was on purpose`).
        let (raw, dashed) = match raw.find(['—', '–']) {
            Some(k) => (&raw[..k], true),
            None => (raw, false),
        };
        let (word, name) = bare(raw);
        let capitalised = name.starts_with(char::is_uppercase);
        if let Some(j) = joined.take() {
            if !capitalised {
                offer(j, text, &mut found);
            }
        }
        let ends = dashed || name.len() != word.len() || word.len() != raw.len();
        // A middle initial goes on with the run (`George W. Bush`).
        let initial = name.len() == 1 && name.starts_with(|c: char| c.is_ascii_uppercase());
        if initial && run.is_some() && word.len() == 2 {
            continue;
        }
        // An Arabic name's article goes with the word (`Sheikh Ali al-Khalifa al-Sabah`).
        let arabic = ["al-", "el-"]
            .iter()
            .any(|p| name.strip_prefix(p).is_some_and(is_titled_name_word));
        if is_titled_name_word(name) && is_plain_word(name) || arabic {
            let start = at + (raw.len() - word.len());
            let ok = !is_not_a_name_word(name);
            let r = run.get_or_insert_with(|| Run {
                sentence: sentence_of(start),
                start,
                end: start,
                words: 0,
                ok: ok && (titled || !barred),
                titled,
            });
            r.end = start + name.len();
            r.words += 1;
            r.ok &= ok;
            if ends {
                // A demonym ends no name (`Though Japanese officials`).
                r.ok &= !is_demonym(name);
                if let Some(r) = run.take() {
                    offer(r, text, &mut found);
                }
            }
            barred = false;
            titled = false;
            continue;
        }
        // A post-nominal ends a name (`Lionel Robbards QC told`, `Martin Luther King Jr.`).
        let post_nominal = matches!(name, "QC" | "KC" | "SC" | "MP" | "Jr" | "Sr" | "II" | "III");
        // (A role capitalised as a title too: `Analyst Alan Gottesman`, `Chief Executive Laura
        // Chen`; not a headline's capitals, `CUT SURPLUS - MINISTER`.)
        let role = is_personal_title(name)
            || is_role(name)
            || capitalised && name.bytes().any(|b| b.is_ascii_lowercase()) && {
                let mut buf = [0; LOWER_MAX];
                ascii_lowercase_str(name, &mut buf).is_some_and(is_role)
            };
        if let Some(r) = run.take() {
            // A capitalised word that is no name's ends a body's name or a title (`GM Overseas
            // Distribution Corporation`, `Shin-Etsu Chemical Co`), a possessive someone
            // spoken of (`Saddam Hussein's plants`), a role a body's name (`Adventure World
            // director`); a joining word may go on to a body's name.
            let last = &text[r.start..r.end];
            let last = &last[last.rfind(' ').map_or(0, |k| k + 1)..];
            if matches!(name, "and" | "&" | "y" | "ve" | "de" | "van" | "von") {
                joined = Some(r);
            } else if post_nominal || !capitalised && !role && !is_demonym(last) {
                offer(r, text, &mut found);
            }
        }
        let mut buf = [0; LOWER_MAX];
        barred = !post_nominal
            && ascii_lowercase(name, &mut buf).is_some_and(|lower| {
                matches!(
                    lower,
                    b"the"
                        | b"a"
                        | b"an"
                        | b"in"
                        | b"at"
                        | b"on"
                        | b"of"
                        | b"to"
                        | b"from"
                        | b"into"
                        | b"near"
                        | b"across"
                        | b"through"
                        | b"via"
                        | b"by"
                        | b"for"
                        | b"with"
                        | b"against"
                        | b"outside"
                        | b"inside"
                        | b"towards"
                        | b"toward"
                        // Joining words inside a body's name (`Yapi ve Kredi Bankasi`).
                        | b"and"
                        | b"y"
                        | b"ve"
                        | b"de"
                        // Nouns of bodies, outlets and works before their names: `Cargill's
                        // Spanish unit Compania Industrial`, `the newsletter Oil World`, `the
                        // track My Sweet Lord`.
                        | b"firm"
                        | b"company"
                        | b"group"
                        | b"bank"
                        | b"agency"
                        | b"unit"
                        | b"subsidiary"
                        | b"affiliate"
                        | b"newsletter"
                        | b"newspaper"
                        | b"magazine"
                        | b"daily"
                        | b"weekly"
                        | b"station"
                        | b"network"
                        | b"channel"
                        | b"party"
                        | b"team"
                        | b"club"
                        | b"brand"
                        | b"airline"
                        | b"carrier"
                        | b"maker"
                        | b"manufacturer"
                        | b"producer"
                        | b"retailer"
                        | b"consortium"
                        | b"venture"
                        | b"fund"
                        | b"track"
                        | b"song"
                        | b"album"
                        | b"film"
                        | b"book"
                        | b"novel"
                        | b"show"
                        | b"ship"
                        | b"vessel"
                )
            });
        titled = role && !dashed && name.len() == word.len();
    }
    if let Some(r) = run.or(joined) {
        offer(r, text, &mut found);
    }
    found.map(|(_, start, end, titled)| (start, &text[start..end], titled))
}

/// True when `text` names two people joined by `and` (`Simon Wiget and Stefan Abegglen`), not
/// one person's two titles (`Chairman and Chief Executive Officer Joseph Bouckaert`).
pub(crate) fn joins_two_names(text: &str) -> bool {
    let text = text.strip_prefix("Both ").unwrap_or(text);
    // A byte scan: most sources have no `and`, and a substring searcher costs more to set up.
    let Some(at) = text.as_bytes().windows(5).position(|w| w == b" and ") else {
        return false;
    };
    is_personal_name(&text[..at]) && is_personal_name(&text[at + 5..])
}

/// True when `name` reads as a person's full name: two to four name words, none a body's, a
/// place's or a headline's (`Has Said About Latinos` is no one's).
/// Titles, initials and particles may stand among them (`King Fahd`, `H. K. L. Bhagat`,
/// `Tomas de Hora`).
pub(crate) fn is_personal_name(name: &str) -> bool {
    let mut names = 0;
    for w in name.split(' ') {
        let initial =
            w.len() == 2 && w.starts_with(|c: char| c.is_ascii_uppercase()) && w.ends_with('.');
        let title = names == 0 && (is_personal_title(w) || is_title_word(w));
        if is_titled_name_word(w) && is_plain_word(w) && !is_not_a_name_word(w) && !is_demonym(w) {
            names += 1;
        } else if !(initial || title || is_name_particle(w)) {
            return false;
        }
    }
    (1..=4).contains(&names) && name.contains(' ')
}

/// True when `prefix`, the words of a sentence before a titled name, are only its titles and
/// its role: capitalised words, then at most two in lower case (`Former Pennsylvania governor`,
/// `Retired neurosurgeon`), none opening a clause (`Under President`, `But Sen.`).
pub(crate) fn titles_only(prefix: &str) -> bool {
    let mut lower = 0;
    prefix.split_whitespace().all(|w| {
        if w.starts_with(char::is_lowercase) {
            lower += 1;
        } else if lower > 0 {
            return false;
        }
        lower <= 2 && !is_clause_opener(w)
    })
}

/// True when `word` opens an adjunct or a clause before a sentence's subject, in any case:
/// `Under President Obama`, `When Governor Brown`, `But Sen. Cruz`.
pub(crate) fn is_clause_opener(word: &str) -> bool {
    let mut buf = [0; LOWER_MAX];
    let Some(lower) = ascii_lowercase(word, &mut buf) else {
        return false;
    };
    matches!(
        lower,
        b"under"
            | b"with"
            | b"without"
            | b"by"
            | b"for"
            | b"to"
            | b"of"
            | b"in"
            | b"on"
            | b"at"
            | b"from"
            | b"about"
            | b"against"
            | b"after"
            | b"before"
            | b"as"
            | b"when"
            | b"while"
            | b"like"
            | b"unlike"
            | b"since"
            | b"until"
            | b"despite"
            | b"during"
            | b"though"
            | b"although"
            | b"because"
            | b"if"
            | b"unless"
            | b"whether"
            | b"but"
            | b"and"
            | b"or"
            | b"so"
            | b"yet"
            | b"also"
            | b"then"
            | b"asked"
    )
}

/// A lowercase particle of a personal name: `de`, `van`, `al`, `bin`.
fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "da"
            | "di"
            | "do"
            | "dos"
            | "du"
            | "del"
            | "della"
            | "der"
            | "van"
            | "von"
            | "ter"
            | "ten"
            | "le"
            | "la"
            | "al"
            | "el"
            | "bin"
            | "ibn"
            | "y"
    )
}

/// The words of `text` (split at ASCII white space) with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_ascii_whitespace()
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// `raw` without the quotes and brackets before it (the word, whose offset in `raw` tells
/// where it starts), and that word without the punctuation after it (the name).
fn bare(raw: &str) -> (&str, &str) {
    let word = raw.trim_start_matches(['"', '“', '(', '‘', '\'']);
    let name = word.trim_end_matches([',', '.', ';', ':', '"', '”', ')', '’', '?', '!', '\'']);
    (word, name)
}

/// The numbering of sentences that [`likeliest_person_name`] and [`likeliest_group`] read: for
/// an offset into the text that starts at byte `base` of the document, the index of the
/// document's sentence that has not ended before it. Asked in increasing order, it moves
/// forward only: one binary search, then a walk over the sentences.
pub(crate) fn sentence_cursor(
    sentences: &[Sentence],
    base: usize,
) -> impl FnMut(usize) -> usize + '_ {
    let mut i = sentences.partition_point(|s| s.span.end <= base);
    move |offset| {
        while i < sentences.len() && sentences[i].span.end <= base + offset {
            i += 1;
        }
        i
    }
}

/// The group of people `text` most likely speaks of last, with its byte offset: the first
/// plural noun of people (`supporters`, `analysts`, `Millennials`, `residents`: a person's
/// noun with its `s`, or a noun of groups) in the last sentence that has one (the document's
/// sentences, as [`likeliest_person_name`] reads them). One forward pass over the words of
/// `text`.
pub(crate) fn likeliest_group<'x>(
    text: &'x str,
    sentence_of: &mut dyn FnMut(usize) -> usize,
) -> Option<(usize, &'x str)> {
    let mut found: Option<(usize, usize, usize)> = None;
    for (at, raw) in words(text) {
        let sentence = sentence_of(at);
        let (word, name) = bare(raw);
        let newer = found.is_none_or(|(s, _, _)| s < sentence);
        if newer && is_people(name) {
            let start = at + (raw.len() - word.len());
            found = Some((sentence, start, start + name.len()));
        }
    }
    found.map(|(_, start, end)| (start, &text[start..end]))
}

/// True when `word` is a plural noun of people: a person's noun with its `s` (`analysts`,
/// `officials`, `residents`) or a noun of groups (`supporters`, `voters`, `Millennials`).
fn is_people(word: &str) -> bool {
    let mut buf = [0; LOWER_MAX];
    let Some(lower) = ascii_lowercase(word, &mut buf) else {
        return false;
    };
    // (Not `CEOs` or a headline's capitals.)
    if word.bytes().skip(1).any(|b| b.is_ascii_uppercase()) {
        return false;
    }
    is_plural_noun(lower) && !matches!(lower, b"staff" | b"personnel")
        || lower.len() > 3
            && lower.ends_with(b"s")
            && !lower.ends_with(b"ss")
            && is_person_noun(&lower[..lower.len() - 1])
        || matches!(
            lower,
            b"supporters"
                | b"voters"
                | b"millennials"
                | b"progressives"
                | b"conservatives"
                | b"liberals"
                | b"democrats"
                | b"republicans"
                | b"partisans"
                | b"critics"
                | b"parents"
                | b"students"
                | b"protesters"
                | b"demonstrators"
                | b"witnesses"
                | b"families"
                | b"fans"
                | b"customers"
                | b"investors"
                | b"citizens"
                | b"immigrants"
                | b"refugees"
                | b"victims"
                | b"survivors"
                | b"opponents"
                | b"proponents"
                | b"advocates"
                | b"rebels"
                | b"troops"
                | b"scholars"
                | b"economists"
                | b"historians"
                | b"organizers"
                | b"organisers"
                | b"delegates"
                | b"lawmakers"
                | b"legislators"
                | b"senators"
                | b"candidates"
        )
}

/// True when `w` holds only letters, apostrophes, hyphens and dots, and each part after a
/// hyphen is capitalised or a short syllable (`Der-Hwa`, `Li Gun-mo`, `Kim Jong-un`; not
/// `League-trained`).
fn is_plain_word(w: &str) -> bool {
    w.chars()
        .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
        && w.split('-').skip(1).all(|part| {
            !part.starts_with(char::is_lowercase) || part.len() <= 4 && !part.ends_with("ed")
        })
}

/// True when `w` is a lowercase role written before a person's name: `director Stephan
/// Friedli`, `the actress Kamala Lopez`, `moderator John Dickerson`.
fn is_role(w: &str) -> bool {
    matches!(
        w,
        "director"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "chairman"
            | "chairwoman"
            | "president"
            | "minister"
            | "secretary"
            | "treasurer"
            | "analyst"
            | "economist"
            | "strategist"
            | "commissioner"
            | "counsel"
            | "lawyer"
            | "attorney"
            | "executive"
            | "officer"
            | "manager"
            | "chief"
            | "leader"
            | "governor"
            | "mayor"
            | "senator"
            | "ambassador"
            | "coach"
            | "captain"
            | "batsman"
            | "player"
            | "actor"
            | "actress"
            | "activist"
            | "singer"
            | "host"
            | "anchor"
            | "moderator"
            | "correspondent"
            | "reporter"
            | "editor"
            | "columnist"
            | "professor"
            | "student"
            | "researcher"
            | "scientist"
            | "judge"
            | "candidate"
            | "nominee"
            | "founder"
            | "trader"
            | "dealer"
    )
}

/// True when `w` names a people rather than a person (`Japanese`, `Israeli`, `Muslim`) or a
/// party's members (`Democrat`): no name ends so.
fn is_demonym(w: &str) -> bool {
    whosaid_core::is_demonym(w)
        || matches!(w, "Democrat" | "Democrats" | "Republican" | "Republicans")
}

/// True when a capitalised word tells a run of capitalised words is no person's name: a
/// body's form (`Group`, `Union`), a place's word (`River`, `Street`, `New`), an event's
/// (`Cup`, `Games`), or a word that opens sentences (`The`, `But`, `However`).
fn is_not_a_name_word(w: &str) -> bool {
    is_form(w)
        || matches!(
            w,
            // Bodies' words abbreviated: `Commerce Dept. undersecretary Robert Ortner`.
            "Dept" | "Govt" | "Assn" | "Bros" | "Univ" | "Admin" |
            // Openers and function words, capitalised at a sentence's start.
            "The" | "A" | "An" | "This" | "That" | "These" | "Those" | "It" | "He" | "She"
                | "They" | "We" | "His" | "Her" | "Their" | "Its" | "Our" | "There" | "Here"
                | "But" | "And" | "Or" | "If" | "When" | "While" | "After" | "Before" | "As"
                | "In" | "On" | "At" | "For" | "From" | "To" | "With" | "By" | "Of" | "Under"
                | "Some" | "Many" | "Most" | "All" | "Both" | "Earlier" | "Later" | "However"
                | "Meanwhile" | "Also" | "Asked" | "According" | "Last" | "Next" | "Since"
                | "Police" | "Officials" | "Government" | "Federal" | "State" | "National"
                | "International" | "United" | "Royal" | "Central" | "Supreme" | "High"
                // Places.
                | "New" | "North" | "South" | "East" | "West" | "Northern" | "Southern"
                | "Eastern" | "Western" | "Upper" | "Lower" | "Great" | "San" | "Santa" | "Los"
                | "Las" | "El" | "Saint" | "St" | "Port" | "Fort" | "Mount" | "Lake" | "Cape"
                | "Hong" | "Kong" | "Sri" | "Saudi" | "Buenos" | "Tel" | "Street" | "Road"
                | "Avenue" | "Square" | "River" | "Highway" | "Bay" | "Gulf" | "Sea" | "Ocean"
                | "Island" | "Islands" | "Valley" | "Mountains" | "Coast" | "Park" | "Airport"
                | "Harbour" | "Harbor" | "City" | "County" | "Province" | "District" | "Region"
                | "Territory" | "Republic" | "Kingdom" | "States" | "Wall" | "Gorge" | "Hill"
                | "House" | "Hall" | "Palace" | "Centre" | "Center" | "Court" | "Parliament"
                | "Senate" | "Congress" | "Assembly" | "Army" | "Navy" | "Force" | "Forces"
                | "Party" | "University" | "College" | "School" | "Hospital" | "Church"
                | "Museum" | "Club" | "League" | "Cup" | "Games" | "Open" | "Championship"
                | "Festival" | "Awards" | "Prize" | "Index" | "Market" | "Markets" | "Reserve"
                | "Treasury" | "Office" | "Service" | "Services" | "Committee" | "Times"
                | "Post" | "News" | "Journal" | "Herald" | "Radio" | "Television" | "Day"
                | "Christmas" | "Easter" | "God" | "Jesus" | "Christ" | "Allah" | "Al" | "Qaeda"
                | "Though" | "Although" | "Because" | "Despite" | "During" | "Until" | "Unless"
                | "Whether" | "What" | "How" | "Where" | "Why" | "Who" | "Which" | "My" | "Your"
                | "Lord" | "Dear" | "Yes" | "No" | "Not" | "Now" | "Then" | "Today" | "Yesterday"
                | "Does" | "Do" | "Did" | "Is" | "Are" | "Was" | "Were" | "Can" | "Will"
                | "Would" | "Should" | "Could" | "Has" | "Have" | "Had" | "Society"
                | "Foundation" | "Campaign" | "Movement" | "Network" | "Corps" | "Democratic"
                | "Republican" | "Presumptive" | "Former" | "Acting" | "Retired" | "Senior"
        )
}

/// A capitalised title of a person's office or rank, as written before a name: `President`,
/// `Gen.`, `Mrs`.
fn is_personal_title(w: &str) -> bool {
    matches!(
        w,
        "President"
            | "King"
            | "Queen"
            | "Prince"
            | "Princess"
            | "Sheikh"
            | "Emir"
            | "Pope"
            | "Sir"
            | "Dame"
            | "Secretary-General"
            | "Attorney-General"
            | "Director-General"
            | "Vice-President"
            | "Reverend"
            | "Rabbi"
            | "Senator"
            | "Sen."
            | "Governor"
            | "Gov."
            | "Rep."
            | "Representative"
            | "Congressman"
            | "Congresswoman"
            | "Secretary"
            | "Minister"
            | "Chancellor"
            | "Premier"
            | "Chairman"
            | "Chairwoman"
            | "Judge"
            | "Justice"
            | "Mayor"
            | "Ambassador"
            | "Gen."
            | "Lt."
            | "Col."
            | "Maj."
            | "Capt."
            | "Adm."
            | "Sgt."
            | "Rev."
            | "Prof."
            | "Professor"
            | "Dr."
            | "Dr"
            | "Mr."
            | "Mr"
            | "Mrs."
            | "Mrs"
            | "Ms."
            | "Ms"
    )
}

/// A word of a personal name: capitalised, with a lowercase letter after the first (`Ham`,
/// `McCain`, `O'Brien`, not `EXPORT`), and no possessive, month, weekday or title.
fn is_titled_name_word(w: &str) -> bool {
    let mut chars = w.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase);
    let lower_after = chars.any(char::is_lowercase);
    capitalised
        && lower_after
        && !w.ends_with("'s")
        && !w.ends_with("’s")
        && !is_title_word(w)
        && !is_personal_title(w)
        && !is_form(w)
        && !whosaid_core::is_month_or_weekday(w)
}

/// The last `Mr./Mrs./Ms./Dr. Name` in `text`, with its byte offset (of the honorific).
///
/// Only the last occurrence of each honorific counts, as with a search from the end for each:
/// when the word after it is not a capitalised name, earlier occurrences of that honorific are
/// not looked at. One backward pass over the `M`s and `D`s of `text`.
pub(crate) fn last_honorific_name(text: &str) -> Option<(usize, String)> {
    const HONORIFICS: [&str; 8] = ["Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Dr "];
    // The honorifics whose last occurrence has been passed.
    let mut passed = [false; HONORIFICS.len()];
    // Vectorised byte searches from the end (the windows searched run to a few thousand
    // bytes, and `str::rfind` goes a word at a time); an ASCII byte is a character of its own.
    let bytes = text.as_bytes();
    let mut last_m = memchr::memrchr(b'M', bytes);
    let mut last_d = memchr::memrchr(b'D', bytes);
    // Each position holds at most one honorific, so the first one met from the end with a
    // name after it is the last such in the text.
    while let Some(i) = last_m.max(last_d) {
        if last_m == Some(i) {
            last_m = memchr::memrchr(b'M', &bytes[..i]);
        } else {
            last_d = memchr::memrchr(b'D', &bytes[..i]);
        }
        let rest = &text[i..];
        let Some(h) = HONORIFICS.iter().position(|h| rest.starts_with(h)) else {
            continue;
        };
        if std::mem::replace(&mut passed[h], true) {
            continue;
        }
        let honorific = HONORIFICS[h];
        let name: String = rest[honorific.len()..]
            .chars()
            .take_while(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
            .collect();
        if name.chars().next().is_some_and(char::is_uppercase) {
            return Some((i, format!("{honorific}{name}")));
        }
        if passed.iter().all(|&p| p) {
            return None;
        }
    }
    None
}

/// The words of a company's or institution's legal or institutional form (`Inc`, `Co.`,
/// `Bank`), which end its name in [`last_body_name`]: one `match`, tested per capitalised word.
pub(crate) fn is_form(word: &str) -> bool {
    matches!(
        word,
        "Inc"
            | "Inc."
            | "Corp"
            | "Corp."
            | "Co"
            | "Co."
            | "Ltd"
            | "Ltd."
            | "Plc"
            | "PLC"
            | "AG"
            | "SA"
            | "NV"
            | "N.V."
            | "Group"
            | "Bank"
            | "Corporation"
            | "Company"
            | "Ministry"
            | "Agency"
            | "Commission"
            | "Department"
            | "Organisation"
            | "Organization"
            | "Association"
            | "Council"
            | "Board"
            | "Authority"
            | "Institute"
            | "Fund"
            | "Exchange"
            | "Federation"
            | "Union"
            | "Partnership"
            | "Partners"
            | "Trust"
            | "Holdings"
            | "Industries"
            | "Cos"
            | "Lines"
            | "Airlines"
            | "Airways"
    )
}

/// Each run of capitalised words of `text` (one space between them, a possessive kept:
/// `People's Daily`, `The New York Times`), as its start and its words, up to six words:
/// where a name in the text may be. Punctuation after a word or a lowercase word ends a run.
/// One pass, from capital to capital ([`next_capital_word`]) between runs.
pub(crate) fn capitalised_runs(text: &str, mut each: impl FnMut(usize, &[&str])) {
    const MAX_RUN: usize = 6;
    let mut words: Vec<&str> = Vec::with_capacity(MAX_RUN);
    let mut run_start = 0;
    let mut word_start = 0;
    while let Some((start, piece)) = next_piece(text, &mut word_start, !words.is_empty()) {
        let word = piece.trim_end();
        let bare = word.trim_end_matches([',', '.', ';', ':', ')', '"', '”', '’']);
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
        if capitalised {
            if words.is_empty() {
                run_start = start;
            }
            words.push(bare);
        }
        let ends = !capitalised
            || bare.len() != word.len()
            || piece.len() != word.len() + 1
            || !piece.ends_with(' ')
            || words.len() == MAX_RUN;
        if ends && !words.is_empty() {
            each(run_start, &words);
            words.clear();
        }
    }
    if !words.is_empty() {
        each(run_start, &words);
    }
}

/// The word of `text` at `*at` with the white space character after it (as `split_inclusive`
/// cuts), and its start; `*at` moves past it. Outside a run of capitalised words (`in_run`
/// false) the word is the next that opens with a capital ([`next_capital_word`]): a word
/// that does not changes nothing there, and most words do not.
fn next_piece<'t>(text: &'t str, at: &mut usize, in_run: bool) -> Option<(usize, &'t str)> {
    if *at >= text.len() {
        return None;
    }
    let start = if in_run {
        *at
    } else {
        next_capital_word(text, *at)?
    };
    let end = after_white_space(text, start);
    *at = end;
    Some((start, &text[start..end]))
}

/// The last company or institution named in `text` by its legal or institutional form
/// (`Texaco Inc`, `Morgan Guaranty Trust Co of New York`, `the Bank of Japan`, `British
/// Petroleum Co Plc`): the run of capitalised words (with `of`, `and`, `&` inside) that ends
/// in such a word. Returns its byte offset and text. One pass over the words of `text`
/// ([`next_piece`]).
pub(crate) fn last_body_name(text: &str) -> Option<(usize, String)> {
    let mut best: Option<(usize, usize)> = None;
    // The current run of capitalised words: its start, and whether it holds a form word and
    // has gone on into its `of` phrase (`Bank of Japan`). Outside a run, `form` and
    // `of_phrase` are false.
    let mut run: Option<usize> = None;
    let mut form = false;
    let mut of_phrase = false;
    let mut word_start = 0;
    while let Some((start_of_word, piece)) = next_piece(text, &mut word_start, run.is_some()) {
        let word = piece.trim_end();
        let bare = word.trim_end_matches([',', '.', ';', ':', ')', '\'', '"', '’', '”']);
        let bare = if word.ends_with('.') && is_form(word) {
            word
        } else {
            bare
        };
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
        let joiner = matches!(bare, "of" | "and" | "&" | "for" | "de") && run.is_some();
        if capitalised || joiner {
            let start = *run.get_or_insert(start_of_word);
            let end = start_of_word + bare.len();
            if capitalised && is_form(bare) {
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
    body_name_at(text, best?)
}

/// Where the first white space character at or after `from` ends (`text.len()` when there is
/// none): ASCII bytes tested as bytes (`char::is_whitespace` on ASCII is the space and `\t` to
/// `\r`), only other characters decoded.
fn after_white_space(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if b == b' ' || (b'\t'..=b'\r').contains(&b) {
                return i + 1;
            }
            i += 1;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            return text.len();
        };
        if c.is_whitespace() {
            return i + c.len_utf8();
        }
        i += c.len_utf8();
    }
    text.len()
}

/// The first word at or after `from` (where a word starts: `0`, or right after a white space
/// character) that opens with an uppercase letter: the words are those `split_inclusive` at
/// white space gives. Jumps from capital to capital with [`next_capital`].
fn next_capital_word(text: &str, from: usize) -> Option<usize> {
    let mut pos = from;
    loop {
        let at = next_capital(text.as_bytes(), pos)?;
        pos = at + 1;
        // A byte inside a character is no start.
        if !text.is_char_boundary(at) {
            continue;
        }
        let capital = text[at..].chars().next().is_some_and(char::is_uppercase);
        let opens_word = at == from
            || text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_whitespace);
        if capital && opens_word {
            return Some(at);
        }
    }
}

/// The body named by the run `(start, end)` of `text` that [`last_body_name`] found, with its
/// byte offset.
fn body_name_at(text: &str, (start, end): (usize, usize)) -> Option<(usize, String)> {
    let mut name = text[start..end]
        .trim_start_matches("The ")
        .trim_start_matches("the ");
    // `Shares of British Petroleum Co Plc` (a capitalised word opening the sentence): the body
    // is after `of` when nothing before it is a form (`Bank of Tokyo Ltd` stays whole).
    if let Some(i) = name.find(" of ") {
        let (before, after) = (&name[..i], &name[i + 4..]);
        let form_before = before.split_whitespace().any(is_form);
        let form_after = after.split_whitespace().any(is_form);
        if !form_before && form_after && after.split_whitespace().count() >= 2 {
            name = after;
        }
    }
    // A single form word alone (`Bank`, `the Ministry`) names nothing.
    (name.split_whitespace().count() >= 2).then(|| (end - name.len(), name.to_owned()))
}

#[cfg(test)]
mod body_tests {
    use super::{body_name_at, is_form, last_body_name};

    /// The [`last_body_name`] that read every word.
    fn last_body_name_by_words(text: &str) -> Option<(usize, String)> {
        let mut best: Option<(usize, usize)> = None;
        let mut run: Option<usize> = None;
        let mut form = false;
        let mut of_phrase = false;
        let mut offset = 0;
        for piece in text.split_inclusive(|c: char| c.is_whitespace()) {
            let word_start = offset;
            offset += piece.len();
            let word = piece.trim_end();
            let bare = word.trim_end_matches([',', '.', ';', ':', ')', '\'', '"', '’', '”']);
            let bare = if word.ends_with('.') && is_form(word) {
                word
            } else {
                bare
            };
            let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
            let joiner = matches!(bare, "of" | "and" | "&" | "for" | "de") && run.is_some();
            if capitalised || joiner {
                let start = *run.get_or_insert(word_start);
                let end = word_start + bare.len();
                if capitalised && is_form(bare) {
                    form = true;
                    of_phrase = false;
                    best = Some((start, end));
                } else if form && bare == "of" {
                    of_phrase = true;
                } else if of_phrase && capitalised {
                    best = Some((start, end));
                }
            }
            if !(capitalised || joiner) || bare.len() != word.len() {
                run = None;
                form = false;
                of_phrase = false;
            }
        }
        body_name_at(text, best?)
    }

    #[test]
    fn capital_jumps_agree_with_reading_every_word() {
        let texts = [
            "Texaco Inc reported a loss. Shares of British Petroleum Co Plc rose.",
            "The Bank of Japan bought dollars, said Bank of Tokyo Ltd and the Ministry.",
            "It sold it to Morgan Guaranty Trust Co of New York, the arranger; the Fed said.",
            "x The Bank of Japan y  Société Générale Group\u{a0}Bank of\u{2003}France Inc.",
            "état Group Bank. Élysée Palace Group and Ford Motor Co. said. Ölwerke AG\n",
            "  Federal Reserve Board\tof the Fund for Unions & Co ’Lloyds Bank’ “Midland Bank”",
            "a Bank\u{85}of Japan Ltd (Daiwa Securities Co) n.v. N.V. Philips N.V., de Nederlandsche Bank",
            "",
            " ",
            "Bank",
        ];
        for text in texts {
            for (i, _) in text.char_indices() {
                let window = &text[i..];
                assert_eq!(
                    last_body_name(window),
                    last_body_name_by_words(window),
                    "{window:?}"
                );
                for (j, _) in window.char_indices().step_by(7) {
                    let window = &window[..j];
                    assert_eq!(
                        last_body_name(window),
                        last_body_name_by_words(window),
                        "{window:?}"
                    );
                }
            }
        }
    }

    /// White space found byte by byte ends where a search of the characters finds it.
    #[test]
    fn white_space_ends_as_found_by_characters() {
        let text = "Bank\tof\u{b}Japan\u{85}Ltd\u{a0}é\u{2003}x\u{1c}y Co.\r\nZ";
        for (from, _) in text.char_indices() {
            let want = text[from..]
                .char_indices()
                .find(|&(_, c)| c.is_whitespace())
                .map_or(text.len(), |(i, c)| from + i + c.len_utf8());
            assert_eq!(super::after_white_space(text, from), want, "{from}");
        }
    }

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
        assert!(["Inc", "Inc.", "N.V.", "PLC", "Union"]
            .into_iter()
            .all(super::is_form));
        assert!(!["inc", "Inc,", "NV.", "Unions", ""]
            .into_iter()
            .any(super::is_form));
        assert_eq!(name("prices rose in London and Paris."), None);
        // Where it is: the offset of its text.
        let text = "x The Bank of Japan y";
        let (at, n) = last_body_name(text).unwrap_or_default();
        assert_eq!(&text[at..at + n.len()], "Bank of Japan");
    }
}

/// True for a surname with its particles only: `de Clercq`, `van der Berg`.
pub(crate) fn is_particle_name(name: &str) -> bool {
    // Word by word from the first: most names open with a word that is no particle, which
    // settles it before the words are split.
    if !first_word(name).is_some_and(is_particle) {
        return false;
    }
    let mut words = name.split_whitespace();
    let (Some(mut before), Some(mut last)) = (words.next(), words.next()) else {
        return false;
    };
    loop {
        if !is_particle(before) {
            return false;
        }
        match words.next() {
            Some(next) => (before, last) = (last, next),
            None => return true,
        }
    }
}

/// Lowercase particles inside surnames: `de`, `van`, `bin`.
fn is_particle(word: &str) -> bool {
    // Particles have two or three letters; most words are longer, and are no particle without
    // being lowercased.
    if !(2..=3).contains(&word.len()) {
        return false;
    }
    let mut buf = [0; LOWER_MAX];
    let Some(lower) = ascii_lowercase(word, &mut buf) else {
        return false;
    };
    matches!(
        lower,
        b"de"
            | b"van"
            | b"von"
            | b"der"
            | b"den"
            | b"bin"
            | b"al"
            | b"da"
            | b"di"
            | b"du"
            | b"le"
            | b"la"
            | b"del"
            | b"dos"
    )
}

/// Nouns of single unnamed people, whom `he` or `she` can refer back to.
pub(crate) fn is_person_noun(noun: &[u8]) -> bool {
    matches!(
        noun,
        b"official"
            | b"spokesman"
            | b"spokeswoman"
            | b"spokesperson"
            | b"source"
            | b"diplomat"
            | b"aide"
            | b"adviser"
            | b"advisor"
            | b"executive"
            | b"analyst"
            | b"economist"
            | b"trader"
            | b"minister"
            | b"secretary"
            | b"director"
            | b"person"
            | b"employee"
            | b"staffer"
            | b"manager"
            | b"lawyer"
            | b"dealer"
            | b"banker"
            | b"salesman"
            | b"president"
            | b"chairman"
            | b"chief"
            | b"officer"
            | b"representative"
            | b"member"
            | b"lawmaker"
            | b"strategist"
            | b"operative"
            | b"insider"
            | b"negotiator"
            | b"envoy"
            | b"ambassador"
            | b"commander"
            | b"broker"
            | b"delegate"
            | b"expert"
            | b"observer"
            | b"consultant"
            | b"specialist"
            | b"farmer"
            | b"worker"
            | b"editor"
            | b"reporter"
            | b"journalist"
            | b"correspondent"
            | b"attorney"
            | b"prosecutor"
            | b"judge"
            | b"resident"
            | b"doctor"
            | b"scientist"
            | b"researcher"
            | b"engineer"
            | b"legislator"
            | b"senator"
            | b"congressman"
            | b"congresswoman"
            | b"governor"
            | b"mayor"
            | b"leader"
            | b"owner"
            | b"partner"
            | b"founder"
            | b"investigator"
            | b"inspector"
            | b"activist"
            | b"soldier"
            | b"policeman"
            | b"mp"
            | b"mep"
    )
}

/// The head noun of an unnamed source (`an official familiar with the talks` -> `official`):
/// the last word before a modifier, lowercased and made singular; and whether it was written
/// in the plural (`officials`, `the Sources`). `None` when the text has no head.
pub(crate) fn head(text: &str) -> Option<(String, bool)> {
    head_word(text).map(|(w, plural)| (w.to_ascii_lowercase(), plural))
}

/// `read` of the head noun of `text` as [`head`] gives it (as bytes) and whether it was
/// written in the plural: without allocating, as it is asked each time an unnamed source
/// speaks. A head longer than any listed noun is read as written. `None` when the text has
/// no head.
pub(crate) fn with_head<R>(text: &str, read: impl FnOnce(&[u8], bool) -> R) -> Option<R> {
    let mut buf = [0; LOWER_MAX];
    let (word, plural) = head_word(text)?;
    Some(read(
        ascii_lowercase(word, &mut buf).unwrap_or(word.as_bytes()),
        plural,
    ))
}

/// Plural nouns without a plural `s`, lowercase: `people said`, `police said` are groups.
pub(crate) fn is_plural_noun(noun: &[u8]) -> bool {
    matches!(
        noun,
        b"people"
            | b"men"
            | b"women"
            | b"spokesmen"
            | b"businessmen"
            | b"congressmen"
            | b"chairmen"
            | b"police"
            | b"staff"
            | b"personnel"
            | b"media"
            | b"public"
    )
}

/// [`head`] before lowercasing: the last word before a modifier, without the
/// punctuation after it and one final `s` (`S`), which lowercasing turns into `s`; and true
/// when it had that `s` (a plural: no person noun is a singular in `s`, but `ss`, as in
/// `boss`, is no plural).
fn head_word(text: &str) -> Option<(&str, bool)> {
    with_words(text, |words| head_word_of(words))
}

/// True when the lowercase word `lower` opens a modifier after an unnamed source's head noun
/// (`an official [familiar] with the talks`, `a company official [attending] the meeting`,
/// `bankers [polled] by Reuters`): the head is the word before it.
pub(crate) fn is_modifier(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"familiar"
            | b"close"
            | b"who"
            | b"which"
            | b"with"
            | b"of"
            | b"from"
            | b"at"
            | b"in"
            | b"for"
            | b"on"
            | b"to"
            | b"by"
            | b"briefed"
            | b"knowledgeable"
            | b"speaking"
            | b"involved"
            | b"that"
            | b"attending"
            | b"representing"
            | b"based"
            | b"quoted"
            | b"contacted"
            | b"polled"
            | b"surveyed"
            | b"interviewed"
            | b"here"
            | b"there"
    )
}

/// [`head_word`] of a text's `words`.
fn head_word_of<'t>(words: &[&'t str]) -> Option<(&'t str, bool)> {
    let mut head = None;
    for &w in words {
        let mut buf = [0; LOWER_MAX];
        if ascii_lowercase(w, &mut buf).is_some_and(is_modifier) {
            break;
        }
        head = Some(w);
    }
    // ASCII lowercasing changes no character's being alphanumeric, so the punctuation can
    // go before it.
    let head = head?.trim_end_matches(|c: char| !c.is_alphanumeric());
    let singular = head
        .strip_suffix('s')
        .or_else(|| head.strip_suffix('S'))
        .filter(|w| !w.ends_with(['s', 'S']));
    Some(match singular {
        Some(w) => (w, true),
        None => (head.strip_suffix(['s', 'S']).unwrap_or(head), false),
    })
}

/// The full names a document gives, by surname.
///
/// For a surname, the full name is read at every whole-word occurrence of the surname with
/// the capitalised words just before it (`Secretary of State Marco Rubio` gives `Marco
/// Rubio`); the name is returned when all occurrences that carry a first name agree (`Bill
/// Clinton` and `Hillary Clinton` give none).
///
/// The first surname asked for is searched for in the whole text: most documents ask for one
/// or none, and one search is cheaper than an index. From the second on, an index built in
/// one pass answers, so a document asking for many surnames stays linear in its text (a
/// search per surname would not). Only an occurrence right after a space and a word that can
/// be part of a name carries a first name, and such a word starts with a capital; so the
/// index keeps the places right after a space and a word starting with a capital, by their
/// [`word_key`], and the words before them are read only when a surname with that key is
/// asked for.
pub(crate) struct FullNames<'t> {
    prose: &'t str,
    /// Whether a surname has been searched for in the whole text.
    searched: bool,
    /// Words right after a space and a word starting with a capital: the [`key_prefix`] of
    /// their [`word_key`], the key and their offset, sorted (so by key, then in text order:
    /// the prefix orders as the key does, and settles most comparisons of the sort without
    /// comparing strings); built for the second surname.
    after_capital: Option<Vec<(u64, &'t str, usize)>>,
}

impl<'t> FullNames<'t> {
    /// The full names of `prose`; nothing is read yet.
    pub(crate) fn new(prose: &'t str) -> Self {
        FullNames {
            prose,
            searched: false,
            after_capital: None,
        }
    }

    /// The full name the document gives for `surname`, a single word (no space, as a
    /// surname alone is): the first full name read at its occurrences, when all agree.
    pub(crate) fn full_name_of(&mut self, surname: &str) -> Option<String> {
        if surname.is_empty() {
            return None;
        }
        if !self.searched {
            self.searched = true;
            return full_name_by_search(self.prose, surname);
        }
        let prose = self.prose;
        let index = self
            .after_capital
            .get_or_insert_with(|| index_after_capitals(prose));
        let key = word_key(surname);
        let prefix = key_prefix(key);
        let first = index.partition_point(|&(p, k, _)| (p, k) < (prefix, key));
        let places = index[first..]
            .iter()
            .take_while(|&&(_, k, _)| k == key)
            .map(|&(_, _, at)| at)
            .filter(|&at| prose[at..].starts_with(surname));
        agreed_full_name(prose, surname, places)
    }
}

/// [`FullNames::full_name_of`] by a search of the whole text for `surname`.
fn full_name_by_search(prose: &str, surname: &str) -> Option<String> {
    if surname.is_empty() {
        return None;
    }
    agreed_full_name(prose, surname, occurrences(prose, surname))
}

/// Where the non-empty `needle` occurs in `prose`, in text order and not overlapping. Found
/// from its first byte by a vectorised byte search: this passes over the whole text, many
/// times longer than the names resolved (a substring searcher costs more to set up than it
/// saves). The first byte of a character is never inside another, so every match starts one.
fn occurrences<'a>(prose: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (bytes, needle) = (prose.as_bytes(), needle.as_bytes());
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let at = from + memchr::memchr(*needle.first()?, &bytes[from..])?;
        if bytes[at..].starts_with(needle) {
            from = at + needle.len();
            return Some(at);
        }
        from = at + 1;
    })
}

/// The full name read at the first of the occurrences of `surname` at `places` (in text
/// order) that carries one, when all that carry one agree.
fn agreed_full_name(
    prose: &str,
    surname: &str,
    places: impl Iterator<Item = usize>,
) -> Option<String> {
    let mut found: Option<String> = None;
    for at in places {
        let Some(full) = full_name_at(prose, at, surname) else {
            continue;
        };
        match &found {
            None => found = Some(full),
            Some(f) if normalise(f) == normalise(&full) => {}
            Some(_) => return None,
        }
    }
    found
}

/// The index of [`FullNames`], in one pass that jumps from capital to capital (see
/// [`next_capital`]): most bytes of a text are passed eight at a time.
fn index_after_capitals(prose: &str) -> Vec<(u64, &str, usize)> {
    let bytes = prose.as_bytes();
    let mut after_capital = Vec::new();
    let mut pos = 0;
    while let Some(start) = next_capital(bytes, pos) {
        pos = start + 1;
        // Only a capital that starts a word (after a space, or the text's start).
        if start > 0 && bytes[start - 1] != b' ' {
            continue;
        }
        // A byte loop: the word is short, shorter than a search takes to set up.
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b' ')
            .map_or(prose.len(), |i| start + i);
        pos = end;
        // The next word, when a space and a word follow.
        let next = end + 1;
        if next < prose.len() && bytes[next] != b' ' {
            let key = word_key(&prose[next..]);
            after_capital.push((key_prefix(key), key, next));
        }
    }
    after_capital.sort_unstable();
    after_capital
}

/// The first byte at or after `from` that is an ASCII capital or not ASCII (where a word
/// with a capital can start), testing eight bytes at a time: for a byte below `0x80`,
/// `b + (0x80 - k)` has its high bit set exactly when `b >= k`, and no carry crosses bytes.
fn next_capital(bytes: &[u8], from: usize) -> Option<usize> {
    use whosaid_core::bytes::{find_from, splat, HIGHS};
    let may_hold = |x: u64| {
        let ascii = x & !HIGHS;
        let from_a = ascii + splat(0x80 - b'A');
        let after_z = ascii + splat(0x80 - b'Z' - 1);
        (x | (from_a & !after_z)) & HIGHS != 0
    };
    find_from(bytes, from, may_hold, |b| {
        b.is_ascii_uppercase() || !b.is_ascii()
    })
}

/// The first eight bytes of `key` as a big-endian number, zeros after a shorter key: keys in
/// order have prefixes in order (a key before another has a smaller prefix or the same), so
/// `(key_prefix(key), key)` orders as `key` alone does.
fn key_prefix(key: &str) -> u64 {
    let mut eight = [0; 8];
    let n = key.len().min(8);
    eight[..n].copy_from_slice(&key.as_bytes()[..n]);
    u64::from_be_bytes(eight)
}

/// The key a word is indexed by in [`FullNames`]: its first character and the ASCII letters
/// and digits right after it. A whole-word occurrence of a surname (no ASCII letter or digit
/// after it) has the surname's own key at its place in the text, since the key stops at the
/// surname's first byte that is not an ASCII letter or digit, or at its end.
fn word_key(word: &str) -> &str {
    let first = word.chars().next().map_or(0, char::len_utf8);
    let run = word.as_bytes()[first..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    &word[..first + run]
}

/// A word that can be part of a name before a surname: capitalised, of letters (and `.`, `-`,
/// `'`), not ending a clause (`Monday.`, `said,`; an initial `J.` does not), no title and no
/// common sentence opener.
fn is_name_word(w: &str) -> bool {
    let capitalised = w.chars().next().is_some_and(char::is_uppercase)
        && w.chars()
            .skip(1)
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''));
    if !capitalised {
        return false;
    }
    let ends_clause =
        w.ends_with([',', ';', ':', '!', '?']) || w.ends_with('.') && w.chars().count() > 2;
    !ends_clause && !is_title_word(w) && !is_common_opener(w)
}

/// The full name read at an occurrence of `surname` at byte `at` of `prose`: up to three
/// [`is_name_word`] words right before it, separated by single spaces. `None` when the
/// occurrence is not a whole word, is part of another name (`Baker Hughes Inc`, `Hughes
/// Tool`: a capitalised word after it) or has no first name before it.
fn full_name_at(prose: &str, at: usize, surname: &str) -> Option<String> {
    let bytes = prose.as_bytes();
    let from = at + surname.len();
    let before_ok = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
    let after_ok = bytes.get(from).is_none_or(|b| !b.is_ascii_alphanumeric());
    if !(before_ok && after_ok) {
        return None;
    }
    let next_word = prose[from..].trim_start_matches(' ');
    if prose[from..].starts_with(' ') && next_word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let head = &prose[..at];
    if !head.ends_with(' ') {
        return None;
    }
    // The first names are the words right before, single spaces apart: the full name is the
    // text from the first of them, with the surname.
    let before = &head[..head.len() - 1];
    let mut start = before.len();
    let mut words = 0;
    for w in before.rsplit(' ').take(3).take_while(|w| is_name_word(w)) {
        start -= w.len() + usize::from(words > 0);
        words += 1;
    }
    if words == 0 {
        return None;
    }
    let mut full = String::with_capacity(at - start + surname.len());
    full.push_str(&head[start..]);
    full.push_str(surname);
    Some(full)
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
            // Party members before their names: `Republicans Jolly of Indian Shores and
            // DeSantis`, `Republican David Jolly`.
            | "Republican"
            | "Republicans"
            | "Democrat"
            | "Democrats"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_words_are_found_whatever_the_white_space() {
        assert_eq!(last_words_start("the official\u{a0}UNN", 1), Some(14));
        assert_eq!(
            last_words_start("the  official Times of\tZambia ", 3),
            Some(14)
        );
        assert_eq!(last_words_start("Telex", 1), Some(0));
        assert_eq!(last_words_start("one two", 2), Some(0));
        assert_eq!(last_words_start("one two", 3), None);
        assert_eq!(last_words_start("", 1), None);
        assert_eq!(last_words_start("one", 0), None);
    }

    #[test]
    fn an_outlets_name_is_read_out_of_its_description() {
        for (text, name) in [
            ("the official news agency Tanjug", Some("Tanjug")),
            ("the official Times of Zambia", Some("Times of Zambia")),
            ("The independent Hungarian news site Telex", Some("Telex")),
            ("the Wall Street Journal", None),
            (
                "shocked by an Economic Planning Agency",
                Some("Economic Planning Agency"),
            ),
            ("an Economic Planning Agency", None),
            ("The Washington Post", None),
            ("Reuters", None),
        ] {
            assert_eq!(
                described_outlet_name(text).map(|at| &text[at..]),
                name,
                "{text}"
            );
        }
    }

    /// The search [`last_honorific_name`] replaced: each honorific searched from the end.
    fn last_honorific_by_search(text: &str) -> Option<(usize, String)> {
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

    #[test]
    fn last_honorific_agrees_with_a_search() {
        let texts = [
            "",
            "Mr. Witkoff has defended his approach.",
            "Mr. Witkoff met Dr. Jones and Mrs. O'Hara-Lee. Then Ms. Émilie left.",
            "Dr. Jones met Mr. smith.",
            "Mr. Jones met Mr. smith.",
            "Mr Jones, Mrs Smith and Ms Doe. Dr Who? Mr. ",
            "MD DM Mr.Jones Mrs.  Smith MrJones Dr. 5 Mr. Élan",
            "Dr. Ann Mr. a Mrs. b Ms. c Dr. d Mr a Mrs b Ms c Dr d",
            "Mr. Ann Mr. a Mrs. b Ms. c Dr. d Mr a Mrs b Ms c Dr d Mr. Bob",
            "Ms. Ann Dr. Mr. Mrs. Ms. x",
        ];
        for text in texts {
            assert_eq!(
                last_honorific_name(text),
                last_honorific_by_search(text),
                "{text:?}"
            );
            // Every window, as the resolver asks for them.
            for (i, _) in text.char_indices() {
                assert_eq!(
                    last_honorific_name(&text[i..]),
                    last_honorific_by_search(&text[i..]),
                    "{:?}",
                    &text[i..]
                );
            }
        }
    }

    #[test]
    fn occurrences_are_those_found_from_the_first_character() {
        // The search the byte search replaced.
        fn by_chars(prose: &str, surname: &str) -> Vec<usize> {
            let first = surname.chars().next().expect("a surname");
            let mut from = 0;
            std::iter::from_fn(|| loop {
                let at = from + prose[from..].find(first)?;
                if prose[at..].starts_with(surname) {
                    from = at + surname.len();
                    return Some(at);
                }
                from = at + first.len_utf8();
            })
            .collect()
        }
        let prose = "Smith and SmithSmith met Ms. Smit, Émile Émilé and Zoë Zoë; aaa Ébert.";
        for surname in [
            "Smith",
            "SmithSmith",
            "Smit",
            "Émile",
            "Zoë",
            "aa",
            "a",
            "É",
            "x",
        ] {
            let found: Vec<usize> = occurrences(prose, surname).collect();
            assert_eq!(found, by_chars(prose, surname), "{surname}");
        }
        assert_eq!(occurrences(prose, "").count(), 0);
    }

    #[test]
    fn words_are_those_split_at_white_space() {
        let many = "a ".repeat(20);
        for text in [
            "",
            " ",
            "Marco Rubio",
            "  the\tstate\u{b}news\u{c}agency\r\nRIA  Novosti ",
            "Zoë Émile\u{a0}Brun",
            many.as_str(),
        ] {
            let want: Vec<&str> = text.split_whitespace().collect();
            with_words(text, |words| assert_eq!(words, want, "{text:?}"));
        }
    }

    #[test]
    fn ascii_names_normalise_as_any_name() {
        let names = [
            "J.D. Vance",
            "JD  Vance",
            "The Washington Post",
            "the the Post",
            ". the Post",
            "\"(Marco Rubio),\" said",
            "O`Neil\tand\u{b}Rubio\u{c}x\ry\nz",
            ",;: () the",
            "",
            "   ",
            "THE. U.S. Fed",
            // Names that are their own key but for case, and some that nearly are.
            "Marco Rubio",
            "Texaco Inc",
            "O'Neil-Smith 3rd",
            "Theo Smith",
            "The",
            "the",
            "THE Post",
            "x",
            "x  y",
            " x",
            "x ",
            "x-",
            "x'",
            "x\ty",
            "The company",
            "the company",
            "The the company",
            "the ",
            "the  company",
            "the x",
            "THE U.S.",
        ];
        for name in names {
            assert!(name.is_ascii());
            let (mut ascii, mut chars) = (String::new(), String::new());
            normalise_ascii(name, &mut ascii);
            normalise_chars(name, &mut chars);
            assert_eq!(ascii, chars, "{name:?}");
        }
        assert_eq!(normalise("Kyiv’s Mayor"), "kyiv's mayor");
    }

    #[test]
    fn capitals_eight_at_a_time() {
        for len in 0..20 {
            for at in 0..len {
                for b in 0..=255u8 {
                    for other in [b'a', b' ', b'@', b'[', 0x7F, 0x00] {
                        let mut bytes = vec![other; len];
                        bytes[at] = b;
                        for from in [0, at, at + 1, len] {
                            let naive = bytes[from.min(len)..]
                                .iter()
                                .position(|b| b.is_ascii_uppercase() || !b.is_ascii())
                                .map(|i| from + i);
                            assert_eq!(next_capital(&bytes, from), naive, "{bytes:?} {from}");
                        }
                    }
                }
            }
        }
    }

    /// The [`full_name_at`] that collected and joined the first names.
    fn full_name_by_joining(prose: &str, at: usize, surname: &str) -> Option<String> {
        let bytes = prose.as_bytes();
        let from = at + surname.len();
        let before_ok = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        let after_ok = bytes.get(from).is_none_or(|b| !b.is_ascii_alphanumeric());
        if !(before_ok && after_ok) {
            return None;
        }
        let next_word = prose[from..].trim_start_matches(' ');
        if prose[from..].starts_with(' ')
            && next_word.chars().next().is_some_and(char::is_uppercase)
        {
            return None;
        }
        let head = &prose[..at];
        if !head.ends_with(' ') {
            return None;
        }
        let mut first: Vec<&str> = head
            .split(' ')
            .rev()
            .skip(1)
            .take(3)
            .take_while(|w| is_name_word(w))
            .collect();
        if first.is_empty() {
            return None;
        }
        first.reverse();
        Some(format!("{} {surname}", first.join(" ")))
    }

    #[test]
    fn full_names_read_as_by_joining() {
        for text in [
            "Secretary of State Marco Rubio left. A B C D Evans said. Ann  Rubio. J. Rubio",
            "Jean-Luc Martin, Martin; O'Neil spoke; Tip O'Neil said. Ann Rubio’s aide.",
            " Rubio Ann Rubio Évan Zelenskyy Volodymyr Zelenskyy Monday. Rubio",
        ] {
            for surname in ["Rubio", "Evans", "Martin", "O'Neil", "Zelenskyy", "Ann"] {
                for (at, _) in text.match_indices(surname) {
                    assert_eq!(
                        full_name_at(text, at, surname),
                        full_name_by_joining(text, at, surname),
                        "{surname} at {at} in {text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn party_members_before_names_are_no_first_names() {
        let text =
            "Republicans Jolly of Indian Shores and DeSantis disagree. Jolly, who won, spoke.";
        assert_eq!(full_name_by_search(text, "Jolly"), None);
        let text = "Republican David Jolly of Indian Shores disagrees. Jolly, who won, spoke.";
        assert_eq!(
            full_name_by_search(text, "Jolly").as_deref(),
            Some("David Jolly")
        );
    }

    #[test]
    fn full_names_from_the_index_agree_with_a_search() {
        let texts = [
            "Rubio said so. Later, Secretary of State Marco Rubio left.",
            "Marco Rubio spoke. Rubio left. Mr. Rubio, Rubio's aide said.",
            "Bill Clinton and Hillary Clinton met. Clinton spoke.",
            "Baker Hughes Inc said. John Hughes Tool. Hughes said. Mary Hughes left.",
            "It rose on Monday. Rubio said. J. Rubio left. The Rubio plan. He Rubio",
            "Willy de Clercq said. Clercq said. O'Neil spoke; Tip O'Neil said. Tip O'Neill.",
            "Volodymyr Zelenskyy said. Zelenskyy’s aide. Президент Зеленський. Зеленський",
            "éRubio. Ann Rubio2. Ann  Rubio. Ann\nRubio. Ann Rubio.x Ann Rubioé Ann Rubio",
            "A B C D Evans said. Evans Evans Evans. Jean-Luc Martin, Martin",
            "  Rubio Rubio  Ann Ann Rubio Rubio,Rubio",
            "Rubio’s aide spoke. Ann Rubio’s aide and Ann Rubio's aide. Ann Rubio-Lee said.",
        ];
        let surnames = [
            "Rubio",
            "Clinton",
            "Hughes",
            "Clercq",
            "O'Neil",
            "O'Neill",
            "O",
            "Zelenskyy",
            "Зеленський",
            "Rubio2",
            "Evans",
            "Martin",
            "Ann",
            "Rubio,Rubio",
            "x",
            "é",
            "",
            "Rubi",
            "ubio",
            "Nobody",
            "said.",
            "Luc",
        ];
        for text in texts {
            // The first surname asked for is searched for, the others come from the index;
            // every surname is asked for first once.
            for first in surnames.iter().filter(|s| !s.is_empty()) {
                let mut names = FullNames::new(text);
                for surname in std::iter::once(first).chain(&surnames) {
                    assert_eq!(
                        names.full_name_of(surname),
                        full_name_by_search(text, surname),
                        "{surname:?} in {text:?} after {first:?}"
                    );
                }
                assert!(names.after_capital.is_some());
            }
        }
        // A name that appears only later in the text, after the surname alone; by the
        // search and by the index.
        for asked_before in [None, Some("Nobody")] {
            let ask = |text: &str, surname: &str| {
                let mut names = FullNames::new(text);
                if let Some(other) = asked_before {
                    names.full_name_of(other);
                }
                names.full_name_of(surname)
            };
            assert_eq!(ask(texts[0], "Rubio").as_deref(), Some("Marco Rubio"));
            assert_eq!(ask(texts[2], "Clinton"), None);
            assert_eq!(ask(texts[3], "Hughes").as_deref(), Some("Mary Hughes"));
        }
    }

    /// Words lowercased as bytes on the stack are their ASCII lowercase, up to the buffer's
    /// length; so the lists, matched as bytes, answer as when matched as strings.
    #[test]
    fn words_lowercased_on_the_stack() {
        for word in [
            "",
            "Secretary",
            "U.S.",
            "DE",
            "Président",
            "ÉLYSÉE",
            "representatives",
            "x",
        ] {
            let mut buf = [0; LOWER_MAX];
            let want = word.to_ascii_lowercase();
            let got = ascii_lowercase(word, &mut buf);
            assert_eq!(
                got,
                (want.len() <= LOWER_MAX).then_some(want.as_bytes()),
                "{word:?}"
            );
        }
        assert!(is_particle("Van") && is_particle("de") && !is_particle("Dé"));
        assert!(is_body_word("MINISTRY.") && !is_body_word("Ministère"));
    }

    /// Keys ordered by their prefix first are in the order of the keys alone.
    #[test]
    fn key_prefixes_order_as_keys() {
        let keys = [
            "",
            "a",
            "a\0",
            "ab",
            "abcdefgh",
            "abcdefgh\0",
            "abcdefghi",
            "abcdefgz",
            "b",
            "Zé",
            "É",
            "Smith",
            "Smithson",
            "Smit",
            "O'Neil",
            "\u{0}",
        ];
        for a in keys {
            for b in keys {
                assert_eq!(
                    (key_prefix(a), a).cmp(&(key_prefix(b), b)),
                    a.cmp(b),
                    "{a:?} {b:?}"
                );
            }
        }
    }

    /// The one-pass test of a plain name agrees with the test of its byte pairs.
    #[test]
    fn plain_names_as_by_byte_pairs() {
        let by_pairs = |bytes: &[u8]| {
            let word_byte = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'\'');
            let the = bytes.len() >= 3
                && bytes[..3].eq_ignore_ascii_case(b"the")
                && bytes.get(3).is_none_or(|&b| b == b' ');
            bytes.first().is_some_and(|&b| word_byte(b))
                && bytes.last().is_some_and(|&b| word_byte(b))
                && bytes
                    .windows(2)
                    .all(|pair| word_byte(pair[1]) || pair[1] == b' ' && pair[0] != b' ')
                && !the
        };
        let parts = [
            "", " ", "  ", "a", "Z9", "-", "'", ".", "the", "The", "x y", "é", "\t",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    let name = format!("{a}{b}{c}");
                    let bytes = name.as_bytes();
                    assert_eq!(is_plain_name(bytes), by_pairs(bytes), "{name:?}");
                }
            }
        }
    }

    #[test]
    fn word_lists() {
        assert!(is_title_word("Secretary") && is_title_word("U.S.") && !is_title_word("Rubio"));
        assert!(is_body_word("Bureau") && !is_body_word("Callies"));
        assert!(is_person_noun(b"spokesman") && is_common_opener("According"));
    }

    /// [`name_part`]'s searches for a possessive and for ` of `/` at ` agree with the
    /// substring searches over the whole mention they replaced.
    #[test]
    fn name_part_searches_agree_with_substring_searches() {
        for text in [
            "the Bureau of Meteorology's Claire Richards",
            "Kyiv’s mayor Vitali Klitschko",
            "the bank's chief economist at Dean Witter",
            "Chris Callies of Dean Witter at home",
            "a'b's x",
            "of at 's ’s ",
            " at  of the ",
            "Sir John's",
            "",
        ] {
            assert_eq!(
                last_possessive(text),
                text.rfind("'s ").or_else(|| text.rfind("’s ")),
                "{text}"
            );
            let want = [" of ", " at "].iter().filter_map(|p| text.find(p)).min();
            assert_eq!(first_of_or_at(text), want, "{text}");
            for pattern in [" of ", " at ", " (", " — ", " - ", " "] {
                assert_eq!(
                    find_from_space(text, pattern),
                    text.find(pattern),
                    "{text} {pattern}"
                );
            }
        }
    }

    /// The last word read backwards is the last word of the split.
    #[test]
    fn last_words_as_by_the_split() {
        for text in [
            "",
            " ",
            "Rubio",
            "Marco Rubio",
            " Marco\n de  Rubio ",
            "a\tb\u{b}",
            "x\u{a0}",
            "x\u{a0}y",
            "Élysée",
            "the Élysée Palace",
            "Palace Élysée",
            "a \u{2003}b",
            "a\u{1c}b",
            "\r\n",
            "a b\u{85}",
            "\u{a0}x\u{a0}",
            "\u{2003} Élysée \u{85}",
            " de Clercq",
            "\u{a0}de Clercq",
        ] {
            assert_eq!(
                last_word(text),
                text.split_whitespace().next_back(),
                "{text:?}"
            );
            assert_eq!(first_word(text), text.split_whitespace().next(), "{text:?}");
            assert_eq!(trim(text), text.trim(), "{text:?}");
            let comma = format!("{text},{text}");
            assert_eq!(before_comma(&comma), text.trim(), "{text:?}");
            let mut words = text.split_whitespace();
            let want = words.next_back().filter(|_| words.next_back().is_some());
            assert_eq!(surname(text), want, "{text:?}");
        }
    }

    #[test]
    fn words_joined_as_by_join() {
        let text = "a  b c\td e\u{a0}f g h i j k l m n o p q r s";
        let all: Vec<&str> = text.split_whitespace().collect();
        for i in 0..all.len() {
            for j in i..=all.len() {
                assert_eq!(join_words(text, &all[i..j]), all[i..j].join(" "), "{i} {j}");
            }
        }
        for text in [text, "", " x ", "a b c d e f g h i j k l m n o p q"] {
            let all: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(with_words(text, |w| w.to_vec()), all);
        }
    }

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

    /// The [`head`] noun that lowercased, trimmed and made singular in three allocations.
    fn head_noun_by_steps(text: &str) -> Option<String> {
        let head = text
            .split_whitespace()
            .take_while(|w| !is_modifier(w.to_ascii_lowercase().as_bytes()))
            .last();
        head.map(str::to_ascii_lowercase)
            .map(|h| {
                h.trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_owned()
            })
            .map(|h| h.strip_suffix('s').map(str::to_owned).unwrap_or(h))
    }

    /// True when [`with_head`] reads a person noun in the singular.
    fn single_person_head(text: &str) -> bool {
        with_head(text, |h, plural| !plural && is_person_noun(h)).unwrap_or(false)
    }

    #[test]
    fn head_nouns_agree_with_the_steps() {
        for text in [
            "an official familiar with the situation",
            "the officials",
            "Some ANALYSTS said",
            "A company SPOKESMAN.",
            "industry sources, who",
            "the Officials’",
            "a representatives",
            "an extraordinarily-long-noun",
            "diplomats...",
            "Familiar",
            "",
            "s",
            "S's",
            "the Élysée’s",
        ] {
            assert_eq!(
                head(text).map(|(h, _)| h),
                head_noun_by_steps(text),
                "{text:?}"
            );
            let plural = text
                .split_whitespace()
                .take_while(|w| !is_modifier(w.to_ascii_lowercase().as_bytes()))
                .last()
                .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
                .is_some_and(|w| {
                    w.ends_with(['s', 'S']) && !w.to_ascii_lowercase().ends_with("ss")
                });
            let person = head_noun_by_steps(text).is_some_and(|h| is_person_noun(h.as_bytes()));
            assert_eq!(single_person_head(text), person && !plural, "{text:?}");
            assert_eq!(
                head(text).map(|(_, p)| p),
                head_noun_by_steps(text).map(|_| plural)
            );
        }
        assert!(single_person_head("a company Spokesman"));
        assert!(single_person_head("a spokesman for the Dutch roasters"));
        assert!(single_person_head(
            "a company official attending the meeting here"
        ));
        assert!(!single_person_head("the company"));
        assert!(!single_person_head("Oil traders in New York"));
        assert!(!single_person_head("the SOURCES"));
    }

    #[test]
    fn keys() {
        assert_eq!(normalise("J.D. Vance"), normalise("JD  Vance"));
        assert_eq!(normalise("The Washington Post"), "washington post");
        assert_eq!(normalise("Kyiv’s"), "kyiv's");
        assert_eq!(surname("Marco Rubio"), Some("Rubio"));
        assert_eq!(surname(" Marco\n de  Rubio "), Some("Rubio"));
        assert!(is_particle_name("de Clercq") && is_particle_name("van der Berg"));
        assert!(!is_particle_name("Clercq") && !is_particle_name("Willy de Clercq"));
        assert!(!is_particle_name("") && !is_particle_name("de"));
        // As the test of every word but the last that it replaced.
        for name in [
            "de la Cruz",
            "van der",
            "de  van\tder Berg x",
            "bin Salman Al Saud",
            "Al",
            " de ",
            "Da Silva",
            "de Silva van",
            "x de",
            "De La",
            "de la Cruz Ruiz",
        ] {
            let mut words = name.split_whitespace();
            let by_words = words.next_back().is_some()
                && words.clone().next().is_some()
                && words.all(is_particle);
            assert_eq!(is_particle_name(name), by_words, "{name:?}");
        }
        assert_eq!(surname("Rubio"), None);
        assert_eq!(
            head("an official familiar with the situation"),
            Some(("official".into(), false))
        );
        assert_eq!(head("the officials"), Some(("official".into(), true)));
    }
}

#[cfg(test)]
mod person_name_tests {
    use super::{likeliest_group, likeliest_person_name, sentence_cursor};

    /// The group [`likeliest_group`] finds in `text`.
    fn group(text: &str) -> Option<&str> {
        let doc = whosaid_text::plain(text.to_owned());
        let mut sentence_of = sentence_cursor(&doc.sentences, 0);
        likeliest_group(text, &mut sentence_of).map(|(_, w)| w)
    }

    /// The name [`likeliest_person_name`] finds in `text`, with `known` the surnames the text
    /// writes full names for.
    fn name<'x>(text: &'x str, known: &[&str]) -> Option<&'x str> {
        let doc = whosaid_text::plain(text.to_owned());
        let mut sentence_of = sentence_cursor(&doc.sentences, 0);
        likeliest_person_name(text, &mut sentence_of, &mut |w| known.contains(&w)).map(
            |(at, name, _)| {
                assert_eq!(&text[at..at + name.len()], name);
                name
            },
        )
    }

    #[test]
    fn the_first_name_of_the_last_sentence_with_one() {
        for (text, expected) in [
            ("Elka Graham won the 300 metres freestyle. ", "Elka Graham"),
            (
                "Hillary Clinton on Monday hit Bernie Sanders on immigration, ",
                "Hillary Clinton",
            ),
            (
                "Geoff Huegill won. Westpac's Bill Evans is among those who believe it. ",
                "Bill Evans",
            ),
            (
                "Counsel assisting Lionel Robbards QC told the commission of fear. ",
                "Lionel Robbards",
            ),
            (
                "Along with others, Adventure World director Stephan Friedli appeared. ",
                "Stephan Friedli",
            ),
            (
                "Sen. Tom Harkin (D-Iowa) offered the proposal. ",
                "Tom Harkin",
            ),
            ("Prime Minister Li Gun-mo told the assembly. ", "Li Gun-mo"),
            (
                "Presumptive Democratic presidential nominee Hillary Clinton unveiled it. ",
                "Hillary Clinton",
            ),
            ("President George W. Bush spoke. ", "George W. Bush"),
            (
                "Commerce Dept. undersecretary Robert Ortner said that ",
                "Robert Ortner",
            ),
            (
                "Sheikh Ali al-Khalifa al-Sabah was quoted. ",
                "Ali al-Khalifa al-Sabah",
            ),
            ("Oh yeah, Rand Paul—that was on purpose. ", "Rand Paul"),
        ] {
            assert_eq!(name(text, &[]), Some(expected), "{text}");
        }
        // A surname alone, when the text writes the full name somewhere.
        assert_eq!(
            name(
                "Groberg, 33, opened up about why he will not back nominee Donald Trump. ",
                &["Groberg"]
            ),
            Some("Groberg")
        );
    }

    /// Groups: the first plural noun of people of the last sentence with one.
    #[test]
    fn the_first_people_of_the_last_sentence_with_some() {
        assert_eq!(
            group("The officials met. Many analysts and voters say "),
            Some("analysts")
        );
        assert_eq!(group("The company met. It said "), None);
        assert_eq!(group("’cause — — they "), None);
    }

    #[test]
    fn no_place_body_work_or_headline_is_a_person() {
        for text in [
            "He found solo success with the track My Sweet Lord, although ",
            "The stock rose in Hong Kong. ",
            "Sales at GM Overseas Distribution Corporation rose. ",
            "Shares of Shin-Etsu Chemical Co rose. ",
            "Peter was at Smith Barney, Harris Upham and Co Inc. ",
            "The deputy manager of Yapi ve Kredi Bankasi spoke. ",
            "The monetary sources said Though Japanese officials objected, ",
            "9 (More) Offensive Things Donald Trump Has Said About Latinos.\n\n",
            "If October's Democratic debate represented an escape, ",
            "Oz offered a platform to the Ivy League-trained doctor. ",
            "the newsletter Oil World said. ",
            "A director of a defunct Swiss company appeared at the Saxeten River Gorge. ",
        ] {
            assert_eq!(name(text, &[]), None, "{text}");
        }
    }
}
