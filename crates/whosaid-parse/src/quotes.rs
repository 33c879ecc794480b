//! Quotation marks: which marks open and close quotes, pairing, and the news convention that a
//! quote running over several paragraphs reopens each paragraph and closes only at its end.
//!
//! One pass over the prose of the document's paragraphs, in order, with a bounded stack: linear in
//! the input, whatever the nesting.

use whosaid_core::{Document, Problem, ProblemKind, Span};

/// Nesting deeper than this is not tracked (marks beyond it are ignored), so that 10,000 nested
/// quotes cost no more than 10,000 plain ones.
const MAX_DEPTH: usize = 8;

/// A quotation found in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quote {
    /// The opening mark.
    pub open: Span,
    /// The closing mark.
    pub close: Span,
    /// Nesting depth: 0 for a top-level quote.
    pub depth: u8,
    /// True when the quote runs over more than one paragraph.
    pub multi_paragraph: bool,
}

impl Quote {
    /// From the opening mark to the closing mark, both included.
    pub fn outer(&self) -> Span {
        Span::new(self.open.start, self.close.end)
    }
}

/// What a mark can be, before pairing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark whose direction only the context decides.
    Either,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    span: Span,
    role: Role,
    level: Level,
}

/// The quotes of a document and the marks that matched nothing.
#[derive(Debug, Default)]
pub(crate) struct Quotes {
    /// Paired quotes, ordered by opening mark.
    pub quotes: Vec<Quote>,
    /// Problems: unclosed or unopened quotes.
    pub problems: Vec<Problem>,
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

fn is_space_or_none(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace())
}

/// True before a mark that opens: start of text, white space, an opening bracket or dash.
fn opens_after(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':'),
    }
}

/// True for a byte that can start a quotation mark: `"`, `'`, or the first byte of the UTF-8
/// encoding of `“ ” „ ‘ ’` (0xE2) or `« »` (0xC2). Every other byte is skipped unread.
fn may_start_mark(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | 0xC2 | 0xE2)
}

/// The index of the first byte of `bytes` that [`may_start_mark`], read sixteen bytes at a time:
/// a block with no `"`, no `'` and no byte of a multi-byte character (nearly every block of
/// English prose) is passed with a few arithmetic operations instead of sixteen comparisons;
/// only a block that may hold a mark is read byte by byte. Measured: the byte-at-a-time scan was
/// nearly all of [`find`], about nine instructions per byte of prose; eight bytes at a time with
/// a test per quote character, [`find`] cost 8.8M instructions on 2 MB of Reuters, 6.0M so.
///
/// One test finds both straight quotes: setting bits `0x05` maps `"` (`0x22`) and `'` (`0x27`),
/// and only `#` and `&` besides, to `'`, so a block is read byte by byte when it holds one of
/// those four or a byte of a multi-byte character. `#` and `&` are rare in prose, and the byte
/// reading tells them apart.
fn next_mark_start(bytes: &[u8]) -> Option<usize> {
    use whosaid_core::bytes::{splat, zero_bytes, HIGHS};
    let may_hold_mark = |w: u64| (w & HIGHS) | zero_bytes((w | splat(0x05)) ^ splat(b'\''));
    let mut pos = 0;
    while let Some(block) = bytes.get(pos..).and_then(|b| b.first_chunk::<16>()) {
        let x = u128::from_le_bytes(*block);
        if may_hold_mark(x as u64) | may_hold_mark((x >> 64) as u64) != 0 {
            if let Some(k) = block.iter().position(|&b| may_start_mark(b)) {
                return Some(pos + k);
            }
        }
        pos += 16;
    }
    // Fewer than sixteen bytes left: the last sixteen of a longer text are tested as a block
    // (they overlap the ones passed, which hold no mark), not read one by one.
    if let Some(last) = bytes.last_chunk::<16>() {
        let x = u128::from_le_bytes(*last);
        if may_hold_mark(x as u64) | may_hold_mark((x >> 64) as u64) == 0 {
            return None;
        }
    }
    bytes
        .get(pos..)?
        .iter()
        .position(|&b| may_start_mark(b))
        .map(|k| pos + k)
}

