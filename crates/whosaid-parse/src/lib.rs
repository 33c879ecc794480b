//! The attribution grammar of whosaid: who said what, with exact spans.
//!
//! The main design choice: **the grammar works on tokens, cue first.** A document's quotation
//! marks are paired once for the whole text (quotes cross sentences and paragraphs); each
//! sentence is then cut into tokens, and at every reporting cue (`said`, `according to`,
//! `citing`, a colon after a name) a small set of nom rules reads the source phrase and the
//! content around it: `"Q," S said.`, `S said (that) Q.`, `Q, according to S.`, and the rest
//! listed in [`frames`]. Every rule is bounded in the tokens it may look at, so the whole parse is
//! linear in the input. Parsing never fails: what cannot be placed (a quote that never closes)
//! comes back as a [`Problem`] with its span.
//!
//! The crate knows nothing of any knowledge base: a source is classified by its shape alone
//! (`he` is a pronoun, `the publication` an anaphor, `Russian media reports` vague).
//!
//! ```
//! let doc = whosaid_text::plain(
//!     "“We will not retreat,” said an official familiar with the talks.".to_string(),
//! );
//! let parsed = whosaid_parse::parse(&doc);
//! let a = &parsed.attributions[0];
//! assert_eq!(a.cue.slice(&doc.text), "said");
//! assert_eq!(a.source.as_ref().unwrap().text, "an official familiar with the talks");
//! assert_eq!(a.content.unwrap().slice(&doc.text), "“We will not retreat,”");
//! assert_eq!(a.kind, whosaid_core::AttributionKind::Direct);
//! ```

mod adjunct;
pub mod frames;
mod lexicon;
mod quotes;
mod source;
mod tokens;

use frames::{Cand, Sent};
use tokens::{Kind, Tok, Toks};
use whosaid_core::{
    Attribution, AttributionId, AttributionKind, Document, Mention, MentionClass, Problem, Span,
};

/// What the parser found in a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Attributions in order of their cue.
    pub attributions: Vec<Attribution>,
    /// What it could not place, in order of position.
    pub problems: Vec<Problem>,
}

/// Sentences longer than this many tokens are cut into windows for the grammar, which bounds
/// the work of every rule whatever the input.
const MAX_SENTENCE_TOKENS: usize = 400;

/// The tokens a sentence of news mostly has at most: the first capacity of the token vector.
const SENTENCE_TOKENS: usize = 128;

/// Finds every attribution in `doc`. Never fails.
pub fn parse(doc: &Document) -> Parsed {
    let prose = doc.prose();
    // Tokens keep their start as a `u32`.
    assert!(
        u32::try_from(prose.len()).is_ok(),
        "a document's prose must be below 4 GiB"
    );
    let found = quotes::find(doc);
    let (marks, regions) = marks_and_regions(&found);

    let unclosed: Vec<Span> = found
        .problems
        .iter()
        .filter(|p| p.kind == whosaid_core::ProblemKind::UnclosedQuote)
        .map(|p| p.span)
        .collect();
    let mut cands: Vec<Cand> = Vec::new();
    // Room for the tokens of most sentences from the start: grown from empty, the vector was
    // reallocated some five times per document.
    let mut toks: Vec<Tok<'_>> = Vec::with_capacity(SENTENCE_TOKENS);
    let mut starts: Vec<usize> = Vec::new();
    let mut quoting = tokens::Quoting::new(&marks, &regions);
    let publisher = doc.named_publisher();
    // A wire story's dateline (`KYIV, Nov 27 (Reuters) - `) is no part of its first sentence:
    // not of a content that starts there, nor a subject.
    let dateline = doc.dateline;
    // Where `reportedly` stands, found once for the document (a vectorised search, not a test
    // at every token): each is a claim on unnamed reports (`frames::reportedly`).
    let reportedly = frames::reportedly_at(prose);
    let mut next_reportedly = 0;
    for pi in 0..doc.paragraphs.len() {
        let sentences = doc.paragraph_sentences(pi);
        let next_paragraph = if pi + 1 < doc.paragraphs.len() {
            doc.paragraph_sentences(pi + 1)
        } else {
            &[]
        };
        for (si, sentence) in sentences.iter().enumerate() {
            let mut span = sentence.span;
            if let Some((dp, d)) = dateline {
                if dp == pi && si == 0 && d.body < span.end {
                    span.start = span.start.max(d.body);
                }
            }
            tokens::tokenize(prose, span, &mut quoting, &mut toks, &mut starts);
            let mut next_start = 0;
            for (wi, window) in toks.chunks(MAX_SENTENCE_TOKENS).enumerate() {
                // The rule starts inside this window, as indices into it.
                let first = wi * MAX_SENTENCE_TOKENS;
                let from = next_start;
                while next_start < starts.len() && starts[next_start] < first + window.len() {
                    next_start += 1;
                }
                let span = Span::new(
                    window.first().map_or(sentence.span.start, |t| t.start()),
                    window.last().map_or(sentence.span.end, |t| t.end()),
                );
                let sent = Sent {
                    prose,
                    toks: window,
                    span,
                    quotes: &regions,
                    unclosed: &unclosed,
                    next_sentences: &sentences[si + 1..],
                    // Only the last window of a paragraph's last sentence ends the paragraph.
                    next_paragraph: if si + 1 == sentences.len()
                        && first + window.len() == toks.len()
                    {
                        next_paragraph
                    } else {
                        &[]
                    },
                };
                let window_starts = starts[from..next_start].iter().map(|&k| k - first);
                sentence_cands(&sent, window_starts, publisher, &mut cands);
                while let Some(&at) = reportedly.get(next_reportedly) {
                    if at >= span.end {
                        break;
                    }
                    next_reportedly += 1;
                    if at >= span.start {
                        frames::reportedly(&sent, at, &mut cands);
                    }
                }
            }
        }
    }
    assemble(doc, prose, cands, &regions, found.problems, toks)
}

