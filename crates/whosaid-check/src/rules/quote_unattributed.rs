//! `quote/unattributed`.

use whosaid_core::{Finding, Span};

use super::finding;
use crate::{Context, Rule};

const ID: &str = "quote/unattributed";

/// A quotation shorter than this (in words) is a phrase, a title or a scare quote, not speech.
const MIN_WORDS: usize = 6;

declare_rule! {
    pub struct QuoteUnattributed;
    what_it_does: "\
Flags a direct quotation that stands on its own, a whole sentence or paragraph of at least six
words opening with a quotation mark, that no attribution covers: no `she said`, no `according to`,
no speaker before a colon. A quote after an attribution in the same paragraph, or in the
paragraph right after one, is read as that speaker continuing, as news style has it, and is not
flagged; so is a run of quoted paragraphs after a speaker's (the parser extends the speaker's
content over them), and a quoted paragraph after `Cruz continued:`.",
    why_it_matters: "\
A quotation is a claim that someone said these exact words. Without a speaker the reader cannot
weigh it, and the newsroom cannot defend it.",
    example: "\
```text
The talks were called off on Tuesday.

\"We have no reason to travel to London this week at all.\"
```

Use instead:

```text
\"We have no reason to travel to London this week at all,\" a State Department spokesperson said.
```",
    known_false_positives: "\
A quote whose speaker is named only before a paragraph of prose between them; a quote whose
attribution the parser does not read (`\"…,\" Dub detailed.`, an unusual verb); epigraphs and quoted
slogans that stand alone on purpose. Scare quotes and titles (fewer than six words, or inside a
sentence) are never flagged.",
}

impl Rule for QuoteUnattributed {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let prose = cx.doc.prose();
        // The attributions' contents and cues, listed on the first quotation that needs them:
        // most documents have none.
        let mut lists: Option<Lists> = None;
        let mut quotes = Vec::new();
        // The first byte that may start a quotation mark ([`MARK_BYTES`]) at or after the
        // place searched from, `(from, found)`: kept from one paragraph to the next, so that
        // the paragraphs without a quotation (most) are passed over by one search of the
        // text rather than one search each.
        let mut next_mark: Option<(usize, Option<usize>)> = None;
        for (pi, para) in cx.doc.paragraphs.iter().enumerate() {
            let start = para.span.start;
            let mark = match next_mark {
                Some((from, found)) if from <= start && found.is_none_or(|f| f >= start) => found,
                _ => {
                    let found = next_mark_byte(prose, start);
                    next_mark = Some((start, found));
                    found
                }
            };
            if mark.is_none_or(|m| m >= para.span.end) {
                continue;
            }
            quotes.clear();
            paired_quotes(prose, para.span, &mut quotes);
            for &q in &quotes {
                if !has_words(&prose[q.start..q.end], MIN_WORDS) || !opens_sentence(cx, pi, q) {
                    continue;
                }
                let Lists { contents, all_cues } = lists.get_or_insert_with(|| Lists::of(cx));
                let covered = contents.iter().any(|c| c.overlaps(q));
                // An earlier attribution in the same paragraph, quoting or not: the same
                // speaker goes on (`Hayes told Reuters he did not expect a rise. "We have
                // concluded …"`).
                let i = all_cues.partition_point(|&c| c < para.span.start);
                let continued = all_cues.get(i).is_some_and(|&c| c < q.start);
                // The news convention: a quoted paragraph right after a paragraph that names a
                // speaker goes on with that speaker (`…, he said.` / `"…"`).
                let after_speaker = pi > 0 && {
                    let prev = cx.doc.paragraphs[pi - 1].span;
                    let j = all_cues.partition_point(|&c| c < prev.start);
                    all_cues.get(j).is_some_and(|&c| c < prev.end)
                };
                if covered || continued || after_speaker {
                    continue;
                }
                out.push(finding(
                    ID,
                    q,
                    "this quotation has no speaker: say who said it".to_owned(),
                ));
            }
        }
    }
}

/// What [`QuoteUnattributed`] reads of the attributions.
struct Lists {
    /// Content spans of attributions, in order of start, to test coverage with a cursor.
    contents: Vec<Span>,
    /// Where every attribution has its cue, in order.
    all_cues: Vec<usize>,
}

impl Lists {
    /// The lists of `cx`'s attributions.
    fn of(cx: &Context<'_>) -> Lists {
        let mut contents: Vec<Span> = cx.attributions.iter().filter_map(|a| a.content).collect();
        contents.sort_unstable();
        let mut all_cues: Vec<usize> = cx.attributions.iter().map(|a| a.cue.start).collect();
        all_cues.sort_unstable();
        Lists { contents, all_cues }
    }
}

/// The bytes a quotation mark starts with: `"`, and the first bytes of `“ ” „` (0xE2) and
/// `« »` (0xC2).
const MARK_BYTES: (u8, u8, u8) = (b'"', 0xC2, 0xE2);

/// The first of [`MARK_BYTES`] at or after byte `from` of `prose`.
fn next_mark_byte(prose: &str, from: usize) -> Option<usize> {
    let (a, b, c) = MARK_BYTES;
    memchr::memchr3(a, b, c, prose.as_bytes().get(from..)?).map(|k| from + k)
}