/// Finds the candidate marks of one paragraph.
///
/// Jumps from one byte that may start a mark to the next; the characters around a candidate
/// are decoded only there.
fn marks_in(prose: &str, para: Span, out: &mut Vec<Mark>) {
    let text = &prose[para.start..para.end];
    let bytes = text.as_bytes();
    let char_after = |at: usize| text[at..].chars().next();
    let mut i = 0;
    while let Some(k) = next_mark_start(&bytes[i..]) {
        i += k;
        let c = char_after(i).expect("a mark's first byte starts a character");
        let prev = text[..i].chars().next_back();
        let next = char_after(i + c.len_utf8());
        let start = para.start + i;
        let mark = match c {
            '“' | '„' | '«' | '”' | '»' => {
                Some((curly_role(c, prev, next), Level::Double, c.len_utf8()))
            }
            '"' => Some((straight_role(prev, next), Level::Double, 1)),
            // Three apostrophes after a word or punctuation close a single quote inside a
            // double one: `'I am sorry,'''` is `'` then `''`, the double quote's close last,
            // next to the cue that follows it.
            '\'' if next == Some('\'') && closes_triple(prev, char_after(i + 2)) => {
                Some((Role::Close, Level::Single, 1))
            }
            '\'' if next == Some('\'') => {
                // Two apostrophes: a double quote in some house styles ('' ... '').
                let after = char_after(i + 2);
                Some((straight_role(prev, after), Level::Double, 2))
            }
            '‘' => {
                if is_word_char(prev) {
                    None
                } else {
                    Some((Role::Open, Level::Single, c.len_utf8()))
                }
            }
            '’' | '\'' => {
                if is_word_char(prev) && is_word_char(next) {
                    None // apostrophe inside a word: Kyiv’s, don't
                } else if c == '\'' && opens_after(prev) && is_word_char(next) {
                    Some((Role::Open, Level::Single, 1))
                } else if !is_space_or_none(prev) && !is_word_char(next) {
                    Some((Role::Close, Level::Single, c.len_utf8()))
                } else {
                    None // '90s, ’til
                }
            }
            _ => None,
        };
        match mark {
            Some((role, level, len)) => {
                out.push(Mark {
                    span: Span::new(start, start + len),
                    role,
                    level,
                });
                i += len;
            }
            None => i += c.len_utf8(),
        }
    }
}

/// True at the first of three apostrophes (`after` is the third character from it) that close
/// a single quote and then a double one (`''I tell them, 'No,''' he said`): after a word or
/// punctuation that opens nothing.
fn closes_triple(prev: Option<char>, after: Option<char>) -> bool {
    after == Some('\'') && !opens_after(prev)
}

/// The role of a typographic double mark. English opens with `“` and closes with `”`; German
/// opens with `„` and closes with `“` (`„Wir stehen bereit.“`) or opens with `»` and closes
/// with `«` (`»Europe must act now.«`); French opens with `«` and closes with `»`. So `“` and
/// `«` close after a word or punctuation that opens nothing and before no word, and `»` opens
/// after a space or an opening bracket and before a word; each keeps its English or French
/// role otherwise.
fn curly_role(c: char, prev: Option<char>, next: Option<char>) -> Role {
    let glued_after = !opens_after(prev) && !is_word_char(next);
    match c {
        '“' | '«' if glued_after => Role::Close,
        '»' if opens_after(prev) && is_word_char(next) => Role::Open,
        '“' | '„' | '«' => Role::Open,
        _ => Role::Close,
    }
}

fn straight_role(prev: Option<char>, next: Option<char>) -> Role {
    let opens = opens_after(prev) && !is_space_or_none(next);
    let closes = !opens_after(prev) || is_space_or_none(next);
    match (opens, closes) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    }
}

struct Open {
    mark: Mark,
    /// Index of the paragraph where the quote opened.
    paragraph: usize,
}

