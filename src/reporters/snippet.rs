//! A small rustc-style snippet renderer: source lines with labelled underlines.
//!
//! News paragraphs are often one long line, so a line is not shown whole: the renderer keeps
//! the labelled spans and a little context around them and elides the rest with `…`. Long
//! spans keep their head and tail. Every label gets its own underline row, so overlapping
//! labels stay readable. Output depends only on the input: no terminal width is consulted.

use std::collections::BTreeMap;
use std::io::{self, Write};

use anstyle::Style;
use whosaid_core::{LineIndex, Span};

use super::Styles;

/// A line shorter than this (in characters) is shown whole.
const WHOLE_LINE: usize = 100;
/// A span longer than this is shown as its head, `…`, and its tail.
const LONG_SPAN: usize = 60;
const HEAD: usize = 28;
const TAIL: usize = 20;
/// Characters of context kept before the first and after the last span of a line.
const CONTEXT: usize = 20;
/// Gaps between spans no longer than this are kept rather than elided.
const GAP: usize = 30;
/// Line heads and tails no longer than this are kept rather than elided.
const SMALL_GAP: usize = 6;

/// One underlined span.
#[derive(Debug, Clone)]
pub struct Label {
    pub span: Span,
    /// The character repeated under the span.
    pub mark: char,
    pub style: Style,
    /// Written after the underline; may be empty.
    pub text: String,
}

/// A label clipped to the line it starts on.
struct Piece<'a> {
    /// Byte range within the line.
    start: usize,
    end: usize,
    label: &'a Label,
    /// Where the span ends when it runs past its first line.
    continues_to: Option<(usize, usize)>,
}

/// Renders the lines on which `labels` start, with their underlines. Returns the width of the
/// line-number gutter, to align notes written after the snippet.
pub fn render(
    out: &mut dyn Write,
    styles: &Styles,
    text: &str,
    index: &LineIndex,
    labels: &[Label],
) -> io::Result<usize> {
    let mut lines: BTreeMap<usize, Vec<Piece<'_>>> = BTreeMap::new();
    for label in labels {
        let start = floor_boundary(text, label.span.start);
        let end = floor_boundary(text, label.span.end).max(start);
        let line = index.line_of(start);
        let line_start = index.line_start(line);
        let line_end = line_content_end(text, index, line);
        let piece_end = end.min(line_end);
        let continues_to = text
            .get(piece_end..end)
            .filter(|rest| !rest.trim().is_empty())
            .map(|_| index.line_col(text, end));
        lines.entry(line).or_default().push(Piece {
            start: start - line_start,
            end: piece_end - line_start,
            label,
            continues_to,
        });
    }
    let Some(&last) = lines.keys().next_back() else {
        return Ok(0);
    };
    let width = (last + 1).to_string().len();
    let pad = " ".repeat(width);
    let bar = styles.paint(styles.gutter, "|");
    writeln!(out, "{pad} {bar}")?;
    let mut previous: Option<usize> = None;
    for (&line, pieces) in &lines {
        if previous.is_some_and(|p| p + 1 < line) {
            writeln!(out, "{}", styles.paint(styles.gutter, "..."))?;
        }
        previous = Some(line);
        let line_start = index.line_start(line);
        let line_text = &text[line_start..line_content_end(text, index, line)];
        // Only the part of a long line around its labels is read, so that rendering costs
        // what the labels cover, not the line's length (a 10 MB one-line input has many).
        let margin = 4 * (CONTEXT + SMALL_GAP + 1);
        let lo = pieces
            .iter()
            .map(|p| p.start)
            .min()
            .unwrap_or(0)
            .saturating_sub(margin);
        let hi = pieces
            .iter()
            .map(|p| p.end)
            .max()
            .unwrap_or(0)
            .saturating_add(margin);
        let lo = floor_boundary(line_text, lo);
        let hi = floor_boundary(line_text, hi.min(line_text.len()));
        let shifted: Vec<Piece<'_>> = pieces
            .iter()
            .map(|p| Piece {
                start: p.start - lo,
                end: p.end - lo,
                label: p.label,
                continues_to: p.continues_to,
            })
            .collect();
        let window = Window {
            text: &line_text[lo..hi],
            cut_before: lo > 0,
            cut_after: hi < line_text.len(),
        };
        render_line(out, styles, line + 1, &pad, window, &shifted)?;
    }
    Ok(width)
}

/// The part of a line that is rendered, and whether the line goes on beyond it.
struct Window<'t> {
    text: &'t str,
    cut_before: bool,
    cut_after: bool,
}