/// The double-quoted spans (marks included) of paragraph `para`, paired left to right within
/// the paragraph. A straight `"` opens when the one before it has closed and closes otherwise;
/// nested quotes are inside their outer quote and not listed. One pass, linear.
fn paired_quotes(prose: &str, para: Span, out: &mut Vec<Span>) {
    let text = para.slice(prose);
    let bytes = text.as_bytes();
    let mut open: Option<usize> = None;
    // Depth of curly quotes inside the open one.
    let mut depth = 0usize;
    let mut i = 0;
    // Only the bytes that start a quotation mark are looked at: `"`, and the first bytes
    // of `“ ” „` (0xE2) and `« »` (0xC2), which start characters, so `i` stays on a char
    // boundary; the character there is decoded only then.
    // `"` or the lead byte of a curly quote or guillemet, by memchr's vectorised search for
    // three bytes (exact: any other non-ASCII byte is stepped over without a look).
    while let Some(k) = bytes
        .get(i..)
        .and_then(|rest| memchr::memchr3(MARK_BYTES.0, MARK_BYTES.1, MARK_BYTES.2, rest))
    {
        i += k;
        let c = text[i..].chars().next().expect("char boundary");
        let at = para.start + i;
        i += c.len_utf8();
        match (c, open) {
            ('"', None) | ('“' | '«' | '„', None) => {
                open = Some(at);
                depth = 0;
            }
            ('“' | '«' | '„', Some(_)) => depth += 1,
            ('”' | '»', Some(_)) if depth > 0 => depth -= 1,
            ('"' | '”' | '»', Some(start)) => {
                out.push(Span::new(start, at + c.len_utf8()));
                open = None;
            }
            _ => {}
        }
    }
}

/// True when `text` holds at least `n` words with a letter or digit in them: counted up to
/// `n` only, not through a long quotation.
fn has_words(text: &str, n: usize) -> bool {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(n)
        .count()
        == n
}

/// True when quote `q` begins a sentence of paragraph `pi`: nothing but white space or a dash
/// before its opening mark in that sentence.
fn opens_sentence(cx: &Context<'_>, pi: usize, q: Span) -> bool {
    let prose = cx.doc.prose();
    let sentences = cx.doc.paragraph_sentences(pi);
    let i = sentences.partition_point(|s| s.span.end <= q.start);
    let Some(s) = sentences.get(i) else {
        return false;
    };
    let start = s.span.start.min(q.start);
    prose[start..q.start]
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '—' | '–' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test::table;

    #[test]
    fn has_words_counts_up_to_n() {
        let words = |text: &str| {
            text.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        };
        for text in [
            "",
            "\"one two three four five six\"",
            "\"one two - three -- four five\"",
            "a b c d e f g h",
            " 1 2 3 4 5 ",
        ] {
            for n in 0..10 {
                assert_eq!(has_words(text, n), words(text) >= n, "{text} {n}");
            }
        }
    }

    /// The character-by-character pairing that the byte scan replaced.
    fn reference_quotes(prose: &str, para: Span) -> Vec<Span> {
        let mut out = Vec::new();
        let mut open: Option<usize> = None;
        let mut depth = 0usize;
        for (i, c) in para.slice(prose).char_indices() {
            let at = para.start + i;
            match (c, open) {
                ('"', None) | ('“' | '«' | '„', None) => {
                    open = Some(at);
                    depth = 0;
                }
                ('“' | '«' | '„', Some(_)) => depth += 1,
                ('”' | '»', Some(_)) if depth > 0 => depth -= 1,
                ('"' | '”' | '»', Some(start)) => {
                    out.push(Span::new(start, at + c.len_utf8()));
                    open = None;
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn the_byte_scan_pairs_as_the_character_scan() {
        let mut texts: Vec<String> = [
            "He said \"go “now” please\" and «oui» — „ja“ ” » \" é ü ’ – ©",
            "“Nested “twice” and «once» inside” then \"straight\" ¿¡ \"open",
            "Ω “ ”” »» «« \"\"",
        ]
        .map(str::to_owned)
        .to_vec();
        texts.extend(whosaid_testdata::corpus().1.into_iter().take(500));
        for text in &texts {
            // Every paragraph-like part, at char boundaries.
            let para = Span::new(text.find(' ').unwrap_or(0), text.len());
            let mut got = Vec::new();
            paired_quotes(text, para, &mut got);
            assert_eq!(got, reference_quotes(text, para), "{text}");
        }
    }

    #[test]
    fn fires_and_near_misses() {
        table(
            &QuoteUnattributed,
            ID,
            &[
                // Fires: a quoted paragraph with no speaker.
                (
                    "The talks were called off.\n\n\"We have no reason to travel to London this week at all.\"",
                    &["\"We have no reason to travel to London this week at all.\""],
                ),
                // Fires: a quoted sentence after reported speech of someone else.
                (
                    "Prices rose again. “Nobody in this town can afford bread any more.” Shops closed early.",
                    &["“Nobody in this town can afford bread any more.”"],
                ),
                // Near miss: attributed, before and after the quote.
                (
                    "\"We have no reason to travel to London this week,\" a spokesperson said.",
                    &[],
                ),
                ("Rubio said: \"We have no reason to travel to London this week.\"", &[]),
                // Near miss: the same speaker goes on in the same paragraph.
                (
                    "\"We will not give up our land,\" Zelensky said. \"Our people have paid too high a price for that.\"",
                    &[],
                ),
                // Near miss: scare quotes and a title inside a sentence.
                ("The so-called \"peace plan\" was rejected.", &[]),
                (
                    "He read \"The Lord of the Rings: The Return of the King\" twice.",
                    &[],
                ),
                // Near miss: a short quoted line.
                ("\"Never again.\"", &[]),
            ],
        );
    }
}