/// Pairs the quotation marks of `doc`.
pub(crate) fn find(doc: &Document) -> Quotes {
    let prose = doc.prose();
    let mut out = Quotes::default();
    let mut marks = Vec::new();
    // A double quote left open at the end of the previous paragraph, waiting for a reopening mark.
    let mut carried: Option<Open> = None;
    // A document of one paragraph has often lost its breaks (text flattened by an export):
    // there `… is concerned. "In fact …` is the multi-paragraph convention, a quote that went on
    // and the next paragraph reopening it, as often as a quote left open.
    let flattened = doc.paragraphs.len() == 1;
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        marks.clear();
        marks_in(prose, para.span, &mut marks);
        let mut stack: Vec<Open> = Vec::new();
        let mut first = true;
        if let Some(open) = carried.take() {
            // The multi-paragraph convention: the paragraph must start with an opening mark.
            let reopens = marks.first().is_some_and(|m| {
                m.span.start == para.span.start && m.level == Level::Double && m.role != Role::Close
            });
            if reopens {
                stack.push(open);
                first = false; // the reopening mark is consumed below
            } else {
                unclosed(&mut out, open.mark);
            }
        }
        for (mi, mark) in marks.iter().enumerate() {
            if mi == 0 && !first {
                continue;
            }
            match mark.level {
                Level::Double => {
                    let open_double = stack.iter().rposition(|o| o.mark.level == Level::Double);
                    let closes = match mark.role {
                        Role::Close => true,
                        Role::Open => false,
                        Role::Either => open_double.is_some(),
                    };
                    if closes {
                        match open_double {
                            Some(at) => {
                                // Singles left open inside were apostrophes after all.
                                stack.truncate(at + 1);
                                let open = stack.pop().expect("position found above");
                                out.quotes.push(Quote {
                                    open: open.mark.span,
                                    close: mark.span,
                                    depth: stack.len().min(u8::MAX as usize) as u8,
                                    multi_paragraph: open.paragraph != pi,
                                });
                            }
                            None => out.problems.push(Problem {
                                kind: ProblemKind::UnopenedQuote,
                                span: mark.span,
                                message: "closing quotation mark with no opening mark before it"
                                    .into(),
                            }),
                        }
                    } else {
                        // A double quote opening a sentence while one is open: the open one
                        // was never closed (`… a generous offer. "We would …`). Reported
                        // here, it leaves the quotes after it paired and at the top level,
                        // not nested in it. Inside a sentence a double quote nests, as wire
                        // copy writes (`"… buying the "B" shares," Diaz said`), and so does
                        // a mark of the other style (`"… the world. “They haven’t …” he
                        // quoted one analyst."`).
                        let opens_sentence = |open: &Open| {
                            let straight = |m: &Mark| prose.as_bytes()[m.span.start].is_ascii();
                            straight(&open.mark) == straight(mark)
                                && prose[..mark.span.start]
                                    .trim_end()
                                    .ends_with(['.', '!', '?'])
                        };
                        if let Some(at) = open_double
                            .filter(|&at| mark.role == Role::Open && opens_sentence(&stack[at]))
                        {
                            if !flattened {
                                unclosed(&mut out, stack[at].mark);
                            }
                            stack.truncate(at);
                        }
                        if stack.len() < MAX_DEPTH {
                            stack.push(Open {
                                mark: *mark,
                                paragraph: pi,
                            });
                        }
                    }
                }
                Level::Single => {
                    let open_single = stack
                        .last()
                        .filter(|o| o.mark.level == Level::Single)
                        .is_some();
                    match mark.role {
                        Role::Close if open_single => {
                            let open = stack.pop().expect("checked above");
                            out.quotes.push(Quote {
                                open: open.mark.span,
                                close: mark.span,
                                depth: stack.len().min(u8::MAX as usize) as u8,
                                multi_paragraph: false,
                            });
                        }
                        Role::Open | Role::Either if stack.len() < MAX_DEPTH => stack.push(Open {
                            mark: *mark,
                            paragraph: pi,
                        }),
                        _ => {} // an apostrophe (officials’ view)
                    }
                }
            }
        }
        // End of paragraph: single quotes still open were apostrophes; a double quote still open
        // may continue in the next paragraph.
        stack.retain(|o| o.mark.level == Level::Double);
        let mut rest = stack.into_iter();
        if let Some(outer) = rest.next() {
            let next_is_text = doc
                .paragraphs
                .get(pi + 1)
                .is_some_and(|p| p.kind == para.kind);
            if next_is_text {
                carried = Some(outer);
            } else {
                unclosed(&mut out, outer.mark);
            }
        }
        for inner in rest {
            unclosed(&mut out, inner.mark);
        }
    }
    if let Some(open) = carried {
        unclosed(&mut out, open.mark);
    }
    out.quotes.sort_by_key(|q| (q.open.start, q.close.start));
    out.problems.sort_by_key(|p| p.span);
    out
}