/// A quote signed with a dash and a name, as lists of reactions, epigraphs and fact checks set
/// them: `“…” ― Krystal Correa`, `"…," — Donald Trump, in Iowa.`, a quoted paragraph and
/// then `- Bernie Sanders.` on its own. The dash is the cue, the name the speaker. Only a
/// quote that opens its line and that no attribution holds yet (no content overlaps it), a
/// dash after it with only white
/// space between (a line break too, when the dash opens its line), and a name of one to five
/// capitalised words (titles and initials with their periods) that ends its line or goes on
/// after a comma or a period. Read from the quotes, once each.
fn epigraph_speakers(prose: &str, regions: &[Span], cands: &mut Vec<Cand>) {
    // The contents of the attributions, sorted: listed on the first signature found (most
    // documents have none).
    let mut contents: Option<Vec<Span>> = None;
    let added_from = cands.len();
    for &q in regions {
        // The quote stands alone: it opens its line (not `… called him "my African
        // American."` before a credit line `- Reuters.`).
        let before = prose[..q.start].trim_end_matches([' ', '\t', '\u{a0}']);
        if !(before.is_empty() || before.ends_with('\n')) {
            continue;
        }
        let Some(after) = prose.get(q.end..) else {
            continue;
        };
        let gap = after.len() - after.trim_start().len();
        let rest = &after[gap..];
        let dash_len = ['―', '—', '–', '-']
            .iter()
            .find(|&&d| rest.starts_with(d))
            .map(|d| d.len_utf8());
        let Some(dash_len) = dash_len else {
            continue;
        };
        // A line break between: the dash opens its line (`- Clinton.` under the quote).
        if after[..gap].contains('\n') && !rest.starts_with(['-', '―', '—', '–']) {
            continue;
        }
        let name_from = q.end + gap + dash_len;
        let text = &prose[name_from..];
        let lead = text.len() - text.trim_start_matches([' ', '\u{a0}']).len();
        if lead == 0 && dash_len == 1 {
            continue; // `-word`: a hyphen, not a signature
        }
        let Some(name_len) = signature_name(&text[lead..]) else {
            continue;
        };
        // No attribution covers the quote already.
        let contents = contents.get_or_insert_with(|| {
            let mut spans: Vec<Span> = cands[..added_from]
                .iter()
                .filter_map(|c| c.content)
                .collect();
            spans.sort_unstable();
            spans
        });
        let i = contents.partition_point(|c| c.end <= q.start);
        if contents.get(i).is_some_and(|c| c.start < q.end) {
            continue;
        }
        let start = name_from + lead;
        let mut cand = Cand::new(
            AttributionKind::Direct,
            Span::new(q.end + gap, q.end + gap + dash_len),
        );
        cand.source = Some(Span::new(start, start + name_len));
        cand.content = Some(q);
        cands.push(cand);
    }
    if cands.len() > added_from {
        cands.sort_by_key(|c| (c.cue.start, c.cue.end));
    }
}

/// The length of the name that opens `text` when it signs a quote: one to five capitalised
/// words (a title or an initial with its period: `Sen. Jim Clyburn`, `S.C. Rep. Jim Clyburn`)
/// one space apart, ending the text or its line, or before a comma or a period.
fn signature_name(text: &str) -> Option<usize> {
    let mut end = 0;
    let mut words = 0;
    for word in text.split(' ') {
        let line = word.split('\n').next().unwrap_or(word);
        let bare = line.trim_end_matches(['.', ',', ';', '\u{a0}', '\t', '\r']);
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
        if !capitalised || words == 5 {
            break;
        }
        words += 1;
        let word_end = end + if end > 0 { 1 } else { 0 } + bare.len();
        // What follows the word: the end, a line break, or punctuation ends the name.
        let next = &text[word_end..];
        let abbreviation = next.starts_with('.') && (bare.len() <= 4 || bare.contains('.'));
        // The line ends after the word, but for white space (`Pamela Padilla\u{a0}`).
        let line_ends = next
            .trim_start_matches(['\u{a0}', '\t', '\r', ' '])
            .starts_with('\n')
            || next.trim().is_empty();
        if line_ends || next.starts_with([',', ';']) || next.starts_with('.') && !abbreviation {
            return (words >= 1).then_some(word_end);
        }
        if let Some(after_period) = next.strip_prefix('.') {
            // `Sen.` or `J.`: the name goes on after the period.
            if !after_period.starts_with(' ') {
                return Some(word_end);
            }
            end = word_end + 1;
            continue;
        }
        if !next.starts_with(' ') {
            return None;
        }
        end = word_end;
    }
    None
}

/// A paragraph that is one quote and holds no cue goes on with the speaker whose words end the
/// paragraph before, as news sets a long quotation apart: `"…," Speakes said.` / `"And that's
/// why we were misled."` / `"We were badly served …"`. The speaker's content is extended over
/// it (over the text between too, as a quote interrupted by its cue is one content), and over
/// the next such paragraphs. The speaker's attribution has a source and a content, and its
/// cue or content reaches into its paragraph's last sentence; running text only (no heading,
/// list item or table cell). Each quote is looked up once, by binary searches of the
/// sentences, paragraphs and candidates.
fn continue_in_quote_paragraphs(doc: &Document, regions: &[Span], cands: &mut [Cand]) {
    let prose = doc.prose();
    let (paragraphs, sentences) = (&doc.paragraphs, &doc.sentences);
    // The first candidate whose cue is at or after `at` (the candidates are sorted by cue).
    let cand_from = |cands: &[Cand], at: usize| cands.partition_point(|c| c.cue.start < at);
    // The speaker the last quote paragraph went on with, and that paragraph's index.
    let mut going_on: Option<(usize, usize)> = None;
    // Read from the quotes, which are fewer than the paragraphs: a quote that opens a
    // paragraph opens its first sentence.
    for &q in regions {
        let si = sentences.partition_point(|s| s.span.start < q.start);
        if sentences.get(si).is_none_or(|s| s.span.start != q.start) {
            continue;
        }
        let pi = paragraphs.partition_point(|p| p.end_sentence <= si);
        let Some(p) = paragraphs
            .get(pi)
            .filter(|p| p.first_sentence == si && pi > 0)
        else {
            continue;
        };
        let last = &sentences[p.end_sentence - 1];
        // A quote of several paragraphs (each but the last left open) may end with its own
        // cue (`"…` / `…," she said.`): no cue may stand in the paragraph, nor before the end
        // of the paragraph where the quote closes.
        let closes_in = paragraphs
            .partition_point(|p| p.span.end < q.end)
            .min(paragraphs.len() - 1);
        let end = paragraphs[closes_in].span.end.max(p.span.end);
        let alone = p.kind == whosaid_core::BlockKind::Text
            && q.end + 3 >= last.span.end
            && cands
                .get(cand_from(cands, p.span.start))
                .is_none_or(|c| c.cue.start >= end)
            && continues_speech(q.slice(prose));
        if !alone {
            continue;
        }
        let host = match going_on {
            Some((h, before)) if before + 1 == pi => Some(h),
            _ => {
                let prev = &paragraphs[pi - 1];
                let last_start = sentences
                    .get(prev.end_sentence.wrapping_sub(1))
                    .filter(|_| prev.end_sentence > prev.first_sentence)
                    .map(|s| s.span.start);
                let range = cand_from(cands, prev.span.start)..cand_from(cands, prev.span.end);
                last_start
                    .filter(|_| prev.kind == whosaid_core::BlockKind::Text)
                    .and_then(|l| range.rev().find(|&k| speaker_goes_on(prose, &cands[k], l)))
            }
        };
        let Some(h) = host else {
            continue;
        };
        let host = &mut cands[h];
        if let Some(c) = &mut host.content {
            *c = c.cover(q);
        }
        // Reported speech, then the speaker's own words.
        if host.kind == AttributionKind::Indirect {
            host.kind = AttributionKind::Mixed;
        }
        going_on = Some((h, pi));
    }
}