fn render_line(
    out: &mut dyn Write,
    styles: &Styles,
    number: usize,
    pad: &str,
    window: Window<'_>,
    pieces: &[Piece<'_>],
) -> io::Result<()> {
    let line = window.text;
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let n = chars.len();
    let char_at = |byte: usize| chars.partition_point(|&(b, _)| b < byte);
    let ranges: Vec<(usize, usize)> = pieces
        .iter()
        .map(|p| (char_at(p.start), char_at(p.end)))
        .collect();
    let kept = kept_ranges(n, &ranges);

    // The displayed line, and the display column of every character (elided ones map to
    // their `…`).
    let mut shown = String::new();
    let mut cols = vec![0; n + 1];
    let mut col = 0;
    let mut done = 0;
    if window.cut_before && kept.first().is_some_and(|k| k.0 == 0) {
        shown.push('…');
        col += 1;
    }
    for &(s, e) in &kept {
        if s > done {
            cols[done..s].fill(col);
            shown.push('…');
            col += 1;
        }
        for (i, &(_, c)) in chars.iter().enumerate().take(e).skip(s) {
            cols[i] = col;
            shown.push(if c.is_control() { ' ' } else { c });
            col += 1;
        }
        done = e;
    }
    if done < n {
        cols[done..n].fill(col);
        shown.push('…');
        col += 1;
    } else if window.cut_after {
        shown.push('…');
    }
    cols[n] = col;

    let gutter = styles.paint(
        styles.gutter,
        format!("{number:>width$} |", width = pad.len()),
    );
    writeln!(out, "{gutter} {shown}")?;

    let mut order: Vec<usize> = (0..pieces.len()).collect();
    order.sort_by_key(|&i| (ranges[i].0, ranges[i].1, i));
    for i in order {
        let (cs, ce) = ranges[i];
        let from = cols[cs];
        let to = if ce > cs { cols[ce - 1] + 1 } else { from + 1 };
        let piece = &pieces[i];
        let marks: String = std::iter::repeat_n(piece.label.mark, to - from).collect();
        let mut text = piece.label.text.clone();
        if let Some((line, column)) = piece.continues_to {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&format!("(to {line}:{column})"));
        }
        let bar = styles.paint(styles.gutter, "|");
        let marks = styles.paint(piece.label.style, marks);
        if text.is_empty() {
            writeln!(out, "{pad} {bar} {}{marks}", " ".repeat(from))?;
        } else {
            let text = styles.paint(piece.label.style, text);
            writeln!(out, "{pad} {bar} {}{marks} {text}", " ".repeat(from))?;
        }
    }
    Ok(())
}

/// The character ranges of a line of `n` characters to show, sorted and disjoint, given the
/// character ranges of its labels.
fn kept_ranges(n: usize, labels: &[(usize, usize)]) -> Vec<(usize, usize)> {
    if n <= WHOLE_LINE {
        return vec![(0, n)];
    }
    let mut kept = Vec::new();
    for &(s, e) in labels {
        if e.saturating_sub(s) > LONG_SPAN {
            kept.push((s, s + HEAD));
            kept.push((e - TAIL, e));
        } else {
            kept.push((s, e.max(s + 1).min(n)));
        }
    }
    let first = labels.iter().map(|r| r.0).min().unwrap_or(0);
    let last = labels.iter().map(|r| r.1).max().unwrap_or(0);
    kept.push((first.saturating_sub(CONTEXT), first));
    kept.push((last, (last + CONTEXT).min(n)));
    kept.retain(|&(s, e)| s < e);
    kept.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in kept {
        match merged.last_mut() {
            Some(prev) if s <= prev.1 + GAP => prev.1 = prev.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    if let Some(head) = merged.first_mut() {
        if head.0 <= SMALL_GAP {
            head.0 = 0;
        }
    }
    if let Some(tail) = merged.last_mut() {
        if n - tail.1 <= SMALL_GAP {
            tail.1 = n;
        }
    }
    merged
}

/// The end of `line`'s content: before its `\n` (and a `\r` before that).
fn line_content_end(text: &str, index: &LineIndex, line: usize) -> usize {
    let end = if line + 1 < index.line_count() {
        index.line_start(line + 1) - 1
    } else {
        text.len()
    };
    let start = index.line_start(line);
    if end > start && text.as_bytes()[end - 1] == b'\r' {
        end - 1
    } else {
        end
    }
}

/// `offset` clamped into `text` and moved back to a character boundary.
fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::ColorChoice;

    fn show(text: &str, labels: &[(usize, usize, char, &str)]) -> String {
        let labels: Vec<Label> = labels
            .iter()
            .map(|&(s, e, mark, t)| Label {
                span: Span::new(s, e),
                mark,
                style: Style::new(),
                text: t.to_owned(),
            })
            .collect();
        let styles = Styles::new(ColorChoice::Never, false);
        let mut out = Vec::new();
        render(&mut out, &styles, text, &LineIndex::new(text), &labels).unwrap_or_default();
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn short_line_whole() {
        let text = "first\n“No,” he said.";
        let said = text.find("said").unwrap_or_default();
        let he = text.find("he").unwrap_or_default();
        assert_eq!(
            show(
                text,
                &[(said, said + 4, '^', "cue"), (he, he + 2, '-', "source")]
            ),
            "  |\n2 | “No,” he said.\n  |       -- source\n  |          ^^^^ cue\n"
        );
    }

    #[test]
    fn long_line_elided() {
        let text = format!("{}Rubio said {}.", "a ".repeat(60), "b ".repeat(60));
        let said = text.find("said").unwrap_or_default();
        let out = show(&text, &[(said, said + 4, '^', "cue")]);
        assert_eq!(
            out,
            "  |\n1 | …a a a a a a a Rubio said b b b b b b b b b b…\n  |                      ^^^^ cue\n"
        );
    }

    #[test]
    fn long_span_and_continuation() {
        let text = format!("x \"{}\nmore\" y", "q".repeat(200));
        let out = show(&text, &[(2, text.len() - 2, '~', "content")]);
        assert!(
            out.contains("\"qqqqqqqqqqqqqqqqqqqqqqqqqqq…qqqqqqqqqqqqqqqqqqqq"),
            "{out}"
        );
        assert!(out.contains("content (to 2:6)"), "{out}");
    }

    #[test]
    fn degenerate_spans_do_not_panic() {
        let text = "é\r\n";
        for (s, e) in [(0, 0), (1, 1), (3, 3), (9, 12), (0, 9)] {
            let _ = show(text, &[(s, e, '^', "x")]);
        }
        assert_eq!(show("", &[(0, 0, '^', "")]), "  |\n1 | \n  | ^\n");
    }
}