fn unclosed(out: &mut Quotes, mark: Mark) {
    out.problems.push(Problem {
        kind: ProblemKind::UnclosedQuote,
        span: mark.span,
        message: "quotation mark opened here is never closed".into(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_scan_finds_the_first_mark_byte() {
        // Every byte value at every offset of blocks with and without other candidates, and
        // bytes next to the ones the test looks for (`!`, `#`, `&`, `(`, 0x7F, 0xC1, 0xC3, 0xE1).
        for b in 0..=255_u8 {
            for len in 0..40 {
                for at in 0..len {
                    for fill in [b'a', b' ', b'!', b'#', b'&', b'(', 0x7F, 0xC1, 0xE3, 0x00] {
                        let mut bytes = vec![fill; len];
                        bytes[at] = b;
                        let want = bytes.iter().position(|&b| may_start_mark(b));
                        assert_eq!(next_mark_start(&bytes), want, "{bytes:?}");
                    }
                }
            }
        }
    }

    /// The character-by-character scan that [`marks_in`] replaces.
    fn marks_by_chars(text: &str) -> Vec<(Span, Role, Level)> {
        let mut out = Vec::new();
        let mut prev: Option<char> = None;
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let next = iter.peek().map(|&(_, c)| c);
            let mark = match c {
                '“' | '„' | '«' | '”' | '»' => {
                    Some((curly_role(c, prev, next), Level::Double, c.len_utf8()))
                }
                '"' => Some((straight_role(prev, next), Level::Double, 1)),
                '\'' if next == Some('\'') && {
                    let mut ahead = iter.clone();
                    ahead.next();
                    closes_triple(prev, ahead.peek().map(|&(_, c)| c))
                } =>
                {
                    Some((Role::Close, Level::Single, 1))
                }
                '\'' if next == Some('\'') => {
                    iter.next();
                    let after = iter.peek().map(|&(_, c)| c);
                    Some((straight_role(prev, after), Level::Double, 2))
                }
                '‘' if !is_word_char(prev) => Some((Role::Open, Level::Single, c.len_utf8())),
                '’' | '\'' => {
                    if is_word_char(prev) && is_word_char(next) {
                        None
                    } else if c == '\'' && opens_after(prev) && is_word_char(next) {
                        Some((Role::Open, Level::Single, 1))
                    } else if !is_space_or_none(prev) && !is_word_char(next) {
                        Some((Role::Close, Level::Single, c.len_utf8()))
                    } else {
                        None
                    }
                }
                _ => None,
            };
            if let Some((role, level, len)) = mark {
                out.push((Span::new(i, i + len), role, level));
                prev = Some(if len == 2 { '\'' } else { c });
            } else {
                prev = Some(c);
            }
        }
        out
    }

    #[test]
    fn byte_scan_finds_the_marks_of_a_char_scan() {
        let pieces = [
            "\"", "'", "''", "“", "”", "„", "«", "»", "‘", "’", " ", "a", "Kyiv", "é", "—", "(",
            ":", "-", "9", "\n", "€", "…", ".",
        ];
        // Every sequence of up to four pieces, and some longer texts.
        let mut texts: Vec<String> = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
                .collect();
            texts.extend(longer);
        }
        texts.push("He said: ''It's the '90s,’ and “Kyiv’s” «view» „no” ‘til 'yes'.".into());
        texts.push("'''a''' \"\"b\"\" ’’ ‘‘c’’ — “d”—'e'".into());
        for text in &texts {
            let mut marks = Vec::new();
            marks_in(text, Span::new(0, text.len()), &mut marks);
            let got: Vec<_> = marks.iter().map(|m| (m.span, m.role, m.level)).collect();
            assert_eq!(got, marks_by_chars(text), "{text:?}");
        }
    }
}