/// True when the words of `c` end its paragraph, whose last sentence starts at `last_start`,
/// and a quote paragraph after it may go on with its speaker: it has a source and a content,
/// and its cue or content reaches into the last sentence. A relative pronoun (`…, who thinks
/// often about his son’s words.`) is no speaker to go on with.
fn speaker_goes_on(prose: &str, c: &Cand, last_start: usize) -> bool {
    let Some(source) = c.source else {
        return false;
    };
    c.content.is_some_and(|s| s.end.max(c.cue.end) > last_start)
        && !matches!(
            source.slice(prose),
            "who" | "which" | "that" | "Who" | "Which"
        )
}

/// True when `quote` (its marks included) may go on with a speaker's words: it opens with a
/// double mark and holds six words or more. A short quote set apart, or one in single marks,
/// is a subheading that quotes a phrase (`'There's so much anger.'`, `‘All Bets Are Off.’`).
fn continues_speech(quote: &str) -> bool {
    let double = quote.starts_with(['"', '“', '„', '«', '»', '”']);
    double && quote.split_ascii_whitespace().nth(5).is_some()
}

/// The quotation marks of `found` for the tokenizer, sorted by position, and the outer spans of
/// its top-level quotes for the frames.
fn marks_and_regions(found: &quotes::Quotes) -> (Vec<(Span, Kind)>, Vec<Span>) {
    let mut marks: Vec<(Span, Kind)> = Vec::with_capacity(found.quotes.len() * 2);
    for (i, q) in found.quotes.iter().enumerate() {
        marks.push((q.open, Kind::Open(i as u32)));
        marks.push((q.close, Kind::Close(i as u32)));
    }
    marks.sort_by_key(|m| m.0.start);
    let regions: Vec<Span> = found
        .quotes
        .iter()
        .filter(|q| q.depth == 0)
        .map(|q| q.outer())
        .collect();
    (marks, regions)
}

/// Runs the frames at every cue of one sentence: at the tokens `starts` (indices into
/// `sent.toks`, in order), which [`tokens::tokenize`] listed.
///
/// One lookup of each token's word decides which cue rules may start there: the nom rules of the
/// multi-word cues run only at their first words, and the verb frames only at verbs. Every other
/// token would be passed over, so only the listed ones are visited.
///
/// The source and recipient phrases of the candidates are classified here, from the sentence's
/// tokens, when [`phrase_tokens`] finds them there: cut again from the text when the
/// attribution is made, they cost a second tokenization each.
fn sentence_cands(
    sent: &Sent<'_, '_>,
    starts: impl Iterator<Item = usize>,
    publisher: Option<&str>,
    out: &mut Vec<Cand>,
) {
    let toks = sent.toks;
    let first = out.len();
    // The first token not yet passed: a multi-word cue passes its words.
    let mut i = 0;
    let mut citations = Vec::new();
    for at in starts {
        if at < i {
            continue;
        }
        i = at;
        let t = &toks[i];
        if t.is_punct(':') {
            frames::colon(sent, i, out);
            i += 1;
            continue;
        }
        // The rules below start with a word that the lexicon knows as a cue's first word.
        let Some(cue) = t.cue() else {
            i += 1;
            continue;
        };
        let rest = Toks(&toks[i..]);
        if cue.has(lexicon::Cue::ACCORDING_TO) {
            if let Ok((_, k)) = adjunct::according_to(rest) {
                frames::according_to(sent, i, k, out);
                i += k;
                continue;
            }
        }
        if cue.has(lexicon::Cue::CITING) {
            if let Ok((_, k)) = adjunct::citing(rest) {
                citations.push((i, k));
                i += k;
                continue;
            }
            if i == 0 && t.is("in") && frames::in_poll(sent, out) {
                i += 1;
                continue;
            }
        }
        if cue.has(lexicon::Cue::EXPRESSED_NOUN) {
            // `As one trader put it, …`.
            if t.is("put") {
                i += if frames::put_it(sent, i, out) { 2 } else { 1 };
                continue;
            }
            if let Ok((_, k)) = adjunct::expressed_noun(rest) {
                if frames::expressed(sent, i, k, out) {
                    i += k;
                    continue;
                }
            }
        }
        // `The deal, first reported by The Information, could …`, `…, as reported by
        // Bloomberg.`, `As first reported by Axios, …`: a report by the outlet, read as
        // `according to` is, the cue from the `as` or adverb before the participle.
        if t.is("reported") {
            if let Some((s, k)) = reported_by(toks, i) {
                if frames::according_to(sent, s, k, out) {
                    i = s + k;
                    continue;
                }
            }
        }
        // `The Wall Street Journal, which cited unnamed sources, said`: a citation by the
        // subject, as `citing` is, not an attribution of its own whose source is `which`.
        let relative_citation = i >= 2
            && (t.is("cited") || t.is("quoted"))
            && (toks[i - 1].is("which") || toks[i - 1].is("who"))
            && toks[i - 2].is_punct(',');
        if relative_citation {
            citations.push((i, 1));
            i += 1;
            continue;
        }
        // `Said` between two capitalised words of prose is a name (`UAE Oil Minister Mana
        // Said al-Oteiba arrived`), not the verb of a title-case headline (`Trump Said The 11
        // Words Everyone Was Thinking`), whose words longer than `of` or `the` are all
        // capitalised.
        let name = t.text == "Said"
            && i > 0
            && toks[i - 1].is_capitalized()
            && toks.get(i + 1).is_some_and(Tok::is_capitalized)
            && toks
                .iter()
                .any(|t| t.text.len() > 3 && t.text.starts_with(|c: char| c.is_ascii_lowercase()));
        if let (Some(v), false) = (cue.verb, name) {
            frames::verb_frames(sent, i, v, out);
        }
        i += 1;
    }
    for (c, k) in citations {
        if let Some(cand) = frames::citation(sent, c, k, &out[first..]) {
            // The relative clause of a citation is no part of its host's source: `The Wall
            // Street Journal[, which cited …]`.
            if c >= 3 && (toks[c - 1].is("which") || toks[c - 1].is("who")) {
                let comma = toks[c - 2].start();
                let host = out[first..]
                    .iter_mut()
                    .find(|h| Some(h.cue) == cand.parent_cue);
                if let Some(src) = host.and_then(|h| h.source.as_mut()) {
                    if src.start < comma && src.end > comma {
                        *src = Span::new(src.start, toks[c - 3].end());
                    }
                }
            }
            out.push(cand);
        }
    }
    let mut carriers = Vec::new();
    for c in &mut out[first..] {
        // Each rule may cut the source the next one reads: it is looked up again, but only
        // for the few sources with a comma before their cue.
        if let Some(found) = source_before_cue(sent, c) {
            carriers.extend(quoted_by_after_source(sent, c, found));
            if let Some(found) = source_before_cue(sent, c) {
                speaking_after_source(sent, c, found);
            }
            if let Some(found) = source_before_cue(sent, c) {
                adjunct_after_source(sent, c, found);
            }
        }
        c.source = c.source.map(|s| without_contraction(sent.prose, s));
        without_opening_phrase(sent, c);
    }
    out.extend(carriers);
    // `No one argues that …`, `Nobody said …`, `No official has said …`: no one said it.
    // (One look at a byte first: nearly every source neither starts with an `N` nor follows
    // `no`.)
    let mut k = first;
    while k < out.len() {
        let negated = out[k].source.is_some_and(|s| {
            let bytes = sent.prose.as_bytes();
            let after_no = s.start >= 3
                && bytes[s.start - 3..s.start].eq_ignore_ascii_case(b"no ")
                && (s.start == 3 || !bytes[s.start - 4].is_ascii_alphanumeric());
            let starts = bytes
                .get(s.start..s.start + 2)
                .is_some_and(|b| b.eq_ignore_ascii_case(b"no") || b.eq_ignore_ascii_case(b"ne"));
            starts || after_no
        }) && negated_source(sent.prose, &mut out[k]);
        if negated {
            out.remove(k);
        } else {
            k += 1;
        }
    }
    let class = |phrase: Option<Span>| {
        let span = phrase?;
        let toks = phrase_tokens(sent.toks, span)?;
        Some(source::classify(toks, span.slice(sent.prose), publisher))
    };
    for c in &mut out[first..] {
        c.source_class = class(c.source);
        c.recipient_class = class(c.recipient);
    }
}

/// Cuts the phrase of a preposition that opens the sentence, with no comma after it, from the
/// source ([`source::subject_after_opening_phrase`]): `In a statement Rostenkowski said`. When
/// the phrase is a medium (`In a statement`, `In a televised address to the American people`)
/// and the attribution has none, it is the medium, as with a comma.
fn without_opening_phrase(sent: &Sent<'_, '_>, c: &mut Cand) {
    let Some(span) = c.source else {
        return;
    };
    // Not when the preposition is the cue (`In a Gallup poll, 62% said`).
    if sent.toks.first().is_none_or(|t| t.start() == c.cue.start) {
        return;
    }
    let Some(m) = source::subject_after_opening_phrase(sent.toks, span) else {
        return;
    };
    let toks = sent.toks;
    c.source = Some(Span::new(toks[m].start(), span.end));
    if c.medium.is_none() {
        if let Ok((_, k)) = adjunct::medium(Toks(&toks[..m])) {
            if k == m {
                c.medium = Some(Span::new(toks[0].start(), toks[m - 1].end()));
            }
        }
    }
}

/// The cue `[as] [first] reported [earlier] by` around the `reported` at `i`, when it opens
/// the sentence or follows a comma: its first token and length.
fn reported_by(toks: &[Tok<'_>], i: usize) -> Option<(usize, usize)> {
    const ADVERBS: [&str; 5] = ["first", "earlier", "originally", "previously", "also"];
    let by = match toks.get(i + 1) {
        Some(t) if t.is("by") => i + 1,
        Some(t)
            if ADVERBS.iter().any(|w| t.is(w)) && toks.get(i + 2).is_some_and(|t| t.is("by")) =>
        {
            i + 2
        }
        _ => return None,
    };
    let mut s = i;
    while s > 0 && i - s < 2 && (toks[s - 1].is("as") || ADVERBS.iter().any(|w| toks[s - 1].is(w)))
    {
        s -= 1;
    }
    (s == 0 || toks[s - 1].is_punct(',')).then_some((s, by + 1 - s))
}

/// True when the source of `c` is negated: `No one`, `Nobody`, `None of them`, `Neither side`,
/// `no official` (with `no` inside the phrase or right before it). `No wonder Trump said`, `No
/// doubt Smith said`: the idiom is cut from the source, which is not negated.
fn negated_source(prose: &str, c: &mut Cand) -> bool {
    let Some(span) = c.source else {
        return false;
    };
    let text = span.slice(prose);
    if let Some(rest) = ["No wonder ", "No doubt "]
        .iter()
        .find_map(|p| text.strip_prefix(p))
        .filter(|r| !r.is_empty())
    {
        c.source = Some(Span::new(span.end - rest.len(), span.end));
        return false;
    }
    let first = text.split(' ').next().unwrap_or_default();
    let before = prose.as_bytes()[..span.start].trim_ascii_end();
    ["no", "nobody", "none", "neither", "noone", "no-one"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
        || before.len() >= 2
            && before[before.len() - 2..].eq_ignore_ascii_case(b"no")
            && (before.len() == 2 || !before[before.len() - 3].is_ascii_alphanumeric())
}

/// A pronoun source without the auxiliary it is contracted with: `He` of `He's said` (`has`,
/// never a possessive after a pronoun), `They've told`, `I'd said`. Any other span as it is.
fn without_contraction(prose: &str, span: Span) -> Span {
    let text = span.slice(prose);
    // Most sources end otherwise: one look at the last byte first.
    if !text.ends_with(['s', 'e', 'd']) {
        return span;
    }
    let stem = ["'s", "’s", "'ve", "’ve", "'d", "’d"]
        .iter()
        .find_map(|suffix| text.strip_suffix(suffix));
    let pronoun = stem.filter(|stem| {
        ["he", "she", "it", "they", "we", "i", "you", "who"]
            .iter()
            .any(|p| stem.eq_ignore_ascii_case(p))
    });
    match pronoun {
        Some(p) => Span::new(span.start, span.start + p.len()),
        None => span,
    }
}

/// The source of `c` and the range of its tokens, when it stands before the cue and holds a
/// comma: what the three rules below read (a `char` pattern: a `&str` one sets up a searcher
/// at every attribution).
fn source_before_cue(sent: &Sent<'_, '_>, c: &Cand) -> Option<(Span, usize, usize)> {
    let span = c.source?;
    if c.cue.start < span.end || !span.slice(sent.prose).contains(',') {
        return None;
    }
    let toks = sent.toks;
    let a = toks.partition_point(|t| t.start() < span.start);
    let b = toks.partition_point(|t| t.start() < span.end);
    Some((span, a, b))
}

/// Moves an adjunct between commas at the end of a source phrase to the attribution's medium:
/// in `Smith, in a statement, said` and `The newspaper, in an editorial today, said` the
/// source is the name, not the name and the way it spoke. Only when the words after the
/// phrase's last comma are wholly media, times and places ([`adjunct::skip_adjuncts`]).
fn adjunct_after_source(sent: &Sent<'_, '_>, c: &mut Cand, (span, a, b): (Span, usize, usize)) {
    let toks = sent.toks;
    let Some(comma) = (a + 1..b)
        .rev()
        .find(|&k| toks[k].is_punct(',') && toks[k].depth == 0)
    else {
        return;
    };
    let (end, medium) = adjunct::skip_adjuncts(toks, comma + 1, b);
    if end != b || end == comma + 1 {
        return;
    }
    c.source = Some(Span::new(span.start, toks[comma - 1].end()));
    if c.medium.is_none() {
        c.medium = medium.map(|(m, n)| Span::new(toks[m].start(), toks[n - 1].end()));
    }
}

/// `Kremlin spokesman Dmitry Peskov, quoted by Interfax, said …`: the outlet that quoted the
/// speaker between commas after the name is no part of the source but the attribution this one
/// is nested in, as in `Peskov was quoted by Interfax as saying`: returns it (cue `quoted by`,
/// the outlet its source, the speaker and the content its content) and cuts the source.
fn quoted_by_after_source(
    sent: &Sent<'_, '_>,
    c: &mut Cand,
    (span, a, b): (Span, usize, usize),
) -> Option<Cand> {
    if c.parent_cue.is_some() {
        return None;
    }
    let toks = sent.toks;
    let comma = (a + 1..b.saturating_sub(3)).find(|&k| {
        toks[k].is_punct(',')
            && toks[k].depth == 0
            && (toks[k + 1].is("quoted") || toks[k + 1].is("cited"))
            && toks[k + 2].is("by")
    })?;
    let mut end = b;
    while end > comma + 3 && matches!(toks[end - 1].kind, Kind::Punct(_)) {
        end -= 1;
    }
    let (o_start, o_end) = source::after(toks, comma + 3, end).filter(|&(x, _)| x == comma + 3)?;
    let cue = Span::new(toks[comma + 1].start(), toks[comma + 2].end());
    c.source = Some(Span::new(span.start, toks[comma - 1].end()));
    c.parent_cue = Some(cue);
    // The speaker's sentence: the speaker and the words, before or after (`"…," Peskov,
    // quoted by Interfax, said`).
    let content = c.content.map(|q| span.cover(q));
    Some(Cand {
        source: Some(Span::new(toks[o_start].start(), toks[o_end - 1].end())),
        content,
        ..Cand::new(c.kind, cue)
    })
}

/// Cuts a participle of speaking between commas from the source: `Trump, speaking at a rally
/// in Wilmington, N.C., warned`, `De Blasio, speaking on WOR710, called`, `Nate Cohn, writing
/// in The New York Times, noted`, `Fiorina, speaking to Iowans, said`. The source is the name;
/// the phrase is the medium when it names one (`on WOR710`, `in The New York Times`, `at a
/// news conference`, `at a rally in Wilmington, N.C.`), its listeners the recipient (`to
/// Iowans`), and a phrase of place or of anonymity is left out (`in Ohio`; `on condition of
/// anonymity` is the attribution's anonymity already).
fn speaking_after_source(sent: &Sent<'_, '_>, c: &mut Cand, (span, a, b): (Span, usize, usize)) {
    let toks = sent.toks;
    let participle = |t: &Tok<'_>| {
        ["speaking", "writing", "appearing", "talking", "testifying"]
            .iter()
            .any(|w| t.is(w))
    };
    let Some(comma) = (a + 1..b.saturating_sub(2))
        .find(|&k| toks[k].is_punct(',') && toks[k].depth == 0 && participle(&toks[k + 1]))
    else {
        return;
    };
    c.source = Some(Span::new(span.start, toks[comma - 1].end()));
    let from = comma + 2;
    if adjunct::anonymity(toks, from, b).is_some() {
        return;
    }
    let mut end = b;
    while end > from && matches!(toks[end - 1].kind, Kind::Punct(_)) {
        end -= 1;
    }
    let prep = &toks[from];
    // `speaking with reporters`; not `appearing with Reagan`.
    if prep.is("to") || prep.is("with") && !toks[comma + 1].is("appearing") {
        // The listeners: the words up to a phrase of place or time (`reporters at an oil
        // conference`, `Reuters in an interview`, `CNN after the senator spoke`).
        let stop = (from + 1..end)
            .find(|&k| {
                let t = &toks[k];
                !t.is_word()
                    || t.is_lower()
                        && (lexicon::is_time_word(t.text)
                            || [
                                "at", "in", "on", "after", "before", "during", "for", "from", "of",
                                "by", "about",
                            ]
                            .iter()
                            .any(|w| t.is(w)))
            })
            .unwrap_or(end);
        if c.recipient.is_none() && stop > from + 1 {
            c.recipient = Some(Span::new(toks[from + 1].start(), toks[stop - 1].end()));
        }
        return;
    }
    // `on` a programme or a network, `in` a paper written in, `on` a show appeared on; else
    // (`speaking in Ohio`, `at a rally`) a medium only by its noun ([`adjunct::medium`]).
    let named = prep.is("on") && !toks.get(from + 1).is_some_and(|t| t.is("behalf"))
        || prep.is("in") && !toks[comma + 1].is("speaking");
    let medium = named && toks.get(from + 1).is_some_and(|t| t.is_word())
        || adjunct::medium(Toks(&toks[from..end])).is_ok();
    if medium && c.medium.is_none() && end > from + 1 {
        c.medium = Some(Span::new(prep.start(), toks[end - 1].end()));
    }
}

/// The tokens of `toks` (a sentence's) that cover exactly `span`, when none is a quotation
/// mark: then they are the tokens that `span` cut on its own (as [`classify`] cuts it) would
/// give, but for their depth, which classification does not ask. A word is cut by what lies
/// between its start and the byte after it, and the span's first and last tokens start and end
/// where the span does; a quotation mark of the sentence's would be punctuation on its own, and
/// end no word, so no phrase with one is taken. `None` otherwise (a phrase outside the
/// sentence, or that ends inside a word).
fn phrase_tokens<'t, 'a>(toks: &'t [Tok<'a>], span: Span) -> Option<&'t [Tok<'a>]> {
    let a = toks.partition_point(|t| t.start() < span.start);
    let b = toks.partition_point(|t| t.start() < span.end);
    let phrase = toks.get(a..b)?;
    let whole = phrase.first()?.start() == span.start && phrase.last()?.end() == span.end;
    let no_mark = phrase
        .iter()
        .all(|t| matches!(t.kind, Kind::Word(_) | Kind::Punct(_)));
    (whole && no_mark).then_some(phrase)
}

fn classify<'a>(
    prose: &'a str,
    span: Span,
    publisher: Option<&str>,
    toks: &mut Vec<Tok<'a>>,
) -> MentionClass {
    // A name holds a cue word seldom: the list of them mostly stays unallocated.
    let mut starts = Vec::new();
    tokens::tokenize(prose, span, &mut tokens::Quoting::none(), toks, &mut starts);
    source::classify(toks, span.slice(prose), publisher)
}

/// A mention of the phrase at `span`: its text is the prose view's (markup such as `*` or
/// `<em>` left out) with each run of white space as one space.
fn mention(prose: &str, span: Span, class: MentionClass) -> Mention {
    let slice = span.slice(prose);
    if is_single_spaced(slice) {
        // Nearly every phrase: its text is the slice, copied at once.
        return Mention {
            span,
            text: slice.to_owned(),
            class,
        };
    }
    let mut text = String::with_capacity(slice.len());
    for word in slice.split_whitespace() {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(word);
    }
    Mention { span, text, class }
}

/// True when `slice` is ASCII with no white space but single spaces between words: then it is
/// its own text with each run of white space as one space, and [`mention`] need not split it.
fn is_single_spaced(slice: &str) -> bool {
    // A leading space counts as a second one.
    let mut after_space = true;
    for &b in slice.as_bytes() {
        if b == b' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if !b.is_ascii() || char::from(b).is_whitespace() {
            return false;
        } else {
            after_space = false;
        }
    }
    !after_space || slice.is_empty()
}

/// `Downing Street sources insisted the figures were prudent, while a senior MP said colleagues
/// were uneasy`: a contrast with a speaker of its own (`me`'s source right after `, while`
/// inside `host`'s content) is the writer's, not the host's. Then the host's content ends at
/// the comma, and true: `me` has no host.
///
/// So too a gloss of the writer's on what the host said, with a speaker of its own: `the
/// Commerce Department said it was reviewing licenses, a move that some executives said could
/// hurt sales` (see [`gloss_comma`]).
///
/// And a claim that ends before its own source, whose words hold the host's cue: in `Taiwan
/// announced the easing of curbs last month, a spokesman told Reuters`, the spokesman told
/// what Taiwan announced; the host's content ends where the claim's does, and the host is
/// nested in it.
fn ends_host_before(prose: &str, me: &Cand, host: &mut Attribution) -> bool {
    let (Some(source), Some(content)) = (me.source, host.content) else {
        return false;
    };
    if let Some(claim) = me.content {
        // A verb of saying right after its source, the source right after the claim's comma:
        // `…, a spokesman told Reuters`, `…, traders say` (not `according to plan`, nor a
        // participle's `…, a slight upward revision provisionally posted`).
        let saying = matches!(
            &prose[me.cue.start..me.cue.end],
            "said"
                | "says"
                | "say"
                | "told"
                | "tells"
                | "added"
                | "adds"
                | "wrote"
                | "writes"
                | "reported"
                | "reports"
        );
        // The comma after the claim, or inside its closing quotation mark (`… as "a
        // disaster," the paper reported`).
        let comma_after = |between: &str| {
            between.trim() == ","
                || between.trim().is_empty()
                    && [",\"", ",\u{201d}", ",'", ",\u{2019}"]
                        .iter()
                        .any(|end| prose[..claim.end].ends_with(end))
        };
        if saying
            && claim.end <= source.start
            && comma_after(&prose[claim.end..source.start])
            && prose[source.end..me.cue.start].trim().is_empty()
            && claim.contains(host.cue)
            && content.start < claim.end
            && content.contains(source)
        {
            host.content = Some(Span::new(content.start, claim.end));
            return true;
        }
    }
    // `…, as Opposition parties accused it of failing a generation.`: a clause of its own to
    // the sentence's end, not a parenthesis (`the result, as he later explained, was …`, `as
    // it said it would, and seek …`).
    let as_clause = || {
        let before = prose.get(..source.start)?.trim_end();
        let rest = before.strip_suffix("as")?.strip_suffix(' ')?.trim_end();
        let comma = rest.strip_suffix(',')?.trim_end().len();
        let claim = me.content?;
        (claim.start >= me.cue.end && !prose[me.cue.end..claim.start].contains(','))
            .then_some(())?;
        prose[claim.end..]
            .trim_start_matches(['"', '\'', '\u{201d}', '\u{2019}'])
            .starts_with(['.', '!', '?'])
            .then_some(comma)
    };
    match contrast_comma(prose, source.start)
        .or_else(|| gloss_comma(prose, source.start))
        .or_else(as_clause)
    {
        Some(comma) if comma > content.start && comma < content.end => {
            host.content = Some(Span::new(content.start, comma));
            true
        }
        _ => false,
    }
}

/// Where the comma of `, while` or `, whereas` right before byte `at` stands (`…, while a
/// senior MP said`), with the white space before it trimmed: the end of what went before.
fn contrast_comma(prose: &str, at: usize) -> Option<usize> {
    let before = prose.get(..at)?.trim_end();
    let rest = before
        .strip_suffix("while")
        .or_else(|| before.strip_suffix("whereas"))?;
    let rest = rest.strip_suffix(' ')?.trim_end();
    let rest = rest.strip_suffix(',')?.trim_end();
    Some(rest.len())
}

/// Where the source proper starts in `source` when it opens with a gloss after a comma: `, a
/// move analysts said` gives `analysts`, `, a move which officials said` gives `officials`.
fn source_after_gloss(prose: &str, source: Span) -> Option<usize> {
    let text = prose.get(source.start..source.end)?;
    // (Byte tests first: every source is asked.)
    if !["a ", "an ", "the "].iter().any(|a| text.starts_with(a))
        || !prose[..source.start].trim_end().ends_with(',')
    {
        return None;
    }
    let n = gloss_len(text.split(' '))?;
    // The source after the gloss, and after `that` or `which` if they are there; not a noun
    // phrase that goes on (`a cut of two pence`).
    let gloss: usize = text.split(' ').take(n).map(|w| w.len() + 1).sum();
    let rest = text.get(gloss..)?;
    let rest = ["that ", "which "]
        .iter()
        .find_map(|r| rest.strip_prefix(r))
        .unwrap_or(rest);
    let next = rest.split(' ').next()?;
    let preposition = matches!(
        next,
        "of" | "in" | "on" | "to" | "for" | "from" | "by" | "at" | "over" | "with"
    );
    (!preposition && !next.is_empty()).then_some(source.end - rest.len())
}

/// Where the comma of a gloss right before byte `at` stands (`…, a move that` before `some
/// executives said`, `…, a decision analysts said`): the gloss, then `that` or `which` or
/// nothing. The white space before the comma is trimmed.
fn gloss_comma(prose: &str, at: usize) -> Option<usize> {
    let mut before = prose.get(..at)?.trim_end();
    for relative in [" that", " which"] {
        if let Some(rest) = before.strip_suffix(relative) {
            before = rest;
            break;
        }
    }
    // Its noun ends it (asked first: nearly every source has none before it).
    let noun = before.rsplit(' ').next()?;
    if !(is_gloss_noun(noun) || is_gloss_plural(noun)) {
        return None;
    }
    // The gloss is short: its comma is among the last 48 bytes.
    let from = before.len().saturating_sub(48);
    let comma = before.as_bytes()[from..].iter().rposition(|&b| b == b',')? + from;
    let words = before[comma + 1..].split_whitespace();
    let whole = gloss_len(words.clone()) == Some(words.count());
    whole.then(|| prose[..comma].trim_end().len())
}

/// How many of `words` a writer's gloss takes when they open with one: an article, at most
/// one word more, and a noun of what was done or said (`a move`, `a surprise move`).
fn gloss_len<'w>(mut words: impl Iterator<Item = &'w str>) -> Option<usize> {
    let first = words.next()?;
    // Or a plural noun alone: `…, statements that public health experts say`.
    if is_gloss_plural(first) {
        return Some(1);
    }
    if !matches!(first, "a" | "an" | "the") {
        return None;
    }
    words.take(2).position(is_gloss_noun).map(|i| i + 2)
}

/// The plural of a gloss's noun, or of `statement`, which glosses alone: `…, statements that
/// public health experts say have sown confusion`, `…, moves analysts said were overdue`.
fn is_gloss_plural(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|noun| noun.len() > 3 && (is_gloss_noun(noun) || noun == "statement"))
}

/// A noun of what was done or said, which a writer's gloss opens with (`a move that`, `a
/// decision analysts said`).
fn is_gloss_noun(word: &str) -> bool {
    matches!(
        word,
        "move"
            | "step"
            | "decision"
            | "sign"
            | "signal"
            | "development"
            | "measure"
            | "action"
            | "deal"
            | "plan"
            | "proposal"
            | "change"
            | "shift"
            | "reversal"
            | "increase"
            | "rise"
            | "drop"
            | "fall"
            | "decline"
            | "cut"
            | "figure"
            | "level"
            | "outcome"
            | "result"
            | "claim"
            | "charge"
            | "allegation"
            | "remark"
            | "comment"
    )
}

/// Removes parent links that close a cycle (two attributions whose contents hold each other):
/// parents must form a forest. Each attribution is visited once per walk start, and a walk
/// stops at the first attribution already known to reach a root, so this is linear.
fn break_cycles(attributions: &mut [Attribution]) {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Unknown,
        OnPath,
        Done,
    }
    let mut mark = vec![Mark::Unknown; attributions.len()];
    let mut path = Vec::new();
    for start in 0..attributions.len() {
        let mut i = start;
        path.clear();
        while mark[i] == Mark::Unknown {
            mark[i] = Mark::OnPath;
            path.push(i);
            match attributions[i].parent {
                Some(p) if (p.0 as usize) < attributions.len() => i = p.0 as usize,
                _ => break,
            }
        }
        if mark[i] == Mark::OnPath
            && attributions[i]
                .parent
                .is_some_and(|p| mark[p.0 as usize] == Mark::OnPath)
        {
            // `i` closes a cycle: it keeps no parent.
            attributions[i].parent = None;
        }
        for &j in &path {
            mark[j] = Mark::Done;
        }
    }
}

/// Orders the candidates, gives ids, classifies sources and links nested attributions. `toks`
/// is the sentences' token vector, reused for the source phrases.
fn assemble<'a>(
    doc: &'a Document,
    prose: &'a str,
    cands: Vec<Cand>,
    regions: &[Span],
    mut problems: Vec<Problem>,
    mut toks: Vec<Tok<'a>>,
) -> Parsed {
    let mut cands = cands;
    epigraph_speakers(prose, regions, &mut cands);
    cands.sort_by_key(|c| (c.cue.start, c.cue.end));
    cands.dedup_by_key(|c| c.cue.start);
    continue_in_quote_paragraphs(doc, regions, &mut cands);
    // `…, a move analysts said would save money`: the gloss's noun is no part of the source.
    for c in &mut cands {
        if let Some(start) = c.source.and_then(|s| source_after_gloss(prose, s)) {
            c.source = c.source.map(|s| Span::new(start, s.end));
            c.source_class = None;
        }
    }
    let publisher = doc.named_publisher();
    let mut attributions: Vec<Attribution> = Vec::with_capacity(cands.len());
    for (i, c) in cands.iter().enumerate() {
        let source = c.source.map(|s| {
            let class = c
                .source_class
                .unwrap_or_else(|| classify(prose, s, publisher, &mut toks));
            mention(prose, s, class)
        });
        let recipient = c.recipient.map(|s| {
            let class = c
                .recipient_class
                .unwrap_or_else(|| classify(prose, s, publisher, &mut toks));
            mention(prose, s, class)
        });
        attributions.push(Attribution {
            id: AttributionId(i as u32),
            kind: c.kind,
            cue: c.cue,
            source,
            content: c.content,
            recipient,
            medium: c.medium,
            anonymity: c.anonymity,
            parent: None,
        });
    }
    // Parents: a frame-given host, else the innermost other attribution whose content holds this
    // one's cue and source.
    for i in 0..cands.len() {
        let parent = if let Some(pc) = cands[i].parent_cue {
            // Sorted by cue and deduplicated above: a binary search finds the host.
            cands
                .binary_search_by_key(&(pc.start, pc.end), |c| (c.cue.start, c.cue.end))
                .ok()
        } else {
            let me = &cands[i];
            let extent = me.source.map_or(me.cue, |s| s.cover(me.cue));
            // Only candidates in the same neighbourhood can hold it; they sort near it.
            let lo = i.saturating_sub(8);
            let hi = (i + 8).min(cands.len());
            (lo..hi)
                .filter(|&j| j != i)
                .filter(|&j| cands[j].content.is_some_and(|c| c.contains(extent)))
                .min_by_key(|&j| cands[j].content.map_or(usize::MAX, |c| c.len()))
                .filter(|&j| !ends_host_before(prose, &cands[i], &mut attributions[j]))
        };
        attributions[i].parent = parent.filter(|&p| p != i).map(|p| AttributionId(p as u32));
    }
    break_cycles(&mut attributions);
    if doc.format == whosaid_core::Format::Html {
        // Quotation marks written as character references are read on one byte of them: the
        // spans take in the whole reference.
        for a in &mut attributions {
            a.cue = doc.snap(a.cue);
            for m in [&mut a.source, &mut a.recipient].into_iter().flatten() {
                m.span = doc.snap(m.span);
            }
            for s in [&mut a.content, &mut a.medium, &mut a.anonymity]
                .into_iter()
                .flatten()
            {
                *s = doc.snap(*s);
            }
        }
        for p in &mut problems {
            p.span = doc.snap(p.span);
        }
    }
    Parsed {
        attributions,
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts for the phrase tests: news of the corpus (the first documents) and sentences with
    /// marks, abbreviations, joiners and other letters at the edges of phrases.
    fn phrase_texts() -> Vec<String> {
        let mut texts: Vec<String> = [
            "\"We will not retreat,\" said an official familiar with the talks.",
            "U.S. Vice President J.D. Vance told Reuters' reporter: \"No.\"",
            "The firm's chief, Mr. Smith of Acme Corp., said prices rose 3.5 pct.",
            "Kyiv’s state-run media, citing \"sources\", reported the deal, Zoë Ó said.",
            "“It is not a surprise,” one trader said; the Bank of Italy’s governor agreed.",
            "Analysts said 'don't' and \"won't\" — the U.K.'s Treasury said.",
        ]
        .map(str::to_owned)
        .to_vec();
        texts.extend(whosaid_testdata::corpus().1.into_iter().take(150));
        texts
    }

    #[test]
    fn phrase_tokens_are_the_phrase_cut_alone() {
        let mut taken = 0;
        for text in phrase_texts() {
            let doc = whosaid_text::plain(text);
            let prose = doc.prose();
            let found = quotes::find(&doc);
            let (marks, regions) = marks_and_regions(&found);
            let mut quoting = tokens::Quoting::new(&marks, &regions);
            let (mut toks, mut starts, mut alone) = (Vec::new(), Vec::new(), Vec::new());
            for sentence in &doc.sentences {
                tokens::tokenize(prose, sentence.span, &mut quoting, &mut toks, &mut starts);
                for a in 0..toks.len() {
                    for b in a + 1..=toks.len().min(a + 10) {
                        let (start, end) = (toks[a].start(), toks[b - 1].end());
                        // Phrases that end at a token's end, and inside it.
                        for span in [Span::new(start, end), Span::new(start, end - 1)] {
                            let Some(phrase) = phrase_tokens(&toks, span) else {
                                continue;
                            };
                            let mut none = tokens::Quoting::none();
                            tokens::tokenize(prose, span, &mut none, &mut alone, &mut starts);
                            // Cut alone, every token is outside any quote.
                            let phrase: Vec<Tok<'_>> = phrase
                                .iter()
                                .map(|&t| {
                                    let mut t = t;
                                    t.depth = 0;
                                    t
                                })
                                .collect();
                            assert_eq!(phrase, alone, "{:?}", span.slice(prose));
                            taken += 1;
                        }
                    }
                }
            }
        }
        assert!(taken > 10_000, "{taken}");
    }

    #[test]
    fn phrases_are_classified_as_cut_alone() {
        let mut asked = 0;
        for text in phrase_texts() {
            let doc = whosaid_text::plain(text);
            let prose = doc.prose();
            for a in parse(&doc).attributions {
                for m in [&a.source, &a.recipient].into_iter().flatten() {
                    let alone = classify(prose, m.span, None, &mut Vec::new());
                    assert_eq!(m.class, alone, "{:?}", m.text);
                    asked += 1;
                }
            }
        }
        assert!(asked > 100, "{asked}");
    }

    #[test]
    fn single_spaced_phrases_are_their_own_mention_text() {
        let pieces = [
            "a", "B", " ", "  ", "\n", "\t", "\u{b}", "\u{a0}", "é", ",", "\u{2003}",
        ];
        let mut texts: Vec<String> = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
                .collect();
            texts.extend(longer);
        }
        for text in &texts {
            let split = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if is_single_spaced(text) {
                assert_eq!(&split, text, "{text:?}");
            }
            let m = mention(text, Span::new(0, text.len()), MentionClass::Vague);
            assert_eq!(m.text, split, "{text:?}");
        }
    }
}
