//! The constructions of attribution, one function each, tried at every cue of a sentence.
//!
//! A cue is found first (a reporting verb, `according to`, `citing`, a colon); the frames then
//! read the source and the content around it:
//!
//! - `quote_then_cue`: `"Q," S said.` / `"Q," said S.` (direct; the quote may span sentences and
//!   paragraphs, and continues into a following `"…"` of the same paragraph)
//! - `clause_then_cue`: `Q, S said.` / `Q, said S.` / `Q, the publication writes.`
//! - `subject_cue_content`: `S said (that) Q.` / `S told R (that) Q.` / `S wrote on Twitter that Q.`
//!   / `S said: "Q"` / `S said.` followed by a quote
//! - `according_to`: `According to S, Q.` / `Q, according to S.`
//! - `citation`: `S, citing T, reported Q` / `X reports with reference to Y`
//! - `colon`: `S: "Q"`
//! - gerund cues (`, adding that Q`) take the source of the attribution before them.

use crate::adjunct;
use crate::lexicon::{self, Cue, Form, VerbClass};
use crate::source;
use crate::tokens::{Kind, Tok, Toks};
use whosaid_core::{AttributionKind, MentionClass, Sentence, Span};

/// A found attribution, in token and byte terms, before ids are given.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    pub kind: AttributionKind,
    pub cue: Span,
    pub source: Option<Span>,
    pub content: Option<Span>,
    pub recipient: Option<Span>,
    pub medium: Option<Span>,
    pub anonymity: Option<Span>,
    /// The cue of the attribution this one is nested in, when the frame knows it.
    pub parent_cue: Option<Span>,
    /// The classes of the source and recipient phrases when they were read from the
    /// sentence's tokens ([`crate::sentence_cands`]); `None` leaves them to be classified from
    /// the text when the attribution is made.
    pub source_class: Option<MentionClass>,
    pub recipient_class: Option<MentionClass>,
}

impl Cand {
    /// An attribution of `kind` at `cue` with nothing else known yet.
    pub(crate) fn new(kind: AttributionKind, cue: Span) -> Cand {
        Cand {
            kind,
            cue,
            source: None,
            content: None,
            recipient: None,
            medium: None,
            anonymity: None,
            parent_cue: None,
            source_class: None,
            recipient_class: None,
        }
    }
}

/// What a frame needs to know about the sentence and the document around it.
pub(crate) struct Sent<'s, 'a> {
    pub prose: &'a str,
    pub toks: &'s [Tok<'a>],
    pub span: Span,
    /// Top-level quotes (outer spans) of the document, sorted.
    pub quotes: &'s [Span],
    /// Opening marks of the document's quotes that never close, sorted by position.
    pub unclosed: &'s [Span],
    /// The next sentences of the same paragraph, for quote continuation.
    pub next_sentences: &'s [Sentence],
    /// The sentences of the next paragraph, when this sentence ends its paragraph: a cue that
    /// ends it with a colon introduces the quote that paragraph is (`Cruz continued:` /
    /// `"…"`). Empty otherwise.
    pub next_paragraph: &'s [Sentence],
}

fn lw<'b>(t: &Tok<'b>, buf: &'b mut [u8; 32]) -> &'b str {
    t.lower(buf).unwrap_or("")
}

/// How the attribution after a quote ends its sentence, for [`Sent::lead_in`]: not at all
/// (`"…," he said as he left`), with a pronoun (`"…," he said.`) or with a named source
/// (`"…," the paper reported.`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ending {
    No,
    Pronoun,
    /// The named source's last token.
    Named(usize),
}

impl<'s, 'a> Sent<'s, 'a> {
    fn span(&self, a: usize, b: usize) -> Span {
        source::span_of(self.toks, a, b)
    }

    /// The clause before an attribution that ends the sentence (`Q, S said.`), from the sentence
    /// start to token `end` (exclusive). When a quotation mark that never closes opens inside it,
    /// the content is what it quotes: `preference to "discuss a ceasefire first, said an
    /// official` attributes `"discuss a ceasefire first` to the official.
    fn lead(&self, end: usize) -> Span {
        let span = self.span(0, end);
        let at = self.unclosed.partition_point(|m| m.start < span.start);
        let Some(mark) = self.unclosed.get(at).filter(|m| m.end < span.end) else {
            return span;
        };
        // Only the attribution right after the quote takes it: in `"Q, said an official, the
        // publication writes`, the publication writes the whole sentence.
        let cue_between = self.toks[..end]
            .iter()
            .any(|t| t.start() > mark.start && t.verb().is_some());
        if cue_between {
            span
        } else {
            Span::new(mark.start, span.end)
        }
    }

    /// The quote before a cue that ends the sentence (`Q, S said.`) with the words of the
    /// clause it finishes: `The French are big fans of "Prison Break," Mr. Madden said.` reports
    /// the whole clause, the quoted words and the reporter's own. Only when a word comes right
    /// before the opening mark, in this sentence: after a comma, colon or dash (`Asked about it,
    /// "We'll see," he said.`) the quote stands alone. Nor when the words before it are another
    /// attribution's (`"We won," he said, and "we will win again," she said.`).
    fn lead_in(&self, quote: Span, ends: Ending) -> Span {
        let toks = self.toks;
        // Tokens are in text order: the opening mark is found by a binary search.
        let open = toks.partition_point(|t| t.start() < quote.start);
        if !toks
            .get(open)
            .is_some_and(|t| t.start() == quote.start && matches!(t.kind, Kind::Open(_)))
        {
            return quote;
        }
        let word_before = open > 0 && toks[open - 1].is_word();
        // Another attribution's words before it: a colon's (`He said: Q1 and "Q2," …`), a
        // verb of saying's (`Citing "obligations in Tennessee," the spokeswoman told …`). But
        // when the attribution ends the sentence, a verb of saying whose clause runs on to the
        // quote is no other attribution's: `Police said the man was "known to them", the
        // paper reported` reports the whole claim, the police's attribution with it; only a
        // quote and its verb (`"We won," he said, and "…," she said.`) or a coordinated
        // clause (`he said, and "…," she said`) are, or the same source's before (`Mr Redmond
        // says … "…," Mr Redmond said`). A pronoun there names the speaker of a finite verb of
        // saying before it: `Tabuchi told a conference "…," he said`.
        let is_speech =
            |t: &Tok<'_>| t.depth == 0 && t.verb().is_some_and(|v| v.class == VerbClass::Speech);
        let said = |t: &Tok<'_>| is_speech(t) && source::is_finite_verb(t);
        let reported = || {
            toks[..open].iter().any(|t| t.depth == 0 && t.is_punct(':'))
                || match ends {
                    Ending::No => toks[..open].iter().any(is_speech),
                    Ending::Pronoun => toks[..open].iter().any(said),
                    // (The source named before its verb, again: `Mr Redmond says … "…," Mr
                    // Redmond said`.)
                    Ending::Named(last) => toks.get(last).is_some_and(|name| {
                        name.is_capitalized()
                            && toks[..open]
                                .iter()
                                .position(|t| t.text == name.text)
                                .is_some_and(|p| toks[p..open].iter().any(said))
                    }),
                }
                || toks[..open]
                    .iter()
                    .position(|t| t.depth == 0 && matches!(t.kind, Kind::Close(_)))
                    .is_some_and(|close| toks[close..open].iter().any(is_speech))
                || ["and", "but", "or", "while"]
                    .iter()
                    .any(|w| toks[open - 1].is(w))
                    && toks[..open - 1].iter().any(is_speech)
        };
        // A name in quotation marks (`C. J. "Pete" Silas`, `on the NBC program "Today,"`)
        // reports no one's words; a word does (`may be "strategic,"`).
        let one_name = || {
            let inner = quote
                .slice(self.prose)
                .trim_matches(|c: char| !c.is_alphanumeric());
            inner.chars().next().is_some_and(char::is_uppercase)
                && !inner.contains(|c: char| !c.is_alphanumeric())
        };
        if !word_before || one_name() || reported() {
            return quote;
        }
        self.lead(open).cover(quote)
    }

    /// True when the tokens from `at` are a short attribution that ends the sentence: `he
    /// said`, `said an official familiar with the talks`, `the ministry said in a statement`.
    fn trailing_attribution(&self, at: usize) -> bool {
        let toks = self.toks;
        let window = &toks[at..toks.len().min(at + 10)];
        // The verb test first: a field of the token, where the case test reads its text.
        let Some(k) = window.iter().position(|t| {
            t.depth == 0
                && t.verb().is_some_and(|v| {
                    v.class == VerbClass::Speech && matches!(v.form, Form::Past | Form::Present3)
                })
                && t.is_lower()
        }) else {
            return false;
        };
        let cue = at + k;
        // Either `S said` with a short subject, or `said S`.
        let tail_from = if k > 0 {
            if !(k <= 7 && window[..k].iter().all(|t| t.is_word())) {
                return false;
            }
            cue + 1
        } else {
            match source::after(toks, cue + 1, toks.len()) {
                Some((_, b)) => b,
                None => return false,
            }
        };
        let (rest, _) = adjunct::skip_adjuncts(toks, tail_from, toks.len());
        clause_ends(&toks[rest..])
    }

    /// The top-level quote whose closing mark is token `i`.
    fn quote_closed_at(&self, i: usize) -> Option<Span> {
        let t = self.toks.get(i)?;
        if !matches!(t.kind, Kind::Close(_)) {
            return None;
        }
        self.quote_ending(t.end())
    }

    fn quote_ending(&self, end: usize) -> Option<Span> {
        let at = self.quotes.partition_point(|q| q.end < end);
        self.quotes.get(at).copied().filter(|q| q.end == end)
    }

    /// The quote that the next sentence opens with, when it ends the sentence it ends in (or
    /// within three bytes: `."`): the quote of `S said. "Q."`, not of `S agreed. "Q," he
    /// said.`, which has an attribution of its own.
    fn quote_in_next_sentences(&self) -> Option<Span> {
        let next = self.next_sentences;
        let q = self.quote_starting(next.first()?.span.start)?;
        let ends_in = next
            .partition_point(|s| s.span.end < q.end)
            .min(next.len() - 1);
        (q.end + 3 >= next[ends_in].span.end).then_some(q)
    }

    /// The quote that the next paragraph is, when this sentence ends its paragraph: the
    /// paragraph opens with it and ends with it (or it runs on past the paragraph, as a quote
    /// of several paragraphs does). A paragraph that goes on after its quote (`"…," he
    /// added.`) has an attribution of its own.
    fn quote_in_next_paragraph(&self) -> Option<Span> {
        let (first, last) = (self.next_paragraph.first()?, self.next_paragraph.last()?);
        let q = self.quote_starting(first.span.start)?;
        (q.end + 3 >= last.span.end).then_some(q)
    }

    fn quote_starting(&self, start: usize) -> Option<Span> {
        let at = self.quotes.partition_point(|q| q.start < start);
        self.quotes.get(at).copied().filter(|q| q.start == start)
    }

    /// Extends a direct quote's content over the quotes that continue it: `"Q1," he said, "Q2."`
    /// (only punctuation between the attribution and the next quote) and following sentences of
    /// the same paragraph that are wholly quoted.
    fn continue_quote(&self, content: Span, after: usize) -> Span {
        let toks = self.toks;
        let mut content = content;
        let mut i = after;
        while i < toks.len() && matches!(toks[i].kind, Kind::Punct(',' | ':' | '—' | '–')) {
            i += 1;
        }
        if let Some(t) = toks.get(i) {
            if matches!(t.kind, Kind::Open(_)) && t.depth == 0 && t.start() >= content.end {
                // A title names the medium before it (`she wrote in her memoir, "Tough
                // Choices."`): no more of the quote.
                if let Some(q) = self
                    .quote_starting(t.start())
                    .filter(|&q| !is_title_at(self.prose, q))
                {
                    content = content.cover(q);
                }
            }
        }
        // Following sentences that open with a quote that also ends their last sentence.
        let next = self.next_sentences;
        let mut j = 0;
        while j < next.len() {
            if next[j].span.start < content.end {
                j += 1;
                continue;
            }
            let Some(q) = self.quote_starting(next[j].span.start) else {
                break;
            };
            let mut k = j;
            while k + 1 < next.len() && next[k].span.end < q.end {
                k += 1;
            }
            if q.end + 3 < next[k].span.end {
                break; // the quote's last sentence goes on: `"…," he said.` is another attribution
            }
            content = content.cover(q);
            j = k + 1;
        }
        content
    }

    /// The content of a speech act ([`VerbClass::Act`]) from token `at`: its object and what
    /// follows it, to the end of the clause ([`Sent::content_until`] to the first comma), and
    /// before a second predicate (`denounced Trump's rhetoric and said it would …`, `calling
    /// them "rapists" and threatening …`), a clause of time (`as he promised …`) or the medium
    /// (`defends his bona fides in a commercial`).
    fn act_content(&self, at: usize) -> Option<Span> {
        let whole = self.content_until(at, true)?;
        if whole.end > self.span.end {
            return Some(whole); // a quote that runs on past the sentence
        }
        let toks = self.toks;
        let start = toks.partition_point(|t| t.start() < whole.start);
        let mut end = toks.partition_point(|t| t.start() < whole.end);
        for j in start + 1..end {
            let t = &toks[j];
            if t.depth != 0
                || !t.has(Cue::CLAUSE_BOUNDARY) && !t.is("as") && !t.is("in") && !t.is("on")
            {
                continue;
            }
            let next = toks.get(j + 1).filter(|n| n.is_word() && n.is_lower());
            let stop = if t.is("and") || t.is("but") {
                next.is_some_and(|n| {
                    let mut b = [0; 32];
                    let w = lw(n, &mut b);
                    n.verb().is_some()
                        || lexicon::is_auxiliary(w)
                        || w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))
                })
            } else if t.is("as") {
                next.is_some_and(|n| n.has(Cue::PRONOUN))
            } else if t.is("in") || t.is("on") {
                adjunct::skip_adjuncts(toks, j, toks.len()).1.is_some()
            } else {
                false
            };
            if stop {
                end = j;
                break;
            }
        }
        while end > start && matches!(toks[end - 1].kind, Kind::Punct(_)) {
            end -= 1;
        }
        (end > start).then(|| self.span(start, end))
    }

    /// The content after a cue, from token `at`: to the end of the sentence, or the quote that
    /// begins there, stopping before a trailing attribution or `, adding …`.
    fn content_after(&self, at: usize) -> Option<Span> {
        self.content_until(at, false)
    }

    /// `content`, from token `after`, cut at the end of the relative clause between commas that
    /// the subject at `s_start` opens (`Barkley, who said he votes democratic, said …`, `The
    /// union, which claims the deal is dead, will strike`): at the comma before the main
    /// clause's verb or auxiliary, the last one (`who said prices, as expected, would rise,
    /// resigned`).
    fn within_relative(&self, s_start: usize, after: usize, content: Span) -> Span {
        let toks = self.toks;
        let relative = s_start > 0 && toks[s_start - 1].is_punct(',') && {
            let mut b = [0; 32];
            matches!(lw(&toks[s_start], &mut b), "who" | "which")
        };
        if !relative {
            return content;
        }
        let closing = (after + 1..toks.len())
            .take_while(|&j| toks[j].end() <= content.end)
            .filter(|&j| {
                toks[j].depth == 0
                    && toks[j].is_punct(',')
                    && toks[j - 1].end() > content.start
                    && toks.get(j + 1).is_some_and(|t| {
                        source::is_finite_verb(t)
                            || t.is_lower() && lexicon::is_auxiliary(lw(t, &mut [0; 32]))
                    })
            })
            .last();
        match closing {
            Some(j) => Span::new(content.start, toks[j - 1].end()),
            None => content,
        }
    }

    /// [`Sent::content_after`]; with `clause_only`, the content also ends at the first comma
    /// (the cue stands in a subordinate clause: `when he says he will win, the polls …`).
    fn content_until(&self, at: usize, clause_only: bool) -> Option<Span> {
        let toks = self.toks;
        let mut at = at;
        // (A dash that ends the sentence stands for a colon: `the statement said-`.)
        let colon = toks.get(at).is_some_and(|t| {
            t.is_punct(':')
                || at + 1 == toks.len() && matches!(t.kind, Kind::Punct('-' | '—' | '–'))
        });
        if colon || toks.get(at).is_some_and(|t| t.is_punct(',')) {
            at += 1;
        }
        // `TASS reported, citing an unnamed source in the security services, that …`: the
        // citation between commas is no part of what was reported (it is read as an
        // attribution of its own); the content starts at `that` or the clause's subject (`said,
        // citing officials, the deal was off`).
        if toks
            .get(at)
            .is_some_and(|t| t.has(Cue::CITING) && t.is("citing"))
        {
            let end = toks.len().min(at + 24);
            if let Some(j) = (at + 1..end).find(|&j| {
                toks[j].depth == 0
                    && toks[j].is_punct(',')
                    && (toks.get(j + 1).is_some_and(|t| t.is("that"))
                        || clause_like_strict(self, j + 1))
            }) {
                at = j + 1;
            }
        }
        let Some(first) = toks.get(at) else {
            // `Cruz continued:` ending its paragraph, the next one a quote.
            return if colon {
                self.quote_in_next_paragraph()
            } else {
                None
            };
        };
        if let Kind::Open(_) = first.kind {
            if let Some(q) = self.quote_starting(first.start()) {
                if q.end > self.span.end {
                    return Some(q);
                }
            }
        }
        let mut end = toks.len();
        // Only a semicolon, a comma or `and` (a clause boundary word) outside quotes can end
        // the content: the other tokens (nearly all) are passed over by a loop of their own, on
        // two tests of their fields (measured: as the first test of one loop over every token,
        // this cost twice as much per token).
        let may_end = |t: &Tok<'_>| {
            t.depth == 0
                && match t.kind {
                    Kind::Word(_) => t.has(Cue::CLAUSE_BOUNDARY),
                    Kind::Punct(c) => c == ';' || c == ',',
                    _ => false,
                }
        };
        let mut next = at;
        while let Some(k) = toks[next..].iter().position(may_end) {
            let j = next + k;
            next = j + 1;
            let t = &toks[j];
            if t.is_punct(';') {
                end = j;
                break;
            }
            if clause_only && t.is_punct(',') && j > at {
                end = j;
                break;
            }
            // `… $41,000 a year and questioned how …`: a second predicate of the subject.
            if t.is("and") && j >= at + 3 {
                if let Some(n) = toks.get(j + 1) {
                    let verb = n.is_lower()
                        && (n.verb().is_some_and(|v| v.form != Form::Gerund) || {
                            let mut b = [0; 32];
                            let w = lw(n, &mut b);
                            w.ends_with("ed") && w.len() > 4
                        });
                    if verb {
                        end = j;
                        break;
                    }
                }
            }
            // `said the results were promising but cautioned that …`: after `but`, a cue verb
            // of its own only (`said the plan was bold but needed money` is one content).
            if t.is("but") && j >= at + 3 {
                let cue = toks.get(j + 1).is_some_and(|n| {
                    n.is_lower()
                        && n.verb().is_some_and(|v| {
                            matches!(v.form, Form::Past | Form::Present3)
                                && v.class == VerbClass::Speech
                        })
                });
                if cue {
                    end = j;
                    break;
                }
            }
            // `…, he said.` ends the sentence: that attribution holds this one, not the other
            // way round.
            if t.is_punct(',') && self.trailing_attribution(j + 1) {
                end = j;
                break;
            }
            if t.is_punct(',') && j + 1 < toks.len() {
                let n = &toks[j + 1];
                // The words asked of below all have one of these bits: no other is lowercased.
                let mut b = [0; 32];
                let w = if n.has(Cue::ACCORDING_TO | Cue::CITING | Cue::CLAUSE_BOUNDARY) {
                    lw(n, &mut b)
                } else {
                    ""
                };
                let gerund = n
                    .verb()
                    .is_some_and(|v| v.form == Form::Gerund && v.class == VerbClass::Speech);
                if gerund || w == "according" || w == "citing" {
                    end = j;
                    break;
                }
                // `…, and he added that …`: a coordinated attribution of its own.
                if matches!(w, "and" | "but") {
                    let window = &toks[j + 2..toks.len().min(j + 7)];
                    let cue_ahead = window.iter().any(|t| {
                        let mut b = [0; 32];
                        t.depth == 0
                            && t.verb().is_some_and(|v| {
                                v.class == VerbClass::Speech
                                    && matches!(v.form, Form::Past | Form::Present3)
                            })
                            && lw(t, &mut b).len() > 1
                    });
                    if cue_ahead {
                        end = j;
                        break;
                    }
                }
            }
        }
        while end > at && matches!(toks[end - 1].kind, Kind::Punct(_)) {
            end -= 1;
        }
        // Keep a closing quote that ends the content.
        if end < toks.len() && matches!(toks[end].kind, Kind::Close(_)) && end > at {
            end += 1;
        }
        if end <= at {
            return None;
        }
        Some(self.span(at, end))
    }
}

/// The kind of an attribution with this content.
fn kind_of(sent: &Sent<'_, '_>, content: Option<Span>) -> AttributionKind {
    let Some(c) = content else {
        return AttributionKind::Indirect;
    };
    let at = sent.quotes.partition_point(|q| q.end <= c.start);
    match sent.quotes.get(at).filter(|q| q.start < c.end) {
        None => AttributionKind::Indirect,
        // The content opens with a quote (several may be joined by the attribution:
        // "Q1," he said. "Q2."): direct. A quote inside reported speech: mixed.
        Some(q) if q.start <= c.start + 1 => AttributionKind::Direct,
        Some(_) => AttributionKind::Mixed,
    }
}

/// True when the tokens before `comma` (the comma right before a cue) are a name and its
/// appositives and nothing else: `John Smith, president of Acme,`, `Churchill, a privately
/// held firm,`, `Conable, who has just completed his first year,`. Each part between commas
/// holds no verb (an auxiliary or a cue verb) unless it is a relative clause (`who`, `which`):
/// `Prices, the survey found, rose` and `Sears, Roebuck and Co's stock was downgraded,` are
/// content, not a subject.
fn appositive_lead(toks: &[Tok<'_>], comma: usize) -> bool {
    let Some((start, end)) = source::appositive_before(toks, 0, comma) else {
        return false;
    };
    // The name may itself be the appositive: `AC Teleconnect Corp's unit, ACC Long Distance
    // Corp, said`; then it is a name and nothing more (not `Another product, ImageMaster, lets
    // PC users …, said ATT`).
    let bare_name = || {
        toks[start - 1].is_punct(',')
            && end - start <= 6
            && toks[start..end]
                .iter()
                .all(|t| t.is_word() && t.is_capitalized())
    };
    if end != comma || start != 0 && !bare_name() {
        return false;
    }
    toks[..end].split(|t| t.is_punct(',')).all(|part| {
        // A relative clause, or a participle of the words' way to us (`Dmitry Peskov, quoted
        // by Interfax, said`, `Smith, speaking to reporters, said`).
        let relative = part.first().is_some_and(|t| {
            t.is("who")
                || t.is("which")
                || t.is("whose")
                || t.verb().is_some()
                    && ["quoted", "cited", "speaking", "writing", "testifying"]
                        .iter()
                        .any(|w| t.is(w))
        });
        relative
            || !part
                .iter()
                .any(|t| t.verb().is_some() || lexicon::is_auxiliary(lw(t, &mut [0; 32])))
    })
}

/// Where the name before the description `start..end` starts: two to four capitalised words
/// between the sentence's start or a comma and the comma before `start` (`Tony Proffitt, an
/// aide to State Comptroller Bob Bullock said`, `…, Yves Van Haecke, an aide to … said`). The
/// description opens with an article or a lowercase word; a place is no such name (`New York,
/// a spokesman said`).
fn name_before_description(toks: &[Tok<'_>], start: usize, end: usize) -> Option<usize> {
    let comma = start.checked_sub(1).filter(|&k| toks[k].is_punct(','))?;
    let first = &toks[start];
    if !(first.is_word() && (first.is_lower() || first.has(Cue::DETERMINER))) {
        return None;
    }
    // The name: two to four capitalised words (read first: most phrases after a comma have
    // none before it).
    let mut k = comma;
    while k > 0
        && comma - k < 4
        && toks[k - 1].is_word()
        && toks[k - 1].is_capitalized()
        && toks[k - 1].text.bytes().any(|b| b.is_ascii_lowercase())
        && !toks[k - 1].has(Cue::CLAUSE_BOUNDARY | Cue::DETERMINER | Cue::TITLE | Cue::PRONOUN)
        && toks[k - 1].verb().is_none()
    {
        k -= 1;
    }
    let opens = k == 0 || toks[k - 1].is_punct(',') && k >= 5;
    if !((2..=4).contains(&(comma - k)) && opens) {
        return None;
    }
    // A description: not a pronoun or a relative (`Henry Gluck, he said`, `Howard Baker,
    // who said`, which the resolver reads), nor a group (`Khoo Teck Puat, banking sources
    // said`: the name ends the claim).
    if first.has(Cue::PRONOUN)
        || [
            "who", "which", "that", "whose", "his", "her", "its", "their",
        ]
        .iter()
        .any(|w| first.is(w))
        || toks[start..]
            .iter()
            .take_while(|t| t.is_word() && t.is_lower() && !t.has(Cue::BREAKS_SUBJECT))
            .any(|t| t.text.len() > 3 && t.text.ends_with('s') && !t.text.ends_with("ss"))
    {
        return None;
    }
    // Not a place, a time or a company (`In Tampa, it said`, `On Friday, the board said`,
    // `Gelco Express Ltd, an Air Canada spokesman said`).
    let place = toks[k..comma].iter().any(|t| {
        [
            "New", "North", "South", "East", "West", "San", "Los", "Hong", "Saudi", "United", "In",
            "On", "At", "For", "From", "After", "Before", "During", "With", "By", "To", "Under",
            "Since", "Until", "As", "Like", "Ltd", "Inc", "Corp", "Co", "Plc", "LLC", "Island",
        ]
        .iter()
        .any(|w| t.text.trim_end_matches('.') == *w)
    });
    // A description that ends in a name, with no preposition, is a titled name itself:
    // `Het Comite, association chief executive Peter Pex said` (not `an aide to minister
    // Francois Guillaume`).
    let description = &toks[start..end];
    let named = description
        .last()
        .is_some_and(|t| t.is_capitalized() && !t.has(Cue::ORGANIZATION_WORD))
        && description.iter().any(|t| t.has(Cue::TITLE))
        && !description.iter().any(|t| {
            ["of", "to", "for", "at", "with", "in", "from", "on"]
                .iter()
                .any(|w| t.is(w))
        });
    (!place && !named).then_some(k)
}

/// Where the description before the name `start..end` starts, when the name stands between
/// commas right before the cue at `c` and the description between commas before it: a short
/// phrase of a person's noun after an article or a possessive (`…, her daughter, Ruth
/// Ellison-Hart, said`, `…, a company spokesman, John Smith, said`). Content stands before
/// the description's comma.
fn description_before_name(toks: &[Tok<'_>], start: usize, end: usize, c: usize) -> Option<usize> {
    // The name: one to four capitalised words, a comma on each side, the cue right after.
    if !(end + 1 == c && toks[end].is_punct(',') && start >= 4 && toks[start - 1].is_punct(','))
        || end - start > 4
        || !toks[start..end].iter().all(|t| {
            t.is_word()
                && t.is_capitalized()
                && t.text.bytes().any(|b| b.is_ascii_lowercase())
                && !t.has(Cue::DETERMINER | Cue::TITLE | Cue::ORGANIZATION_WORD | Cue::PRONOUN)
        })
    {
        return None;
    }
    // The description: its noun of a person last (asked first), at most six words.
    let comma = start - 1;
    let noun = &toks[comma - 1];
    let mut nb = [0; 32];
    let w = lw(noun, &mut nb);
    // A person's noun as the lexicon knows them (`spokesman`, `aide`, `dealer`, `widow`), or
    // a relation or a counsel an obituary or a court report names one by.
    let person = noun.is_lower()
        && (lexicon::is_anonymous_head(w)
            || lexicon::is_person_singular(w)
            || whosaid_core::is_description_noun(w)
            || matches!(
                w,
                "son"
                    | "daughter"
                    | "wife"
                    | "husband"
                    | "brother"
                    | "sister"
                    | "partner"
                    | "friend"
                    | "grandson"
                    | "granddaughter"
                    | "niece"
                    | "nephew"
                    | "cousin"
                    | "lawyer"
                    | "attorney"
            ));
    if !person {
        return None;
    }
    // (After a comma, or a quote's closing mark: `"…," the witness, Robert Chen, said`.)
    let d = (comma.saturating_sub(7)..comma)
        .rev()
        .find(|&k| toks[k].is_punct(',') || matches!(toks[k].kind, Kind::Close(_)))?
        + 1;
    let phrase = &toks[d..comma];
    let opens = phrase.first().is_some_and(|t| {
        ["a", "an", "the", "his", "her", "their", "its", "my", "our"]
            .iter()
            .any(|w| t.is(w))
            || t.text.ends_with("'s")
            || t.text.ends_with("’s")
    });
    let plain = phrase.iter().all(|t| {
        t.is_word()
            && t.depth == 0
            && t.verb().is_none_or(|_| t.start() == noun.start())
            && !t.has(Cue::CLAUSE_BOUNDARY)
            // The noun is the description's head: not `the husband of crash victim, Teresa
            // Pawlik`, whose name is the victim's.
            && !["of", "for", "to", "at", "with", "in", "from", "on", "by"]
                .iter()
                .any(|p| t.is(p))
    });
    (d >= 2 && opens && plain).then_some(d)
}

/// True when the all-capitals cue at `c` is no cue in headline style, where capitals tell no
/// names from other words and articles and `is` are left out:
/// - `ADD`: `FED ADDS RESERVES VIA REPURCHASES`, `AIRLINE ADDS TRANSPACIFIC FLIGHT`: adding
///   things, unless `THAT` or a quote follows.
/// - `SAID` before a predicate, `is said` without its `is`: `REFINANCING SAID CLOSE FOR BANK`,
///   `TAIWAN SAID CONSIDERING LIBERALISATION`, `OTTAWA SAID BACKING DOWN`: someone unnamed
///   says it of the subject. Told by the next word: `NOT`, `TO`, `STILL`, `SOMETIMES`, or an
///   `-ING`, `-ED` or `-LY` word (`UNLIKELY`; `HELD`, an irregular participle, is missed),
///   not a name that looks like one (`UNITED`, `BOEING`). A clause after `SAID` starts with
///   its subject: `TRADERS SAID EXXON CUTS PRICE`.
/// - The bare form of a verb that is also a noun, after a word that cannot be its plural
///   subject: `WORLD BANK REPORT CRITICISES PLAN`, `JAPAN DENIES REPORT IT MAY END PACT`.
///   Plural subjects end in `S` (`BANKERS REPORT BREAKTHROUGH`) or are a plural of their own
///   (`MEDIA`, `POLICE`, `PEOPLE`) or a pronoun (`WE`, `THEY`).
fn headline_non_cue(toks: &[Tok<'_>], c: usize, verb: lexicon::Verb) -> bool {
    let cue_tok = &toks[c];
    let next = toks.get(c + 1);
    let mut nb = [0; 32];
    let next_w = next.filter(|t| t.is_word()).map_or("", |t| lw(t, &mut nb));
    if matches!(
        lw(cue_tok, &mut [0; 32]),
        "add" | "adds" | "added" | "adding"
    ) {
        return !(next_w == "that" || next.is_some_and(|t| matches!(t.kind, Kind::Open(_))));
    }
    if cue_tok.is("said") && c > 0 {
        let upper =
            next_w.len() > 3 && next.is_some_and(|t| !t.text.chars().any(char::is_lowercase));
        // Names that only look like a participle start a clause: `SAID UNITED STATES WILL`.
        let name = matches!(
            next_w,
            "united" | "boeing" | "beijing" | "king" | "sterling" | "spring" | "red"
        );
        return matches!(next_w, "not" | "to" | "still" | "sometimes")
            || upper
                && !name
                && (next_w.ends_with("ing") || next_w.ends_with("ed") || next_w.ends_with("ly"));
    }
    if verb.noun_ambiguous() && verb.form == Form::Base && c > 0 {
        let prev = &toks[c - 1];
        if !prev.is_word() {
            return false;
        }
        let mut pb = [0; 32];
        let pw = lw(prev, &mut pb);
        let plural = pw.ends_with('s')
            || matches!(
                pw,
                "i" | "we"
                    | "you"
                    | "they"
                    | "media"
                    | "police"
                    | "people"
                    | "men"
                    | "women"
                    | "children"
                    | "staff"
                    | "data"
            );
        return !plural || prev.verb().is_some();
    }
    false
}

/// True when the verb at `c`, a form far more often a noun ([`lexicon::is_noun_first`]), is a
/// verb: right after its subject (a name, a pronoun, a noun of people or bodies, with adverbs
/// between: `The IEA estimates`, `he also estimates`, `industry analysts estimate`), not
/// after a preposition (`with Wall Street estimates that`) or a possessive (`the bank's
/// estimates`), and before `that` or a clause with its subject (`estimate the market will
/// grow`); not before an object (`estimates 1987 earnings at 7.80 dlrs`), nor at the end.
fn noun_first_is_verb(sent: &Sent<'_, '_>, c: usize) -> bool {
    let toks = sent.toks;
    let end = source::skip_fillers_back(toks, 0, c);
    let Some(prev) = end.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    let subject = prev.is_word()
        && !prev.text.ends_with("'s")
        && !prev.text.ends_with("’s")
        && (prev.is_capitalized() && !prev.has(Cue::DETERMINER | Cue::CLAUSE_BOUNDARY)
            || prev.has(Cue::PRONOUN | Cue::SOURCE_NOUN));
    if !subject {
        return false;
    }
    // The word before a name of capitalised words: not a preposition.
    let run = toks[..end]
        .iter()
        .rev()
        .take_while(|t| t.is_word() && t.is_capitalized())
        .count();
    let before = (end - run).checked_sub(1).map(|k| &toks[k]);
    if before.is_some_and(|t| {
        [
            "with", "of", "from", "on", "by", "using", "to", "in", "for", "at", "than",
        ]
        .iter()
        .any(|w| t.is(w))
    }) {
        return false;
    }
    toks.get(c + 1).is_some_and(|t| t.is("that")) || clause_like_strict(sent, c + 1)
}

/// Tries every frame at the verb cue at token `c`.
pub(crate) fn verb_frames(
    sent: &Sent<'_, '_>,
    c: usize,
    verb: lexicon::Verb,
    out: &mut Vec<Cand>,
) -> bool {
    let toks = sent.toks;
    let cue_tok = &toks[c];
    let cue = cue_tok.span();
    let n = toks.len();
    let prev = c.checked_sub(1).map(|p| &toks[p]);
    let mut b = [0; 32];
    let prev_w = prev.map_or("", |p| lw(p, &mut b));

    if verb.noun_first() && !noun_first_is_verb(sent, c) {
        return false;
    }
    // `value added tax`, `value-added`: a compound, not a cue.
    if cue_tok.is("added") && prev.is_some_and(|p| p.is("value")) {
        return false;
    }
    // `the measures would add "modestly" to supply`: after a modal, `add` with a quote adds
    // things, not words (`would add that …` still reports).
    if cue_tok.is("add")
        && matches!(
            prev_w,
            "would" | "will" | "could" | "can" | "may" | "might" | "should" | "must"
        )
        && !toks.get(c + 1).is_some_and(|t| t.is("that"))
    {
        return false;
    }
    // `people feared trapped`, `38 feared dead`: a state, not anyone's fear.
    if cue_tok.is("feared")
        && toks.get(c + 1).is_some_and(|t| {
            [
                "dead", "trapped", "missing", "killed", "drowned", "lost", "buried", "injured",
            ]
            .iter()
            .any(|w| t.is(w))
        })
    {
        return false;
    }
    // `ruled out a tax increase`, `ruled that out`: an exclusion, not a ruling.
    if cue_tok.is("ruled") && toks[c + 1..n.min(c + 3)].iter().any(|t| t.is("out")) {
        return false;
    }
    // `Having said that, …`: a discourse marker, nobody's claim.
    if prev_w == "having"
        && cue_tok.is("said")
        && toks
            .get(c + 1)
            .is_some_and(|t| t.is("that") || t.is("this") || t.is("so"))
        && toks.get(c + 2).is_some_and(|t| t.is_punct(','))
    {
        return false;
    }
    // Passive: `was quoted as saying`, `was quoted by the China Daily as saying`, `it was
    // reported that`; an adverb may stand between (`was further quoted as saying`, `was
    // originally reported as 4.0 pct`, `is also worried because`).
    let passive_aux = |w: &str| matches!(w, "was" | "were" | "is" | "are" | "been" | "be");
    let adverb_then_aux = c >= 2
        && prev.is_some_and(|p| {
            p.is_lower()
                && (p.text.ends_with("ly")
                    || matches!(
                        p.text,
                        "further" | "also" | "first" | "later" | "still" | "now" | "widely"
                    ))
        })
        && passive_aux(lw(&toks[c - 2], &mut [0; 32]));
    if passive_aux(prev_w) || adverb_then_aux {
        let aux = if adverb_then_aux { c - 2 } else { c - 1 };
        // `by the China Daily` between `quoted` and `as saying`: the paper reported the words.
        let by = (cue_tok.is("quoted") && toks.get(c + 1).is_some_and(|t| t.is("by")))
            .then(|| source::after(toks, c + 2, n))
            .flatten()
            .filter(|&(a, b)| a == c + 2 && adjunct::as_saying(Toks(&toks[b..])).is_ok());
        let quoted_as = match by {
            Some((_, b)) => adjunct::as_saying(Toks(&toks[b..]))
                .ok()
                .map(|(_, k)| (b, k)),
            None => adjunct::quoted_as_saying(Toks(&toks[c..]))
                .ok()
                .map(|(_, k)| (c, k)),
        };
        if let Some((at, k)) = quoted_as {
            // `Alexei Likhachev, head of Rosatom, was quoted by …`: through the appositive.
            let src = source::before(toks, 0, aux).or_else(|| {
                let comma = aux.checked_sub(1).filter(|&k| toks[k].is_punct(','))?;
                source::appositive_before(toks, 0, comma)
            });
            // `"Q," Iacocca was quoted as saying.` / `Q, Chang was quoted as saying.`: at the
            // end of the sentence, what went before the source.
            let before_source = || {
                let (s, _) = src?;
                let k = s.checked_sub(1)?;
                let k = if toks[k].is_punct(',') {
                    k.checked_sub(1)?
                } else {
                    k
                };
                if let Some(q) = sent.quote_closed_at(k) {
                    return Some(sent.continue_quote(q, n));
                }
                let lead_words = toks[..s].iter().filter(|t| t.is_word()).count();
                (toks[s - 1].is_punct(',') && lead_words >= 4).then(|| sent.lead(s - 1))
            };
            let content = sent.content_after(at + k).or_else(|| {
                let (rest, _) = adjunct::skip_adjuncts(toks, at + k, n);
                toks[rest..]
                    .iter()
                    .all(|t| matches!(t.kind, Kind::Punct(_)))
                    .then(before_source)
                    .flatten()
            });
            let Some((a, b)) = by else {
                let cue = sent.span(c, c + k);
                out.push(Cand {
                    source: src.map(|(a, b)| sent.span(a, b)),
                    content,
                    ..Cand::new(kind_of(sent, content), cue)
                });
                return true;
            };
            // The paper's report (its content the speaker and their words, as `The paper
            // quoted Peskov as saying Q` has it), and the speaker's words inside it.
            let cue = sent.span(c, c + 2);
            let report = match (src, content) {
                (Some((s, _)), Some(q)) => Some(sent.span(s, aux).cover(q)),
                (_, q) => q,
            };
            out.push(Cand {
                source: Some(sent.span(a, b)),
                content: report,
                ..Cand::new(kind_of(sent, report), cue)
            });
            out.push(Cand {
                source: src.map(|(a, b)| sent.span(a, b)),
                content,
                anonymity: src
                    .and_then(|(a, _)| adjunct::anonymity(toks, a, aux))
                    .map(|(x, y)| sent.span(x, y)),
                parent_cue: Some(cue),
                ..Cand::new(kind_of(sent, content), sent.span(at, at + k))
            });
            return true;
        }
        if cue_tok.is("reported")
            || cue_tok.is("said")
            || cue_tok.is("alleged")
            || cue_tok.is("claimed")
            || cue_tok.is("believed")
            || cue_tok.is("understood")
        {
            // `it was reported that …`, `It is claimed that …`, `It is understood that …`: no
            // source.
            if aux >= 1 && toks[aux - 1].is("it") && toks.get(c + 1).is_some_and(|t| t.is("that")) {
                let content = sent.content_after(c + 1);
                out.push(Cand {
                    content,
                    ..Cand::new(kind_of(sent, content), sent.span(aux, c + 1))
                });
                return true;
            }
            // `The minister is said to have told reporters …`, `Prices are reported to have
            // risen`: no source either, and the claim is the clause, from its subject, as for
            // `reportedly`. A verb of speech in it has its own attribution, nested in this one.
            // Not what is reported to someone: `must be reported to the Bank of England`.
            let infinitive = toks.get(c + 1).is_some_and(|t| t.is("to"))
                && toks.get(c + 2).is_some_and(|t| {
                    t.is_word() && t.is_lower() && !t.has(Cue::DETERMINER | Cue::PRONOUN)
                });
            if aux >= 1 && infinitive {
                let from = clause_from(sent, c, out).min(aux);
                if let Some(rest) = sent.content_after(c + 2) {
                    // A relative clause between commas ends at its comma: `Reagan, who is
                    // believed to want an agreement, said …`.
                    let relative = from > 0
                        && toks[from - 1].is_punct(',')
                        && (toks[from].is("which") || toks[from].is("who"));
                    let end = toks[c + 2..]
                        .iter()
                        .position(|t| t.depth == 0 && t.is_punct(','))
                        .map(|p| toks[c + 2 + p - 1].end())
                        .filter(|&e| relative && e <= rest.end)
                        .unwrap_or(rest.end);
                    let content = Some(Span::new(toks[from].start(), end));
                    out.push(Cand {
                        content,
                        ..Cand::new(AttributionKind::Indirect, sent.span(aux, c + 1))
                    });
                    return true;
                }
            }
        }
        return false;
    }
    if verb.form == Form::Participle {
        return false;
    }
    // A corporate action, no attribution: `declared a quarterly dividend`, `declared a
    // two-for-one stock split`, `declared bankruptcy`, `DECLARES QTLY DIV`.
    if lw(cue_tok, &mut [0; 32]).starts_with("declar")
        && !toks
            .get(c + 1)
            .is_some_and(|t| t.is("that") || matches!(t.kind, Kind::Open(_)))
    {
        let action = toks[c + 1..n.min(c + 7)].iter().any(|t| {
            let mut b = [0; 32];
            matches!(
                lw(t, &mut b),
                "dividend"
                    | "dividends"
                    | "div"
                    | "split"
                    | "distribution"
                    | "payout"
                    | "moratorium"
                    | "bankruptcy"
                    | "insolvency"
                    | "majeure"
            )
        });
        if action {
            return false;
        }
    }
    // An anonymity note, no attribution: `who asked not to be identified`, `asked that his
    // name not be used`, `requested anonymity`, `asked to remain anonymous`.
    if cue_tok.is("asked") || cue_tok.is("requested") || cue_tok.is("asking") {
        let mut next = [""; 5];
        for (w, t) in next.iter_mut().zip(&toks[c + 1..]) {
            *w = t.text;
        }
        let note = matches!(
            next,
            ["not", "to", "be", ..]
                | ["anonymity", ..]
                | ["to", "remain", "anonymous", ..]
                | ["that", _, "name" | "names", "not", ..]
                | ["that", "he" | "she" | "they", "not", "be", _]
        );
        if note {
            return false;
        }
    }
    // A request or a question's topic, no words reported: `Sharpton asked for the meeting`,
    // `her family asked for privacy`, `Nobody asked about the rhetoric`. Not a question that
    // opens the sentence (`Asked about X, Trump said`, read below), nor `about` as `some`
    // (`asked about 30 trading houses to refrain`).
    if c > 0
        && !matches!(prev_w, "when" | "if")
        && ["ask", "asks", "asked", "asking"]
            .iter()
            .any(|w| cue_tok.is(w))
        && toks.get(c + 1).is_some_and(|t| {
            t.is("for")
                || t.is("about")
                    && !toks.get(c + 2).is_some_and(|n| {
                        // (`about one of the deals` is a topic.)
                        let mut b = [0; 32];
                        let w = lw(n, &mut b);
                        n.text.as_bytes()[0].is_ascii_digit()
                            || lexicon::is_number_word(w) && w != "one"
                    })
        })
    {
        return false;
    }
    // A naming participle: `an account called "Hypo-Cruz"`, `a show called "Brokers"`. After
    // a common noun and before a quote, `called` gives a name, not words.
    if cue_tok.is("called")
        && toks
            .get(c + 1)
            .is_some_and(|t| matches!(t.kind, Kind::Open(_)))
        && prev.is_some_and(|p| {
            // A medium is a thing named too (`an account`, `a show`), though a source noun.
            p.is_word()
                && p.is_lower()
                && !p.has(Cue::PRONOUN | Cue::TITLE | Cue::CLAUSE_BOUNDARY)
                && (!p.has(Cue::SOURCE_NOUN) || lexicon::is_medium_noun(prev_w))
                && !lexicon::is_auxiliary(prev_w)
                && !source::is_filler(p)
        })
    {
        return false;
    }
    // A show of television or radio: `the TLC reality show “Cake Boss”`, `a slide show that`.
    if (cue_tok.is("show") || cue_tok.is("shows"))
        && prev.is_some_and(|p| {
            p.is_word()
                && (matches!(
                    prev_w,
                    "tv" | "reality"
                        | "talk"
                        | "game"
                        | "slide"
                        | "radio"
                        | "morning"
                        | "news"
                        | "comedy"
                        | "cooking"
                        | "quiz"
                        | "road"
                        | "trade"
                        | "air"
                        | "fashion"
                        | "variety"
                        | "television"
                        | "cable"
                        | "late-night"
                        | "weekly"
                        | "daily"
                        | "nightly"
                        | "popular"
                        | "hit"
                        | "stage"
                        | "magic"
                        | "award"
                        | "awards"
                        | "cookery"
                        | "chat"
                        | "panel"
                        | "political"
                ))
        })
    {
        return false;
    }
    // After a determiner or an adjective the word is a noun: `a Friday tweet`, `a
    // congressional report`, `the center-left think tank`.
    if let Some(p) = prev.filter(|p| p.is_word()) {
        // The word before, lowercased above.
        let pw = prev_w;
        let noun_before = matches!(
            pw,
            "a" | "an"
                | "the"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "this"
                | "these"
                | "those"
                | "every"
                | "each"
                | "no"
                | "any"
        ) // After a possessive, a word that is also a noun or an adjective is one (`the
            // company's report`, `Russia's suspected role`, `Trump's reported net worth`); a
            // verb that is neither is the verb of a name that ends like a possessive
            // (`Moody's said`, `McDonald's says`).
            // Nor before `that`, which no noun or adjective takes: `Moody's argued that …`.
            || (p.text.ends_with("'s") || p.text.ends_with("’s"))
                && (verb.noun_ambiguous()
                    || p.is("let's")
                    || !(["said", "says", "told", "tells", "added", "adds", "wrote", "writes"]
                        .iter()
                        .any(|w| cue_tok.is(w))
                        || matches!(verb.form, Form::Past | Form::Present3)
                            && toks.get(c + 1).is_some_and(|t| t.is("that"))))
            // A newspaper's name is no adjective: `The Wall Street Journal reports`.
            || verb.noun_ambiguous()
                && (source::is_adjective_like(pw)
                    && !(p.is_capitalized()
                        && matches!(pw, "journal" | "national")
                        && verb.form != Form::Base)
                    // `the Monday report`, `earlier reports`; not an adverb of the verb
                    // (`He also claims that`, `Trump repeatedly tweets`).
                    || lexicon::is_time_word(pw)
                        && !matches!(
                            pw,
                            "also"
                                | "now"
                                | "then"
                                | "again"
                                | "recently"
                                | "previously"
                                | "repeatedly"
                                | "publicly"
                                | "privately"
                                | "separately"
                        ));
        // The bare form after a singular name, before a comma, is the noun of a compound:
        // `after attacking an Israeli Army post, Palestinian medics said` (the verb would be
        // `posts`, and have an object). Not `the 2014 American Community Survey show that`,
        // `…, figures from the Central Statistical Office show.` (A name in `-ss` is
        // singular: `Reacting to the Congress charge, …`.)
        let compound = verb.noun_ambiguous()
            && verb.form == Form::Base
            && p.is_capitalized()
            && !p.has(Cue::PRONOUN)
            && (!pw.ends_with('s') || pw.ends_with("ss"))
            && c >= 2
            && toks[c - 2].is_word()
            && !toks[c - 2].has(Cue::CLAUSE_BOUNDARY)
            && toks.get(c + 1).is_some_and(|t| t.is_punct(','));
        // A possessive determiner, then a singular name, then a word that is also a noun:
        // that noun's phrase (`in its April report that …`, `his Senate report`; not `His
        // aides claim that …`).
        let owned = verb.noun_ambiguous()
            && verb.form == Form::Base
            && c >= 2
            && p.is_capitalized()
            && !pw.ends_with('s')
            && [
                "its", "his", "her", "their", "our", "my", "your", "the", "a", "an",
            ]
            .iter()
            .any(|w| toks[c - 2].is(w));
        // After a preposition it is a noun too: `In remarks before the IMF's Interim
        // Committee, Baker reiterated …`, `In comments on its Export Sales Report, the
        // department said …`.
        let after_preposition = verb.noun_ambiguous()
            && matches!(
                pw,
                "in" | "on"
                    | "of"
                    | "with"
                    | "by"
                    | "for"
                    | "from"
                    | "at"
                    | "about"
                    | "after"
                    | "amid"
                    | "despite"
                    | "under"
                    | "over"
                    | "among"
            );
        if noun_before
            || compound
            || owned
            || after_preposition
            || cue_tok.is("think") && toks.get(c + 1).is_some_and(|t| t.is("tank"))
        {
            return false;
        }
    }
    // Before a verb or a conjunction, which cannot start what is reported, a word that is also
    // a noun is the noun: `the report said`, `notes and bonds`, `remarks prepared for delivery`.
    // Not verbs of belief, whose clause may have gone before: `talks which France hopes will
    // help`.
    if verb.class != VerbClass::Belief && verb.noun_ambiguous() {
        let next = toks.get(c + 1).filter(|t| t.is_word());
        if next.is_some_and(|t| lexicon::follows_nouns_only(lw(t, &mut [0; 32]))) {
            return false;
        }
    }
    // An all-capitals headline (`TANZANIA AGREE DEBT RESCHEDULING`): only verbs of speech, and
    // not the headline uses of some of them ([`headline_non_cue`]).
    if cue_tok.text.len() > 1
        && !cue_tok.text.chars().any(char::is_lowercase)
        && (verb.class != VerbClass::Speech || headline_non_cue(toks, c, verb))
    {
        return false;
    }
    // A capitalised cue inside a sentence is a name: `The Washington Post`, `Fox News Reports`.
    let title_case = toks.get(c + 1).is_some_and(Tok::is_capitalized)
        && toks[c - usize::from(c > 0)].is_capitalized();
    if c > 0
        && cue_tok.is_capitalized()
        && cue_tok.text.chars().any(char::is_lowercase)
        && !title_case
    {
        return false;
    }
    // `Asked whether …, Priebus said` / `when asked about …`: a question with no named asker.
    if cue_tok.is("asked") && (c == 0 || toks[c - 1].is("when") || toks[c - 1].is("if")) {
        let mut end = c + 1;
        while end < n && !toks[end].is_punct(',') && end - c < 40 {
            end += 1;
        }
        // `Asked to comment, …`: a request, nothing asked.
        if toks.get(c + 1).is_some_and(|t| t.is("to")) {
            return false;
        }
        // `Asked by reporters after his speech whether …,`: the question starts at its
        // `whether`, `if` or wh-word. A named asker is its source (`Asked by Matt Lauer
        // whether`); unnamed ones stay none, as a reporter's question is nothing to check.
        let mut from = c + 1;
        let mut source = None;
        if toks.get(c + 1).is_some_and(|t| t.is("by")) {
            let question = (c + 2..end).find(|&k| {
                let mut b = [0; 32];
                matches!(
                    lw(&toks[k], &mut b),
                    "whether" | "if" | "what" | "why" | "how" | "when" | "who" | "about"
                )
            });
            match question {
                Some(k) => from = k,
                None => return false,
            }
            source = source::after(toks, c + 2, from)
                .filter(|&(a, _)| toks[a].is_capitalized())
                .map(|(a, b)| sent.span(a, b));
        }
        if end > from + 1 && end < n {
            out.push(Cand {
                source,
                content: Some(sent.span(from, end)),
                ..Cand::new(AttributionKind::Indirect, cue)
            });
            return true;
        }
    }
    // Infinitives and modals other than reported ones: `to say`, `would not say`.
    if matches!(prev_w, "to" | "not" | "n't" | "never") && verb.form == Form::Base {
        return false;
    }

    // The subject before the cue, which frames 1 and 3 both ask: read once, when first asked.
    let before_cue = std::cell::OnceCell::new();
    let subject_before = || {
        *before_cue.get_or_init(|| {
            // A relative clause first: in `Diplomats who have seen the draft told`, the
            // phrase right before the cue is the clause's object.
            // Not when a pronoun stands right before the cue: `Poindexter, who they say may
            // help`.
            let plain = source::before(toks, 0, c);
            if plain.is_some_and(|(s, e)| e - s == 1 && toks[s].has(Cue::PRONOUN)) {
                return plain;
            }
            source::relative_before(toks, 0, c).or(plain)
        })
    };

    // Nothing but adjuncts and punctuation after the cue: the attribution ends the sentence.
    let only_adjuncts_after_cue = || {
        let (k, _) = adjunct::skip_adjuncts(toks, c + 1, n);
        toks[k..].iter().all(|t| matches!(t.kind, Kind::Punct(_)))
    };
    // `Said Comey, "…"`, `Said Dorothy Poynter, who grew up with Ali, “…”`: a sentence that
    // opens with the cue names the speaker, then quotes them.
    if c == 0 && verb.inverts && verb.class == VerbClass::Speech && cue_tok.is_capitalized() {
        if let Some((a, b)) = source::after(toks, 1, n).filter(|&(a, _)| a == 1) {
            let open = (b..n.min(b + 20))
                .take_while(|&k| toks[k].depth == 0)
                .find(|&k| matches!(toks[k].kind, Kind::Open(_)))
                .filter(|&o| o > b && (toks[o - 1].is_punct(',') || toks[o - 1].is_punct(':')));
            let quote = match open {
                Some(o) => sent
                    .quote_starting(toks[o].start())
                    .map(|q| sent.continue_quote(q, n)),
                // `Said Comey:` ending its paragraph, the next one a quote.
                None if b + 1 == n && toks[b].is_punct(':') => sent.quote_in_next_paragraph(),
                None => None,
            };
            if let Some(q) = quote {
                out.push(Cand {
                    source: Some(sent.span(a, b)),
                    content: Some(q),
                    ..Cand::new(AttributionKind::Direct, cue)
                });
                return true;
            }
        }
    }
    // 1. `"Q," said S.` / `"Q," S said.`
    let mut q_end_tok = None;
    {
        // Look back over an optional comma or dash before the cue or the subject.
        let mut j = c;
        // `…, in an editorial entitled "Dangerous Confrontation," said: "Q"`: the quote after
        // the colon is the content, the one before the cue a title.
        let colon_after = toks.get(c + 1).is_some_and(|t| t.is_punct(':'));
        if verb.inverts && j > 0 && !colon_after {
            let k = j - 1;
            let k = if toks[k].is_punct(',') || toks[k].is_punct('—') || toks[k].is_punct('–') {
                k.checked_sub(1)
            } else {
                Some(k)
            };
            if let Some(k) = k {
                if let Some(q) = sent.quote_closed_at(k) {
                    q_end_tok = Some((q, None));
                }
            }
        }
        if q_end_tok.is_none() {
            let subject = subject_before()
                .or_else(|| {
                    let comma = c.checked_sub(1).filter(|&k| toks[k].is_punct(','))?;
                    source::appositive_before(toks, 0, comma)
                })
                .or_else(|| {
                    // `"…," this Trump look-alike declared.`: right after a quote and its
                    // comma, a short phrase before a cue that ends the sentence can only be
                    // the speaker, whatever its head noun.
                    let (s, e) = source::before_with(toks, 0, c, true)?;
                    // `this` opens the phrase though no subject may start with it.
                    let s = s - usize::from(
                        s >= 1 && (toks[s - 1].is("this") || toks[s - 1].is("that")),
                    );
                    let after_quote = s >= 2
                        && toks[s - 1].is_punct(',')
                        && matches!(toks[s - 2].kind, Kind::Close(_))
                        || s >= 1
                            && matches!(toks[s - 1].kind, Kind::Close(_))
                            && toks[..s - 1].last().is_some_and(|t| t.is_punct(','));
                    (after_quote && e - s <= 5 && only_adjuncts_after_cue()).then_some((s, e))
                });
            if let Some((s, e)) = subject {
                let s0 = s;
                let mut s = s;
                while s > 0
                    && s0 - s < 3
                    && toks[s - 1].is_word()
                    && toks[s - 1].is_lower()
                    && toks[s - 1].depth == 0
                    && {
                        let mut b = [0; 32];
                        let w = lw(&toks[s - 1], &mut b);
                        toks[s - 1].verb().is_none()
                            && !lexicon::breaks_subject(w)
                            && !lexicon::is_clause_boundary(w)
                    }
                {
                    s -= 1;
                }
                // `"…," the witness, Robert Chen, said`: the description and the name.
                if let Some(d) = description_before_name(toks, s, e, c) {
                    s = d;
                }
                if e - s <= 32 && s > 0 {
                    j = s;
                    let k = j - 1;
                    let k = if toks[k].is_punct(',') || toks[k].is_punct('—') {
                        k.checked_sub(1)
                    } else {
                        Some(k)
                    };
                    if let Some(q) = k.and_then(|k| sent.quote_closed_at(k)) {
                        q_end_tok = Some((q, Some((s, e))));
                    }
                }
            }
        }
        // The speaker phrase found stops short of the quote: a ticker or an appositive's
        // commas stand between (`"…," Chrysler Corp <C> treasurer Fred Zuckerman said`).
        if q_end_tok.is_none() {
            if let Some((s, e)) = quoted_then_speaker(sent, c) {
                let k = if toks[s - 1].is_punct(',') {
                    s - 2
                } else {
                    s - 1
                };
                if let Some(q) = sent.quote_closed_at(k) {
                    q_end_tok = Some((q, Some((s, e))));
                }
            }
        }
    }
    // Asked last: the adjuncts are skipped only when the other tests pass. A participle's
    // clause after a comma counts as one: `"…?" Trump said, looking out on the crowd.`
    let only_adjuncts_after = || {
        let (k, _) = adjunct::skip_adjuncts(toks, c + 1, n);
        toks[k..].iter().all(|t| matches!(t.kind, Kind::Punct(_)))
            || toks[k].is_punct(',')
                && toks.get(k + 1).is_some_and(|t| {
                    t.is_word() && t.is_lower() && t.text.len() > 4 && t.text.ends_with("ing")
                })
    };
    // Or its recipient, then adjuncts: `"We won!" Clinton told reporters.`, `… said to People.`
    let recipient_then_end = || {
        // Before the recipient or after it, a medium: `wrote in an email to top officials`.
        let (k0, _) = adjunct::skip_adjuncts(toks, c + 1, n);
        let (k, recipient) = if toks.get(k0).is_some_and(|t| t.is("to")) && addressed(cue_tok) {
            // Any few words that end the sentence: `to top State officials.`
            let words = toks[k0 + 1..]
                .iter()
                .take(6)
                .take_while(|t| {
                    t.is_word()
                        && t.depth == 0
                        && t.verb().is_none()
                        && !t.has(Cue::CLAUSE_BOUNDARY)
                })
                .count();
            (
                k0 + 1 + words,
                (words > 0).then_some((k0 + 1, k0 + 1 + words)),
            )
        } else {
            recipient_after_cue(sent, c)
        };
        recipient.is_some() && {
            let (k, _) = adjunct::skip_adjuncts(toks, k, n);
            toks[k..].iter().all(|t| matches!(t.kind, Kind::Punct(_)))
        }
    };
    // The sentence splitter cut `"Why?" he asked.` after the question mark: the quote ends
    // just before this sentence, which holds only the source and the cue. That quote is
    // looked for first: the other tests read the sentence, at nearly every cue.
    if q_end_tok.is_none() && (verb.inverts || verb.class == VerbClass::Speech) {
        let before = sent.prose[..sent.span.start].trim_end_matches([' ', '\t']);
        if let Some(q) = sent.quote_ending(before.len()) {
            if verb.inverts && only_adjuncts_after()
                || verb.class == VerbClass::Speech
                    && (recipient_then_end() || no_content_after_cue(sent, c))
            {
                if let Some((s, e)) = subject_before().filter(|&(s, e)| s == 0 && e - s <= 8) {
                    q_end_tok = Some((q, Some((s, e))));
                }
            }
        }
    }
    // A quoted title before the subject is no quote of it when a clause follows the cue:
    // `Asked during an appearance on "CBS This Morning," Sanders said he had not …`; nor are
    // quoted words in a phrase that opens the sentence: `Calling the reports a "mischievous
    // invention," Hoyte said tests had shown …`.
    if let Some((quote, Some(_))) = q_end_tok {
        let (k, _) = recipient_after_cue(sent, c);
        let (k, _) = adjunct::skip_adjuncts(toks, k, n);
        let clause = toks.get(k).is_some_and(|t| {
            t.is_word()
                && (t.is("that")
                    || t.is_capitalized()
                    || t.has(Cue::PRONOUN | Cue::DETERMINER)
                    || ["if", "whether", "when", "because", "how", "why", "what"]
                        .iter()
                        .any(|w| t.is(w)))
        });
        // (Words before the quote make it part of an opening phrase when a verb follows the
        // cue, or the cue's own words do: `…, she replied: "The date …"`.)
        let open = toks.partition_point(|t| t.start() < quote.start);
        let words_before = toks[..open].iter().any(Tok::is_word);
        // (A subject, then a verb before any mark: `said tests had shown`, not `said in
        // response to questions from …`.)
        let verb_follows = || {
            let subject = toks.get(k).is_some_and(|t| {
                let mut b = [0; 32];
                let w = lw(t, &mut b);
                t.is_word()
                    && !lexicon::is_preposition(w)
                    && !matches!(w, "because" | "although" | "though" | "unless" | "once")
                    && (clause
                        || t.is_lower() && !t.has(Cue::CLAUSE_BOUNDARY) && !w.ends_with("ing"))
            });
            // (A participle after a determiner is an adjective: `an unidentified official`.)
            subject
                && (k..n.min(k + 12))
                    .take_while(|&j| toks[j].is_word())
                    .any(|j| {
                        let t = &toks[j];
                        t.depth == 0
                            && (source::is_finite_verb(t)
                                && !(j > 0 && toks[j - 1].has(Cue::DETERMINER))
                                || t.is_lower() && lexicon::is_auxiliary(lw(t, &mut [0; 32])))
                    })
        };
        let words_follow = toks
            .get(k)
            .is_some_and(|t| t.is_punct(':') || matches!(t.kind, Kind::Open(_)));
        // (Not past a comma: `"…," he said, now that the Community …`.)
        let unbroken = !toks[c + 1..k.min(n)].iter().any(|t| t.is_punct(','));
        if clause && is_title_at(sent.prose, quote)
            || words_before
                && unbroken
                && (toks.get(k).is_some_and(|t| t.is("that")) || verb_follows() || words_follow)
        {
            q_end_tok = None;
        }
    }
    if let Some((quote, subject)) = q_end_tok {
        let (src, after_cue, recipient) = match subject {
            Some(s) => {
                let (after, recipient) = recipient_after_cue(sent, c);
                (Some(s), after, recipient)
            }
            None => match source::after(toks, c + 1, n) {
                Some((a, b)) => (Some((a, b)), b, None),
                None => (None, c + 1, None),
            },
        };
        let (after, medium) = adjunct::skip_adjuncts(toks, after_cue, n);
        let pronoun = src.is_some_and(|(a, b)| b == a + 1 && toks[a].has(Cue::PRONOUN));
        let ends = match clause_ends(&toks[after..]) {
            false => Ending::No,
            true if pronoun => Ending::Pronoun,
            true => Ending::Named(src.map_or(usize::MAX, |(_, b)| b - 1)),
        };
        let content = sent.continue_quote(sent.lead_in(quote, ends), after);
        let anonymity = src.and_then(|(a, _)| adjunct::anonymity(toks, a, n));
        out.push(Cand {
            source: src.map(|(a, b)| sent.span(a, b)),
            content: Some(content),
            recipient: recipient.map(|(a, b)| sent.span(a, b)),
            medium: medium.map(|(a, b)| sent.span(a, b)),
            anonymity: anonymity.map(|(a, b)| sent.span(a, b)),
            ..Cand::new(kind_of(sent, Some(content)), cue)
        });
        return true;
    }
    // A verb of manner reports words only beside a quote.
    if verb.class == VerbClass::Manner {
        return false;
    }

    // Gerunds: `, adding that Q` takes its source from the attribution before it.
    if verb.form == Form::Gerund {
        // After a comma, also one inside a closing quote: `… “New York values,” saying`.
        let after_comma = prev
            .is_some_and(|p| p.is_punct(',') || p.is_punct('–') || p.is_punct('—'))
            || prev.is_some_and(|p| matches!(p.kind, Kind::Close(_)))
                && c >= 2
                && toks[c - 2].is_punct(',');
        // After a preposition inside the sentence: `She followed that by saying, "…"`, `after
        // telling holdouts that …`.
        let after_preposition = c >= 2
            && prev.is_some_and(|p| {
                p.is("by") || p.is("while") || p.is("after") || p.is("before") || p.is("when")
            });
        // `…, with 47 percent of Cuban Americans saying they will …`: the words between `with`
        // and the gerund are its source. Only after a comma: without one, `with` mostly ends a
        // phrase of its own (`refused to cooperate with OPEC output cuts saying …`).
        let with_subject = (!after_comma && !after_preposition)
            .then(|| {
                let w = (c.saturating_sub(9)..c)
                    .rev()
                    .find(|&k| toks[k].is("with"))?;
                let np = &toks[w + 1..c];
                let mut lb = [0; 32];
                let last = np.last().map_or("", |t| lw(t, &mut lb));
                let ok = (w == 0 || toks[w - 1].is_punct(','))
                    && !last.ends_with("ly")
                    && !matches!(last, "in" | "on" | "at" | "by" | "for" | "of" | "from")
                    && !np.is_empty()
                    && np.iter().all(|t| {
                        t.depth == 0
                            && t.is_word()
                            && t.verb().is_none()
                            && !t.has(Cue::CLAUSE_BOUNDARY)
                    });
                ok.then_some((w + 1, c))
            })
            .flatten();
        if !matches!(verb.class, VerbClass::Speech | VerbClass::Act)
            || !(after_comma || after_preposition || with_subject.is_some())
        {
            return false;
        }
        // The attribution before it in the same sentence, else the subject that opens the
        // sentence: `Ayotte has tangled with Trump once directly, saying …`.
        let src = match (
            with_subject,
            out.last().filter(|h| h.cue.start >= sent.span.start),
        ) {
            (Some((a, b)), _) => Some(sent.span(a, b)),
            (None, Some(h)) => h.source,
            (None, None) => match source::clause_subject(toks, c - 1) {
                Some((a, b)) => Some(sent.span(a, b)),
                None => return false,
            },
        };
        let start = skip_recipient(sent, c + 1, cue_tok);
        let (after, medium) = adjunct::skip_adjuncts(toks, start.0, n);
        let content = if verb.class == VerbClass::Act {
            sent.act_content(after)
        } else {
            sent.content_after(after)
        };
        if content.is_none() {
            return false;
        }
        // Only verbs of saying take a bare clause (`saying she had erred`); others need `that`
        // or a quote (`conceding the race` is no attribution).
        // The content's first word, after a comma or colon: `adding, "He lost …"`.
        let mut first_at = after;
        while toks
            .get(first_at)
            .is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
        {
            first_at += 1;
        }
        let first = toks.get(first_at);
        let that = first.is_some_and(|t| t.is("that") || matches!(t.kind, Kind::Open(_)));
        if verb.class == VerbClass::Act && !act_object(toks, c, first_at) {
            return false;
        }
        let bare_ok = verb.class == VerbClass::Act
            || matches!(
                lw(cue_tok, &mut [0; 32]),
                "saying"
                    | "adding"
                    | "noting"
                    | "arguing"
                    | "writing"
                    | "telling"
                    | "explaining"
                    | "warning"
                    | "insisting"
                    | "suggesting"
                    | "claiming"
                    | "asserting"
                    | "stating"
            );
        if !(that || bare_ok && (verb.class == VerbClass::Act || clause_like(sent, first_at))) {
            return false;
        }
        if !that && adds_things(cue_tok, toks, first_at, content) {
            return false;
        }
        out.push(Cand {
            source: src,
            content,
            recipient: start.1.map(|(a, b)| sent.span(a, b)),
            medium: medium.map(|(a, b)| sent.span(a, b)),
            ..Cand::new(kind_of(sent, content), cue)
        });
        return true;
    }

    // 2. `Q, S said.` / `Q, said S.` at the end of the sentence (after optional adjuncts).
    // The clause ends here: nothing but punctuation follows before the sentence or a `;` ends.
    let sentence_final = |from: usize| -> bool {
        let (k, _) = adjunct::skip_adjuncts(toks, from, n);
        clause_ends(&toks[k..])
    };
    // Not when a name and its appositive lead to the comma (`John Smith, president of Acme,
    // said sales rose`): no content goes before them; they are the subject.
    let appositive_subject = || appositive_lead(toks, c - 1);
    if verb.inverts && prev.is_some_and(|p| p.is_punct(',')) && !appositive_subject() {
        if let Some((a, b)) = source::after(toks, c + 1, n) {
            let mut end_src = b;
            // `said Sam Lau, the party's spokesman.`
            if end_src < n && toks[end_src].is_punct(',') {
                if let Some((_, b2)) = source::after(toks, end_src + 1, n) {
                    if sentence_final(b2) {
                        end_src = b2;
                    }
                }
            }
            let (rest, medium) = adjunct::skip_adjuncts(toks, end_src, n);
            let place = trailing_place(toks, rest)
                && (toks[a].is_capitalized() || toks[a].has(Cue::DETERMINER | Cue::SOURCE_NOUN));
            let tail = clause_ends(&toks[rest..])
                || toks.get(rest).is_some_and(|t| t.is_punct(','))
                || place;
            // The body a source works at is the source's: `said analysts at Morgan Stanley`,
            // `said an analyst with the bank` (not a room, `one GOP source in the room`).
            if place && rest == end_src && ["at", "with", "from"].iter().any(|w| toks[rest].is(w)) {
                let words = toks[rest + 1..]
                    .iter()
                    .take_while(|t| t.is_word() && t.depth == 0)
                    .count();
                end_src = rest + 1 + words;
            }
            if tail && c >= 2 {
                let mut content = sent.lead(c - 1);
                // `The paradox, says Carl Anthony, is that …`: the clause goes on.
                if let Some(rest) = continuation(sent, rest) {
                    content = content.cover(rest);
                }
                let content = Some(content);
                let anonymity = adjunct::anonymity(toks, a, n);
                out.push(Cand {
                    source: Some(sent.span(a, end_src)),
                    content,
                    medium: medium.map(|(x, y)| sent.span(x, y)),
                    anonymity: anonymity.map(|(x, y)| sent.span(x, y)),
                    ..Cand::new(kind_of(sent, content), cue)
                });
                return true;
            }
        }
    }
    let subject = subject_before()
        .or_else(|| {
            // `…, former rival says.`: relaxed when a comma opens the phrase and the sentence ends.
            let (s, e) = source::before_with(toks, 0, c, true)?;
            let final_ = toks[c + 1..]
                .iter()
                .all(|t| matches!(t.kind, Kind::Punct(_) | Kind::Close(_)));
            (s >= 1 && toks[s - 1].is_punct(',') && final_ && e - s <= 6).then_some((s, e))
        })
        .or_else(|| {
            // Fillers and times may stand after the appositive's comma: `Wang Der-Hwa, Deputy
            // Director of Customs, on Saturday told reporters`.
            let end = source::skip_fillers_back(toks, 0, c);
            let comma = end.checked_sub(1).filter(|&k| toks[k].is_punct(','))?;
            source::appositive_before(toks, 0, comma)
        })
        .or_else(|| {
            // `Sen. Jack Reed (D-R.I.), said`: a comma after a name's parenthesis.
            let comma = c.checked_sub(1).filter(|&k| toks[k].is_punct(','))?;
            let paren = comma.checked_sub(1).filter(|&k| toks[k].is_punct(')'))?;
            let (s, e) = source::before(toks, 0, comma)?;
            let open = (s..paren).rev().find(|&k| toks[k].is_punct('('))?;
            (e == comma && open > s && toks[open - 1].is_capitalized()).then_some((s, e))
        })
        .or_else(|| source::dash_appositive_before(toks, 0, c))
        .or_else(|| {
            // `The minister is said to have told reporters that …`: the subject before a
            // passive report and its infinitive.
            let passive = c >= 5
                && toks[c - 1].is("have")
                && toks[c - 2].is("to")
                && ["said", "reported", "believed", "understood", "alleged"]
                    .iter()
                    .any(|w| toks[c - 3].is(w))
                && ["is", "was", "are", "were"]
                    .iter()
                    .any(|w| toks[c - 4].is(w));
            passive.then(|| source::before(toks, 0, c - 4)).flatten()
        })
        .or_else(|| {
            // `She declared victory and said …`: the subject of the first verb. Fillers and
            // times may stand between (`but on Tuesday wrote`), as before any subject's cue.
            let k = source::skip_fillers_back(toks, 0, c);
            let conj = k
                .checked_sub(1)
                .filter(|&k| toks[k].is("and") || toks[k].is("but"))?;
            source::clause_subject(toks, conj)
        });
    let Some((mut s_start, s_end)) = subject else {
        return false;
    };
    // `Yves Van Haecke, an aide to French agriculture minister Francois Guillaume said`: a
    // description after a name, with no comma before the cue, is the name's.
    if let Some(k) = name_before_description(toks, s_start, s_end) {
        s_start = k;
    }
    // `The cause was cancer, her daughter, Ruth Ellison-Hart, said`: a description, then the
    // name, each between commas, are one source.
    if let Some(k) = description_before_name(toks, s_start, s_end, c) {
        s_start = k;
    }
    // The object of a speech act put before its subject: `what he called`, `which it
    // characterized as`.
    let mut fronted = false;
    if verb.class == VerbClass::Act && s_end - s_start > 1 {
        // `what he called "…"`, `which it characterized as …`: the source is the pronoun or
        // name after the relative word. `an agreement that called on …`: the agreement, which
        // is no speaker.
        let relative = |t: &Tok<'_>| t.is("what") || t.is("which") || t.is("that");
        if relative(&toks[s_end - 1]) {
            return false;
        }
        if relative(&toks[s_start]) {
            s_start += 1;
            fronted = true;
        }
    }
    // `a tender which originally called for two cargoes`: a thing, no speaker.
    if verb.class == VerbClass::Act
        && s_end - s_start == 1
        && (toks[s_start].is("which") || toks[s_start].is("that"))
    {
        return false;
    }
    if verb.class == VerbClass::Act && s_start > 0 {
        fronted |= toks[s_start - 1].is("what") || toks[s_start - 1].is("which");
    }
    // What follows the cue: a recipient (`told Reuters`), then adjuncts (`on Twitter`, `late
    // Tuesday`); the same for every frame below. One after `to` is taken here when the
    // sentence ends with it: `…, a representative confirmed to People on Tuesday.`
    let (after_recipient, recipient) = match skip_recipient(sent, c + 1, cue_tok) {
        (_, None) if toks.get(c + 1).is_some_and(|t| t.is("to")) && addressed(cue_tok) => {
            match recipient_after_cue(sent, c) {
                (k, Some(r)) if clause_ends(&toks[adjunct::skip_adjuncts(toks, k, n).0..]) => {
                    (k, Some(r))
                }
                _ => (c + 1, None),
            }
        }
        found => found,
    };
    let (after, medium) = adjunct::skip_adjuncts(toks, after_recipient, n);
    // Else a medium that opens the sentence before the subject's comma: `In an interview
    // with CNN, Smith said`, `Speaking to the BBC on Tuesday, the chancellor said`, `Writing
    // in the Telegraph, Mel Stride said`.
    let medium = medium.or_else(|| opening_medium(toks, s_start));
    if s_start >= 2
        && toks[s_start - 1].is_punct(',')
        && !matches!(toks[s_start - 2].kind, Kind::Close(_))
    {
        // `Q, Spicer said, adding …`: the gerund opens an attribution of its own, and Q is
        // this one's content.
        let opens_attribution = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.verb().is_some_and(|v| v.form == Form::Gerund)
                    || t.is("according")
                    || t.is("citing")
            })
        };
        // `…, he told a press conference in Jakarta at the end of the meeting.`: after a
        // recipient, a phrase of place or time, however long, ends the clause.
        let trailing_adjunct = recipient.is_some()
            && toks.get(after).is_some_and(|t| {
                [
                    "in", "at", "during", "after", "on", "before", "late", "early",
                ]
                .iter()
                .any(|w| t.is(w))
            })
            && !toks[after..].iter().any(|t| {
                // No clause in it: no verb form (`at the fair the main dangers were …`).
                let mut b = [0; 32];
                let w = lw(t, &mut b);
                t.is_word()
                    && t.depth == 0
                    && (lexicon::is_auxiliary(w)
                        || t.verb().is_some()
                        || w.len() > 4 && w.ends_with("ed"))
            });
        if sentence_final(after)
            || trailing_adjunct
            || toks.get(after).is_some_and(|t| t.is_punct(','))
                && after + 1 < n
                && (after != c + 1 || opens_attribution(after + 1))
        {
            let start = 0;
            let lead_words = toks[start..s_start - 1]
                .iter()
                .filter(|t| t.is_word())
                .count();
            let lead_quoted = matches!(toks[s_start - 2].kind, Kind::Close(_));
            // Three words make a clause when one is a finite verb form: `Prices will rise,`,
            // `Talks had stalled,`, `Chrysler sold bonds,` (not `On the Hill,`); two when the
            // second is (`Prices rose, he said.`, not `Not yet,`).
            let finite = |t: &Tok<'_>| {
                let mut b = [0; 32];
                let w = lw(t, &mut b);
                t.is_word()
                    && t.is_lower()
                    && (lexicon::is_auxiliary(w)
                        || source::is_irregular_past(w)
                        || w.len() > 4 && w.ends_with("ed"))
            };
            let lead_clause = lead_words == 3 && toks[start..s_start - 1].iter().any(finite)
                || lead_words == 2
                    && s_start == start + 3
                    && toks[start].is_word()
                    && finite(&toks[start + 1]);
            if lead_words >= 4 || lead_quoted || lead_clause {
                let mut content = sent.lead(s_start - 1);
                if matches!(toks[start].kind, Kind::Open(_)) {
                    content = sent.continue_quote(content, after);
                }
                // `Whatever progress he made, officials said, could be undone.`
                if let Some(rest) = continuation(sent, after) {
                    content = content.cover(rest);
                }
                let content = Some(content);
                let anonymity = adjunct::anonymity(toks, s_start, n);
                out.push(Cand {
                    source: Some(sent.span(s_start, s_end)),
                    content,
                    recipient: recipient.map(|(a, b)| sent.span(a, b)),
                    medium: medium.map(|(a, b)| sent.span(a, b)),
                    anonymity: anonymity.map(|(a, b)| sent.span(a, b)),
                    ..Cand::new(kind_of(sent, content), cue)
                });
                return true;
            }
        }
        // A parenthetical: `This, I predict, will not end well.`
        if after < n && toks[after].is_punct(',') && s_end - s_start <= 2 {
            let content_end = sent.content_after(after + 1);
            if let Some(ce) = content_end {
                let start = 0;
                let content = Some(sent.span(start, s_start - 1).cover(ce));
                out.push(Cand {
                    source: Some(sent.span(s_start, s_end)),
                    content,
                    medium: medium.map(|(a, b)| sent.span(a, b)),
                    ..Cand::new(kind_of(sent, content), cue)
                });
                return true;
            }
        }
    }

    // 3. `S said (that) Q.`
    // A medium's participle after the preposition's object, no verb of a subject: `said in a
    // video posted on Telegram that …`, `in a letter written to the board`.
    if s_start > 0
        && (cue_tok.is("posted") || cue_tok.is("written"))
        && toks[s_start - 1].is_lower()
        && [
            "in", "on", "at", "with", "from", "by", "via", "into", "through", "under",
        ]
        .iter()
        .any(|w| toks[s_start - 1].is(w))
    {
        return false;
    }
    if (cue_tok.is("told") || cue_tok.is("tells") || cue_tok.is("tell")) && recipient.is_none() {
        return false;
    }
    // A cue inside a subordinate clause: its content ends with the clause.
    let subordinate = s_start > 0 && {
        let mut b = [0; 32];
        matches!(
            lw(&toks[s_start - 1], &mut b),
            "when"
                | "as"
                | "after"
                | "before"
                | "if"
                | "because"
                | "since"
                | "while"
                | "although"
                | "though"
                | "once"
                | "until"
                | "whereas"
                | "unless"
        )
    };
    let mut content = if verb.class == VerbClass::Act {
        sent.act_content(after)
    } else {
        sent.content_until(after, subordinate)
    }
    .map(|c| sent.within_relative(s_start, after, c));
    // `S said.` followed by a sentence that is a quote.
    if content.is_none()
        && toks[after..]
            .iter()
            .all(|t| matches!(t.kind, Kind::Punct(_)))
    {
        if let Some(q) = sent.quote_in_next_sentences() {
            content = Some(sent.continue_quote(q, n));
        }
    }
    // `UNN reports with reference to WP.`: the report's content is the article around it.
    if adjunct::citing(Toks(&toks[after.min(n)..])).is_ok() && toks[s_end - 1].is_capitalized() {
        out.push(Cand {
            source: Some(sent.span(s_start, s_end)),
            ..Cand::new(AttributionKind::Indirect, cue)
        });
        return true;
    }
    let Some(content) = content else { return false };
    // `The paper quoted Peskov as saying Q`: the paper's report, and Peskov's words inside it.
    if cue_tok.is("quoted") || cue_tok.is("quotes") {
        let as_saying = (after..n.min(after + 16)).find(|&j| {
            toks[j].is("as")
                && toks.get(j + 1).is_some_and(|t| {
                    t.is("saying") || t.is("telling") || t.is("stating") || t.is("writing")
                })
        });
        if let Some(j) = as_saying.filter(|&j| j > after) {
            let inner = sent.content_after(j + 2);
            out.push(Cand {
                source: Some(sent.span(s_start, s_end)),
                content: Some(content),
                ..Cand::new(kind_of(sent, Some(content)), cue)
            });
            out.push(Cand {
                source: Some(sent.span(after, j)),
                content: inner,
                anonymity: adjunct::anonymity(toks, after, j).map(|(a, b)| sent.span(a, b)),
                parent_cue: Some(cue),
                ..Cand::new(kind_of(sent, inner), sent.span(j, j + 2))
            });
            return true;
        }
    }
    // Verbs of belief and evidence take clauses, not objects.
    let mut first_at = after;
    while toks
        .get(first_at)
        .is_some_and(|t| t.is_punct(':') || t.is_punct(','))
    {
        first_at += 1;
    }
    let first = toks.get(first_at);
    // A quote after the sentence (`S said.` or `S continued:` before a quoted sentence or
    // paragraph) is what was said, as a quote after the cue is; after a verb's inflected form
    // only: `in a blog post.`, `a pool report:` are nouns.
    let that = first.is_some_and(|t| t.is("that") || matches!(t.kind, Kind::Open(_)))
        || content.start >= sent.span.end && matches!(verb.form, Form::Past | Form::Present3);
    // `lines up with what analyst Ming-Chi Kuo wrote on X, when he claimed …`: the words
    // said stand before their source, as `what`; a comma or a conjunction after the cue
    // opens no content (`what they said was a sharp decline` has its content after it).
    let content = if matches!(verb.class, VerbClass::Speech | VerbClass::Belief)
        && !that
        && s_start > 0
        && toks[s_start - 1].is("what")
        && (toks[after..first_at].iter().any(|t| t.is_punct(','))
            || first.is_some_and(|t| {
                t.has(Cue::CLAUSE_BOUNDARY)
                    && !["what", "how", "why", "whether", "if", "where"]
                        .iter()
                        .any(|w| t.is(w))
            })) {
        sent.span(s_start - 1, s_start)
    } else {
        content
    };
    // A poll, a study, a document as the subject of a verb of evidence, wherever it stands in
    // the phrase: `A CNN/ORC poll last month showed …`, `A survey by the organization in March
    // found …`, `A Sept. 15, 2011 email shows …`.
    let evidence_subject = verb.class == VerbClass::Evidence
        && toks[s_start..s_end]
            .iter()
            .any(|t| t.is_word() && t.depth == 0 && is_evidence_noun(lw(t, &mut [0; 32])));
    {
        let head = &toks[s_end - 1];
        let named = (head.is_capitalized() || {
            let mut hb = [0; 32];
            lexicon::is_pronoun(lw(head, &mut hb))
        }) && !head.text.ends_with("'s")
            && !head.text.ends_with("’s");
        // Verbs that also take a plain object (`charged a fee`, `boasted one staffer`, `posted
        // a loss`) or none (`showers continued throughout the week`) are cues only before
        // `that`, a quote or a clause with its subject. Quoted speech (`"…," he continued`) is
        // read by the frames above.
        let needs_that = matches!(
            lw(cue_tok, &mut [0; 32]),
            "charged"
                | "charges"
                | "boasted"
                | "boasts"
                | "claimed"
                | "continue"
                | "continues"
                | "continued"
                | "continuing"
                | "post"
                | "posts"
                | "posted"
                | "posting"
                // `has ruled the province for years`.
                | "ruled"
        );
        if needs_that && !that && !clause_like_strict(sent, first_at) {
            return false;
        }
        // `maintain` keeps things far more often than it asserts them (`maintained its
        // rating`, `maintains a quota on beef imports`), and `understand` grasps them
        // (`creditors understand Brazil's position`): cues before `that`, a quote, or a clause
        // with its subject pronoun or its auxiliary within a few words (`maintained it cannot
        // pay`, `maintained progress was being made`, `understood Brazil had no other choice`).
        let mut cb = [0; 32];
        let cw = lw(cue_tok, &mut cb);
        // (Nor what is grasped: `understands how hard that can be`.)
        let understand = cw.starts_with("understand") || cw == "understood";
        let wh = first.is_some_and(|t| {
            ["how", "why", "what", "whether", "where", "when", "who"]
                .iter()
                .any(|w| t.is(w))
        });
        if !that
            && (cw.starts_with("maintain") || understand)
            && (!clause_soon(toks, first_at) || understand && wh)
        {
            return false;
        }
        if !that && adds_things(cue_tok, toks, first_at, Some(content)) {
            return false;
        }
        // A speech act takes an object, not a clause: the form is a verb after a name or a
        // pronoun (`Trump calls the report …`, not `growing calls for …`). `The poll shows …`
        // is a verb after a poll.
        if verb.class == VerbClass::Act {
            if verb.noun_ambiguous() && !named {
                return false;
            }
        } else if verb.noun_ambiguous()
            && !(that || evidence_subject || named && clause_like(sent, first_at))
        {
            return false;
        }
    }
    match verb.class {
        VerbClass::Speech => {
            let reported_on = first.is_some_and(|t| t.is("on"))
                && (cue_tok.is("reported") || cue_tok.is("reports"));
            if !that && !clause_like(sent, first_at) && !cue_tok.is("asked") && !reported_on {
                return false;
            }
        }
        VerbClass::Belief => {
            if !that && !clause_like(sent, first_at) {
                return false;
            }
        }
        VerbClass::Manner => return false,
        VerbClass::Act => {
            // The bare form only right after its subject (`critics call it …`), not after
            // another verb (`to support them and defend …`).
            let complement = fronted && first.is_some_and(|t| t.is("as"));
            if !(complement || act_object(toks, c, first_at))
                || verb.form == Form::Base && s_end != c
            {
                return false;
            }
        }
        VerbClass::Evidence => {
            if !that && !evidence_subject {
                return false;
            }
        }
    }
    let anonymity = adjunct::anonymity(toks, s_start, c);
    out.push(Cand {
        source: Some(sent.span(s_start, s_end)),
        content: Some(content),
        recipient: recipient.map(|(a, b)| sent.span(a, b)),
        medium: medium.map(|(a, b)| sent.span(a, b)),
        anonymity: anonymity.map(|(a, b)| sent.span(a, b)),
        ..Cand::new(kind_of(sent, Some(content)), cue)
    });
    true
}

/// True when the tokens from `at`, after the verb at `c` (a verb of [`VerbClass::Act`]), are
/// what the act is about, not a reading of the verb that reports nothing:
/// - `refer`: only `to` something (`referring to the convention`).
/// - `call`: `called for …` (not `for redemption`: bonds called in), `called on …` (not before
///   a time: `called on Tuesday`), or an object and what it is called: a quote or `a`/`an`
///   within a few words (`called him a liar`, `called the statement "offensive"`), or a
///   pronoun and a word that is no particle (`called it unacceptable`). Not `called Putin to
///   discuss the talks`, `called off`.
/// - `dismiss`: what it is dismissed as (`dismissed the report as a smear`) or a quote; not
///   `dismissed the suit`.
/// - `question`: a question (`questioned whether`, `why`, `how`); not `police questioned him`.
/// - The others: any object that is no particle or preposition of a passive (`defended
///   himself`; not `mocked up`, `a plan praised by experts`, `a man accused of fraud`).
///
/// `call` and `refer` right after a noun that cannot be their subject name something: `a
/// class called "Perception"`, `the so called initiative`, `a student referred to as`.
fn act_object(toks: &[Tok<'_>], c: usize, at: usize) -> bool {
    let Some(first) = toks.get(at) else {
        return false;
    };
    let quote = |t: &Tok<'_>| matches!(t.kind, Kind::Open(_));
    let mut cb = [0; 32];
    let verb = lw(&toks[c], &mut cb);
    if verb.starts_with("call") || verb.starts_with("refer") {
        let naming = c.checked_sub(1).map(|p| &toks[p]).is_some_and(|p| {
            let mut pb = [0; 32];
            let pw = lw(p, &mut pb);
            p.is_word()
                && p.is_lower()
                && !p.has(Cue::PRONOUN | Cue::SOURCE_NOUN | Cue::ORGANIZATION_WORD | Cue::TITLE)
                && !lexicon::is_auxiliary(pw)
                && !pw.ends_with("ly")
                && !matches!(
                    pw,
                    "also" | "who" | "which" | "that" | "then" | "later" | "once"
                )
        });
        if naming {
            return false;
        }
    }
    if quote(first) {
        return !verb.starts_with("refer");
    }
    if !first.is_word() {
        return false;
    }
    let mut fb = [0; 32];
    let w = lw(first, &mut fb);
    if verb.starts_with("refer") {
        return w == "to";
    }
    let particle = |w: &str| {
        matches!(
            w,
            "to" | "up"
                | "off"
                | "out"
                | "down"
                | "back"
                | "away"
                | "by"
                | "into"
                | "at"
                | "in"
                | "as"
                | "of"
                | "from"
                | "with"
                | "after"
                | "before"
                | "and"
                | "or"
                | "but"
        )
    };
    if verb.starts_with("call") {
        if w == "for" {
            // `called for redemption its debentures`: bonds called in, not a demand.
            return !toks[at + 1..toks.len().min(at + 4)].iter().any(|t| {
                let mut b = [0; 32];
                let w = lw(t, &mut b);
                w.starts_with("redem") || w.starts_with("redeem") || w == "prepayment"
            });
        }
        if w == "on" {
            let mut nb = [0; 32];
            return toks
                .get(at + 1)
                .is_some_and(|n| n.is_word() && !lexicon::is_time_word(lw(n, &mut nb)));
        }
        if particle(w) {
            return false;
        }
        if matches!(
            w,
            "it" | "this" | "that" | "him" | "her" | "them" | "himself" | "herself"
        ) {
            let mut nb = [0; 32];
            if toks.get(at + 1).is_some_and(|n| {
                n.is_word()
                    && n.is_lower()
                    && !particle(lw(n, &mut nb))
                    && !matches!(
                        lw(n, &mut [0; 32]),
                        "on" | "for" | "about" | "last" | "this"
                    )
            }) {
                return true;
            }
        }
        // What it is called follows the object within a few words.
        return toks[at + 1..toks.len().min(at + 8)]
            .iter()
            .take_while(|t| !t.is("to") && !t.is_punct(',') && !t.is_punct(';'))
            .any(|t| quote(t) || t.is("a") || t.is("an"));
    }
    if verb.starts_with("dismiss") {
        return toks[at + 1..toks.len().min(at + 10)]
            .iter()
            .take_while(|t| !t.is_punct(',') && !t.is_punct(';'))
            .any(|t| quote(t) || t.is("as"));
    }
    if verb.starts_with("question") {
        return matches!(w, "whether" | "why" | "how" | "if" | "what");
    }
    !particle(w)
}

/// Nouns of things that show or find something: polls, studies, records. The subject of a verb
/// of evidence ([`VerbClass::Evidence`]) with one of them takes a bare object (`The poll shows
/// Trump with a lead`).
fn is_evidence_noun(w: &str) -> bool {
    matches!(
        w,
        "poll"
            | "polls"
            | "polling"
            | "survey"
            | "surveys"
            | "study"
            | "studies"
            | "data"
            | "report"
            | "research"
            | "analysis"
            | "results"
            | "numbers"
            | "figures"
            | "statistics"
            | "records"
            | "documents"
            | "emails"
            | "email"
            | "investigation"
            | "audit"
            | "review"
            | "census"
            | "average"
            | "video"
            | "footage"
    )
}

/// True when the words from `at` are a phrase of place that ends the clause: `…, said one GOP
/// source in the room.` A preposition and up to eight words, none a verb.
fn trailing_place(toks: &[Tok<'_>], at: usize) -> bool {
    const MAX_WORDS: usize = 8;
    if !toks
        .get(at)
        .is_some_and(|t| ["in", "at", "on", "from", "with"].iter().any(|w| t.is(w)))
    {
        return false;
    }
    let words = toks[at + 1..]
        .iter()
        .take_while(|t| t.is_word() && t.depth == 0)
        .count();
    (1..=MAX_WORDS).contains(&words)
        && toks[at + 1..at + 1 + words]
            .iter()
            .all(|t| t.verb().is_none() && !t.has(Cue::CLAUSE_BOUNDARY))
        && clause_ends(&toks[at + 1 + words..])
}

/// True when `toks` holds only punctuation up to its end or a `;`.
fn clause_ends(toks: &[Tok<'_>]) -> bool {
    toks.iter()
        .take_while(|t| !t.is_punct(';'))
        .all(|t| matches!(t.kind, Kind::Punct(_) | Kind::Close(_)))
}

/// After `Q1, S said` and the comma at token `comma`: the rest of the sentence when it
/// continues the clause that the attribution interrupted (`…, officials said, could be undone`),
/// not when it opens something new (`, adding that`, `, who`, `, according to`).
fn continuation(sent: &Sent<'_, '_>, comma: usize) -> Option<Span> {
    let toks = sent.toks;
    if !toks.get(comma)?.is_punct(',') {
        return None;
    }
    let next = toks.get(comma + 1)?;
    if next.is_word() {
        let mut b = [0; 32];
        let w = lw(next, &mut b);
        let opens_new = next.verb().is_some_and(|v| v.form == Form::Gerund)
            || matches!(
                w,
                "according"
                    | "citing"
                    | "who"
                    | "whom"
                    | "whose"
                    | "which"
                    | "where"
                    | "when"
                    | "while"
                    | "as"
                    | "in"
                    | "on"
                    | "at"
                    | "after"
                    | "before"
                    | "during"
                    | "though"
                    | "although"
                    | "but"
                    | "and"
                    | "or"
                    | "because"
                    | "since"
                    | "if"
                    | "with"
                    | "without"
                    | "by"
                    | "for"
                    | "from"
                    | "to"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
            );
        if opens_new {
            return None;
        }
    } else if !matches!(next.kind, Kind::Open(_)) {
        return None;
    }
    sent.content_after(comma + 1)
}

/// The byte offsets of the word `reportedly` or `Reportedly` in `prose`, in order. Not in
/// capitals: a headline in capitals has only verbs of speech for cues (see `headline_non_cue`).
pub(crate) fn reportedly_at(prose: &str) -> Vec<usize> {
    let bytes = prose.as_bytes();
    memchr::memmem::find_iter(bytes, b"eportedly")
        .filter_map(|k| {
            let start = k.checked_sub(1)?;
            let end = k + "eportedly".len();
            let r = bytes[start].eq_ignore_ascii_case(&b'r');
            let alone = |b: Option<&u8>| b.is_none_or(|b| !b.is_ascii_alphanumeric());
            (r && alone(start.checked_sub(1).map(|p| &bytes[p])) && alone(bytes.get(end)))
                .then_some(start)
        })
        .collect()
}

/// `reportedly` at byte `at` of the sentence: the claim of its clause rests on reports nobody
/// is named for (`The Club for Growth is reportedly spending $1.5 million on ads`): an
/// attribution with no source, whose content is the clause, from its subject. Not when a verb
/// of speech follows, whose own attribution names the source (`Trump reportedly told aides`),
/// nor inside a quote.
pub(crate) fn reportedly(sent: &Sent<'_, '_>, at: usize, out: &mut Vec<Cand>) {
    let toks = sent.toks;
    let Ok(k) = toks.binary_search_by_key(&at, Tok::start) else {
        return;
    };
    if toks[k].depth > 0 {
        return;
    }
    let mut next = k + 1;
    while toks.get(next).is_some_and(source::is_filler) {
        next += 1;
    }
    if toks.get(next).is_some_and(|t| {
        t.verb()
            .is_some_and(|v| matches!(v.class, VerbClass::Speech | VerbClass::Belief))
    }) {
        return;
    }
    let from = clause_from(sent, k, out);
    let Some(rest) = sent.content_after(k + 1) else {
        return;
    };
    // `Reportedly, the firm will close.`: the clause is all after it.
    let start = if from < k {
        toks[from].start()
    } else {
        rest.start
    };
    out.push(Cand {
        content: Some(Span::new(start, rest.end)),
        ..Cand::new(AttributionKind::Indirect, toks[k].span())
    });
}

/// The first token of the clause that holds token `k`, a claim made of reports (`reportedly`,
/// `is said to`): its subject, or after the last semicolon or colon before `k`, or where the
/// content of an attribution of the sentence that holds `k` starts (`He said the firm was
/// reportedly in talks`); `k` when the clause has no subject before it.
fn clause_from(sent: &Sent<'_, '_>, k: usize, out: &[Cand]) -> usize {
    let toks = sent.toks;
    let at = toks[k].start();
    // Conjunctions that open a clause of their own. (Not `when`, `as`, `after`, `since`:
    // as often prepositions.)
    const SUBORDINATORS: [&str; 6] = [
        "because", "although", "though", "whereas", "while", "unless",
    ];
    let subordinator = |t: &Tok<'_>| SUBORDINATORS.iter().any(|w| t.is(w));
    let relative = |t: &Tok<'_>| t.is("which") || t.is("who") || t.is("where");
    // After a semicolon or colon, a subordinating conjunction (`because Salomon is said to
    // believe`), or `, and` / `but` before a clause of its own (`…, and Senate Republican
    // Leader Robert Dole is said to have thrown his support`).
    // (A relative counts with no comma between it and `k`: a flag set on the way back, so
    // that each token is read once.)
    let mut comma_after = false;
    let clause_start = (0..k)
        .rev()
        .find(|&j| {
            let t = &toks[j];
            let found = t.depth == 0
                && (t.is_punct(';')
                    || t.is_punct(':')
                    || t.is_word()
                        && (t.is("but")
                            || t.is("and") && j > 0 && toks[j - 1].is_punct(',')
                            || subordinator(t)
                            || relative(t) && !comma_after));
            comma_after |= t.is_punct(',');
            found
        })
        // A relative pronoun is its clause's subject: `chemicals which are believed to damage
        // the ozone layer`; after `where`, the clause's own follows (`Jalalabad, where Osama
        // bin Laden is believed to be hiding`).
        .map_or(0, |j| {
            if toks[j].is("which") || toks[j].is("who") {
                j
            } else {
                j + 1
            }
        });
    // A subordinate clause opening the sentence ends at its comma: `Though other dissolvers
    // are on the market, TPA is said to be more effective`.
    let clause_start = if clause_start == 1 && subordinator(&toks[0]) {
        (1..k)
            .find(|&j| toks[j].depth == 0 && toks[j].is_punct(','))
            .map_or(clause_start, |j| j + 1)
    } else {
        clause_start
    };
    // Inside what an attribution of the sentence reports (`He said the firm was reportedly in
    // talks`), the clause starts with that content.
    // Only this sentence's candidates, the last ones pushed: a scan of all the document's
    // would be quadratic in a document of many sentences with `reportedly`.
    let reported = out
        .iter()
        .rev()
        .take_while(|c| c.cue.start >= sent.span.start)
        .filter_map(|c| c.content)
        .filter(|c| c.start >= sent.span.start && c.start < at && at < c.end)
        .map(|c| c.start)
        .max();
    let clause_start = reported.map_or(clause_start, |r| {
        clause_start.max(toks.partition_point(|t| t.start() < r))
    });
    match source::clause_subject(&toks[..k], k) {
        Some((a, _)) if a >= clause_start => a,
        _ => clause_start,
    }
}

/// True when the cue is a form of `add` whose words from `at` (to the end of `content`, else
/// to the next comma or semicolon) hold no finite verb: things added, not words (`added it to
/// the brokerage house's recommended list`, `have been changed, adding high-tech features`).
/// What is added to a statement is a clause: `added there was no alternative`, `adding the
/// company would cut prices`.
fn adds_things(cue_tok: &Tok<'_>, toks: &[Tok<'_>], at: usize, content: Option<Span>) -> bool {
    // Most cues start with another letter: no lowercase copy for them.
    if !cue_tok.text.starts_with(['a', 'A'])
        || !matches!(
            lw(cue_tok, &mut [0; 32]),
            "add" | "adds" | "added" | "adding"
        )
    {
        return false;
    }
    let end = content.map_or(usize::MAX, |c| c.end);
    let words = toks.get(at..).unwrap_or_default();
    let len = words
        .iter()
        .take_while(|t| {
            t.end() <= end && (content.is_some() || !(t.is_punct(',') || t.is_punct(';')))
        })
        .count();
    !words[..len].iter().enumerate().any(|(k, t)| {
        // A participle after a determiner or a possessive is an adjective: `the brokerage
        // house's recommended list`.
        let attributive = k > 0 && {
            let p = &words[k - 1];
            p.has(Cue::DETERMINER) || p.text.ends_with("'s") || p.text.ends_with("’s")
        };
        // A verb in `-s` after its subject: a determiner and a noun (`the software costs`), a
        // pronoun (`it intends`) or a name (`Japan wants`).
        let present = k >= 1
            && t.is_lower()
            && t.text.len() > 3
            && t.text.ends_with('s')
            && !t.text.ends_with("ss")
            && !t.text.contains(['\'', '’'])
            && {
                let p = &words[k - 1];
                k >= 2 && words[k - 2].has(Cue::DETERMINER) && p.is_word()
                    || ["it", "he", "she", "this"].iter().any(|w| p.is(w))
                    || p.is_capitalized() && !p.has(Cue::DETERMINER)
            };
        // Any verb after a plural subject pronoun: `they expect`, `we think`.
        let plural = k >= 1
            && t.is_lower()
            && !t.has(Cue::BREAKS_SUBJECT | Cue::CLAUSE_BOUNDARY)
            && ["they", "we"].iter().any(|w| words[k - 1].is(w));
        t.depth > 0
            || present
            || plural
            || source::is_finite_verb(t) && !attributive
            || lexicon::is_auxiliary(lw(t, &mut [0; 32]))
            || [
                "do", "does", "did", "seems", "appears", "remains", "needs", "means", "looks",
            ]
            .iter()
            .any(|w| t.is(w))
    })
}

/// Stricter than [`clause_like`]: a subject pronoun or a name followed by a word, the shape of a
/// reported clause without `that` (`wrote he would resign`), not of an object (`wrote a book`).
fn clause_like_strict(sent: &Sent<'_, '_>, at: usize) -> bool {
    let Some(t) = sent.toks.get(at) else {
        return false;
    };
    let mut b = [0; 32];
    let w = lw(t, &mut b);
    let subject = matches!(w, "he" | "she" | "they" | "we" | "i" | "it" | "there")
        || t.is_capitalized() && !lexicon::is_determiner(w);
    if subject {
        return sent
            .toks
            .get(at + 1)
            .is_some_and(|n| n.is_word() && n.is_lower());
    }
    // A short noun phrase opened by a determiner, then a modal or a form of `be` or `have`:
    // `claimed the Palace had been given no warning`, `charged the company was hiding
    // losses`; not an object (`claimed the title`, `charged a fee of $5`).
    lexicon::is_determiner(w)
        && sent.toks[at + 1..sent.toks.len().min(at + 6)]
            .iter()
            .map_while(|n| {
                let mut b = [0; 32];
                let nw = lw(n, &mut b);
                let noun = n.is_word()
                    && n.depth == 0
                    && !n.has(Cue::CLAUSE_BOUNDARY)
                    && !["of", "in", "for", "to", "on", "at", "by", "with", "from"].contains(&nw);
                noun.then(|| n.is_lower() && lexicon::is_auxiliary(nw))
            })
            .skip(1)
            .any(|aux| aux)
}

/// True when the words from `at` are a clause, not an object: a subject pronoun and a
/// lowercase word (`it cannot pay`, `he knew nothing`), or a lowercase auxiliary or modal
/// within the five words after the first, before any punctuation or preposition (`progress was
/// being made`, `the allocations were much too high`).
fn clause_soon(toks: &[Tok<'_>], at: usize) -> bool {
    let pronoun = toks.get(at).is_some_and(|t| {
        ["he", "she", "they", "we", "i", "it", "there"]
            .iter()
            .any(|w| t.is(w))
    }) && toks
        .get(at + 1)
        .is_some_and(|n| n.is_word() && n.is_lower());
    if pronoun {
        return true;
    }
    toks.get(at + 1..toks.len().min(at + 6))
        .unwrap_or_default()
        .iter()
        .take_while(|t| {
            t.is_word()
                && t.depth == 0
                && !t.has(Cue::CLAUSE_BOUNDARY)
                && !["of", "for", "in", "on", "at", "by", "with", "from", "to"]
                    .iter()
                    .any(|w| t.is(w))
        })
        .any(|t| t.is_lower() && lexicon::is_auxiliary(lw(t, &mut [0; 32])))
}

/// True when the words from `at` look like the start of a clause (a reported statement), not a
/// bare object: a pronoun, a determiner, a name, `the`, `he`, a wh-word.
fn clause_like(sent: &Sent<'_, '_>, at: usize) -> bool {
    let Some(t) = sent.toks.get(at) else {
        return false;
    };
    if !t.is_word() {
        // Wire copy's angle brackets around a company's name that opens the clause: `said
        // <Goldman Sachs and Co> will act as its advisor`.
        return t.is_punct('<')
            && sent
                .toks
                .get(at + 1)
                .is_some_and(|n| n.is_word() && n.is_capitalized());
    }
    let mut b = [0; 32];
    let w = lw(t, &mut b);
    if matches!(
        w,
        "it" | "nothing"
            | "something"
            | "anything"
            | "so"
            | "yes"
            | "goodbye"
            | "hello"
            | "this"
            | "to"
            | "about"
            | "of"
            | "in"
            | "for"
            | "on"
            | "at"
            | "with"
            | "by"
            | "from"
            | "up"
            | "out"
            | "over"
            | "thanks"
            | "sorry"
    ) {
        // `at least one trader made …`, `at most half the banks …`: as `about`, after `at least`.
        let (w, at) = match w {
            "at" if sent
                .toks
                .get(at + 1)
                .is_some_and(|n| n.is("least") || n.is("most")) =>
            {
                ("about", at + 1)
            }
            _ => (w, at),
        };
        // `said about half of the adjustment reflected …`: `about` as `some`, before a number
        // or a fraction, opens a clause when a verb follows it.
        if w == "about" {
            let toks = sent.toks;
            let amount = toks.get(at + 1).is_some_and(|n| {
                let mut b = [0; 32];
                let w = lw(n, &mut b);
                n.is_word()
                    && (n.text.as_bytes()[0].is_ascii_digit()
                        || lexicon::is_number_word(w)
                        || lexicon::is_fraction_word(w))
            });
            return amount
                && toks[at + 2..toks.len().min(at + 16)].iter().any(|t| {
                    t.depth == 0
                        && (source::is_finite_verb(t)
                            || t.is_lower() && lexicon::is_auxiliary(lw(t, &mut [0; 32])))
                });
        }
        // `said this was a mistake`, `said this reflected …`, `said this serious shortfall
        // has led to …` are clauses; `said this to reporters`, `said this on Tuesday` are not.
        if w == "this" {
            return sent.toks.get(at + 1).is_some_and(|n| {
                matches!(n.kind, Kind::Open(_))
                    || n.is_word() && !lexicon::follows_an_object(lw(n, &mut [0; 32]))
            });
        }
        // `said it would` is a clause; `said it` is not.
        if w == "it" {
            return sent
                .toks
                .get(at + 1)
                .is_some_and(|n| n.is_word() && !n.is("was") || n.is("was"));
        }
        return false;
    }
    // A date is no reported clause: `announced September 12, 1986`, `agreed October with
    // CFM`. A month before another word is a clause's subject or its modifier: `said March
    // load factor fell`, `said May was good`.
    let date = || {
        sent.toks.get(at + 1).is_none_or(|n| {
            !n.is_word()
                || n.text.as_bytes()[0].is_ascii_digit()
                || [
                    "to", "with", "that", "for", "in", "on", "at", "by", "from", "after", "of",
                ]
                .iter()
                .any(|w| n.is(w))
        })
    };
    if t.is_capitalized() && lexicon::is_month(w) && date() {
        return false;
    }
    // Need a few words of content.
    sent.toks[at..].iter().filter(|t| t.is_word()).count() >= 2
}

/// Verbs of speech addressed to someone with `to`: `wrote to Sanders’ Senate office that …`,
/// `wrote to his followers, “…”`, `said to People`.
const ADDRESSED: &[&str] = &[
    "wrote",
    "writes",
    "writing",
    "said",
    "says",
    "saying",
    "complained",
    "complains",
    "explained",
    "explains",
    "announced",
    "declared",
    "tweeted",
    "posted",
    "admitted",
    "confessed",
    "stated",
    "replied",
    "insisted",
    "argued",
    "suggested",
    "boasted",
    "conceded",
    // `a representative for the singer confirmed to People`, `revealed to the Daily Mail`.
    "confirmed",
    "confirms",
    "confirming",
    "revealed",
    "reveals",
];

/// After `told`, `tell`, `asked`, `telling`: the recipient (`told Reuters`, `told reporters`,
/// `told The Washington Post on Tuesday`). Returns the token after it and its range.
fn skip_recipient(
    sent: &Sent<'_, '_>,
    at: usize,
    cue: &Tok<'_>,
) -> (usize, Option<(usize, usize)>) {
    let toks = sent.toks;
    let n = toks.len();
    // `wrote to Sanders’ Senate office that …`, `wrote to his followers, “…”`: a verb of
    // speech addressed to someone, then what it said.
    const ADDRESSEES: &[&str] = &[
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "reporters",
        "journalists",
        "lawmakers",
        "supporters",
        "voters",
        "investors",
        "shareholders",
        "analysts",
    ];
    // The addressee opens with a name, a determiner or a possessive, or is a source noun
    // (`to reporters`): not an infinitive (`continued to grow … that`).
    let addressee_start = |t: &Tok<'_>| {
        t.is_capitalized()
            || t.has(Cue::DETERMINER | Cue::SOURCE_NOUN)
            || ADDRESSEES.iter().any(|w| t.is(w))
    };
    if toks.get(at).is_some_and(|t| t.is("to"))
        && toks.get(at + 1).is_some_and(addressee_start)
        && addressed(cue)
    {
        // `that`, or a comma or colon and a quote: `said to reporters: “We won.”`.
        let opens = |k: usize| {
            toks[k].is("that")
                || (toks[k].is_punct(',') || toks[k].is_punct(':'))
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| matches!(t.kind, Kind::Open(_)))
        };
        if let Some(k) = (at + 2..n.min(at + 14)).find(|&k| opens(k)) {
            let addressee = toks[at + 1..k].iter().all(|t| {
                t.depth == 0
                    && (t.is_word() && t.verb().is_none() && !t.has(Cue::CLAUSE_BOUNDARY)
                        || t.is_punct('’')
                        || t.is_punct('\'')
                        || t.is_punct(','))
            });
            if addressee {
                let next = if toks[k].is("that") { k } else { k + 1 };
                return (next, Some((at + 1, k)));
            }
        }
    }
    let takes = [
        "told", "tells", "tell", "telling", "asked", "asks", "warned", "assured", "informed",
        "reminded", "urged",
    ];
    if !takes.iter().any(|w| cue.is(w)) {
        return (at, None);
    }
    recipient_phrase(sent, at)
}

/// The medium of a sentence whose subject starts at `s_start` after a comma, when the words
/// before that comma are one: `In an interview with CNN,`, `In a post on X,`, or a participle
/// of speaking or writing and its outlet (`Speaking to the BBC on Tuesday,`, `Writing in the
/// Telegraph,`, `Talking on Fox News,`): for the participle, from its preposition to the
/// comma.
fn opening_medium(toks: &[Tok<'_>], s_start: usize) -> Option<(usize, usize)> {
    let comma = s_start.checked_sub(1).filter(|&k| toks[k].is_punct(','))?;
    if comma == 0 || comma > 12 {
        return None;
    }
    // Most sentences open otherwise (`However, analysts said`): one look at the first word.
    let mut buf = [0; 32];
    let first = lw(&toks[0], &mut buf);
    let participle = matches!(first, "speaking" | "talking" | "writing");
    if !participle && !matches!(first, "in" | "on" | "at" | "via" | "through") {
        return None;
    }
    if let Ok((_, k)) = adjunct::medium(Toks(&toks[..comma])) {
        if k == comma {
            return Some((0, comma));
        }
    }
    // The participle, its preposition and at least a word after them.
    if comma < 3 {
        return None;
    }
    let preposition = toks
        .get(1)
        .is_some_and(|t| t.is("to") || t.is("in") || t.is("on") || t.is("with"));
    // An outlet's name after the preposition: a capital within its first three words.
    let named = toks[2..comma]
        .iter()
        .take(3)
        .any(|t| t.is_word() && t.is_capitalized());
    let plain = toks[1..comma]
        .iter()
        .all(|t| t.depth == 0 && (t.is_word() || t.is_punct('\'') || t.is_punct('’')));
    (participle && preposition && named && plain).then_some((1, comma))
}

/// The speaker between a quote and the cue at `c` that ends its sentence, when the words
/// between read as a name whatever marks they hold: a ticker (`"…," Chrysler Corp <C>
/// treasurer Fred Zuckerman said`), an appositive with commas of its own (`"…," Buchheit, a
/// partner with Cleary, Gottlieb, Steen and Hamilton, told a conference`). Only right after
/// the quote's comma, from a capitalised word, with no verb and no quotation mark, up to 20
/// tokens, and nothing after the cue but its recipient, times and media.
fn quoted_then_speaker(sent: &Sent<'_, '_>, c: usize) -> Option<(usize, usize)> {
    let toks = sent.toks;
    let n = toks.len();
    // Most cues have no quote before them in their sentence: one search of the document's
    // quotes tells, before any token is read.
    let first = sent.quotes.partition_point(|q| q.end <= sent.span.start);
    if sent
        .quotes
        .get(first)
        .is_none_or(|q| q.end > toks[c].start())
    {
        return None;
    }
    // The quote's end: `,"` or `",` right before the words.
    let start = (c.saturating_sub(20)..c).rev().find_map(|k| {
        let t = &toks[k];
        let close_after_comma =
            matches!(t.kind, Kind::Close(_)) && t.depth == 0 && k >= 1 && toks[k - 1].is_punct(',');
        let comma_after_close =
            t.is_punct(',') && k >= 1 && matches!(toks[k - 1].kind, Kind::Close(_));
        (close_after_comma || comma_after_close).then_some(k + 1)
    })?;
    let mut end = c;
    if end > start && toks[end - 1].is_punct(',') {
        end -= 1;
    }
    let words = toks.get(start..end)?;
    let name_like = words.first().is_some_and(Tok::is_capitalized)
        && words.iter().all(|t| match t.kind {
            Kind::Word(_) => t.verb().is_none() && t.depth == 0,
            Kind::Punct(p) => matches!(p, ',' | '<' | '>' | '.' | '(' | ')' | '-' | '&' | '\''),
            _ => false,
        });
    if !name_like {
        return None;
    }
    let (k, _) = recipient_after_cue(sent, c);
    let (k, _) = adjunct::skip_adjuncts(toks, k, n);
    clause_ends(&toks[k..]).then_some((start, end))
}

/// True when what follows the verb of speech at `c` (its recipient, times and media skipped)
/// cannot be what was said: a clause of time or manner (`"…!" Sessions said as he launched
/// the process`, `Trump tweeted Sunday after the attack`, `Trump asked reporters
/// rhetorically during a news conference`), or a comma before anything but `that` (`some
/// protesters chanted, three days after …`). Then the quote before the sentence is.
fn no_content_after_cue(sent: &Sent<'_, '_>, c: usize) -> bool {
    let toks = sent.toks;
    let n = toks.len();
    let (k, _) = recipient_after_cue(sent, c);
    let (mut k, _) = adjunct::skip_adjuncts(toks, k, n);
    // Adverbs of manner: `pleasantly`, `rhetorically`, `matter-of-factly`.
    while toks
        .get(k)
        .is_some_and(|t| t.is_word() && t.is_lower() && t.text.len() > 4 && t.text.ends_with("ly"))
    {
        (k, _) = adjunct::skip_adjuncts(toks, k + 1, n);
    }
    if clause_ends(&toks[k..]) {
        return true;
    }
    // After a comma, times and places again (`, three days after …`, `, in Chicago, as …`).
    if toks[k].is_punct(',') {
        (k, _) = adjunct::skip_adjuncts(toks, k + 1, n);
    }
    toks.get(k).is_some_and(|t| {
        t.is_word()
            && t.depth == 0
            && matches!(
                lw(t, &mut [0; 32]),
                "as" | "after"
                    | "before"
                    | "while"
                    | "when"
                    | "since"
                    | "because"
                    | "until"
                    | "amid"
                    | "during"
                    | "upon"
            )
    })
}

/// The recipient right after the cue at `c`, when the words came before it (`"…," Clinton
/// told reporters`, `… said to People`): the token after it and its range, or `(c + 1, None)`.
fn recipient_after_cue(sent: &Sent<'_, '_>, c: usize) -> (usize, Option<(usize, usize)>) {
    let toks = sent.toks;
    let cue = &toks[c];
    if toks.get(c + 1).is_some_and(|t| t.is("to")) && addressed(cue) {
        match recipient_phrase(sent, c + 2) {
            (after, Some(r)) => (after, Some(r)),
            _ => (c + 1, None),
        }
    } else {
        skip_recipient(sent, c + 1, cue)
    }
}

/// True when `cue` is a verb of speech that may be addressed to someone with `to`: `said to
/// reporters that`, `wrote to his followers, "…"`.
fn addressed(cue: &Tok<'_>) -> bool {
    ADDRESSED.iter().any(|w| cue.is(w))
}

/// The recipient phrase that starts at token `at`, the object of `told` or `asked` or of `to`
/// after `said` (`reporters`, `him`, `The Washington Post`, `a news conference in Jakarta`).
/// Returns the token after it and its range; `(at, None)` when none starts there.
fn recipient_phrase(sent: &Sent<'_, '_>, at: usize) -> (usize, Option<(usize, usize)>) {
    let toks = sent.toks;
    let n = toks.len();
    let mut i = at;
    let start = at;
    if i < n && toks[i].is_word() {
        let mut b = [0; 32];
        let w = lw(&toks[i], &mut b);
        if matches!(
            w,
            "him"
                | "her"
                | "them"
                | "us"
                | "me"
                | "you"
                | "reporters"
                | "journalists"
                | "lawmakers"
                | "supporters"
                | "listeners"
                | "viewers"
                | "readers"
                | "voters"
                | "congress"
        ) {
            return (i + 1, Some((i, i + 1)));
        }
        if w == "that" || w == "if" || w == "whether" || w == "about" {
            return (i, None);
        }
        // A plain noun before the clause's pronoun: `told police he had been asked to leave`,
        // `told investigators they saw him`.
        if toks[i].is_lower()
            && !lexicon::is_determiner(w)
            && toks[i].verb().is_none()
            && !toks[i].has(Cue::PRONOUN | Cue::CLAUSE_BOUNDARY | Cue::BREAKS_SUBJECT)
            && toks.get(i + 1).is_some_and(|t| {
                ["he", "she", "they", "it", "we", "i"]
                    .iter()
                    .any(|p| t.is(p))
            })
        {
            return (i + 1, Some((i, i + 1)));
        }
        // A plural noun that ends the sentence, after the words said: `"…," Chen told
        // jurors.` (Not the hall's noise: `said to laughs`.)
        if toks[i].is_lower()
            && w.len() > 3
            && w.ends_with('s')
            && !matches!(
                w,
                "laughs" | "cheers" | "boos" | "jeers" | "groans" | "gasps" | "chuckles"
            )
            && toks[i].verb().is_none()
            && !lexicon::is_determiner(w)
            && !toks[i].has(Cue::PRONOUN | Cue::CLAUSE_BOUNDARY)
            && i + 2 == n
            && matches!(toks[i + 1].kind, Kind::Punct('.' | '!'))
        {
            return (i + 1, Some((i, i + 1)));
        }
        // People named by a plural noun before the clause's subject: `told analysts the
        // company would grow`, `told investors Monday its sales rose` (the time is an adjunct
        // read after the recipient).
        if toks[i].is_lower()
            && w.ends_with('s')
            && toks[i].has(Cue::SOURCE_NOUN)
            && toks.get(i + 1).is_some_and(|t| {
                t.depth == 0
                    && (t.is_capitalized()
                        || t.has(Cue::PRONOUN)
                        || ["the", "a", "an", "its", "his", "her", "their", "our"]
                            .iter()
                            .any(|d| t.is(d)))
            })
        {
            return (i + 1, Some((i, i + 1)));
        }
        // Any short phrase before `that`: `told delegates at the convention that`; before the
        // question's `whether` after `asked`, a phrase with no verb or infinitive (`asked a
        // senior minister last week whether`, not `asked them to study whether`). A medium or a
        // time ends it, read as the cue's adjuncts: `told Reuters in an interview that`, `told
        // CNN on Sunday that`.
        let asked = ["asked", "ask", "asks", "asking"]
            .iter()
            .any(|w| toks[at - 1].is(w));
        let question = |k: usize| {
            asked
                && toks[k].is("whether")
                && toks[i..k].iter().all(|t| {
                    t.is_lower()
                        && t.verb().is_none()
                        && !t.is("to")
                        && !lexicon::is_auxiliary(lw(t, &mut [0; 32]))
                        && !(t.text.len() > 4 && t.text.ends_with("ed"))
                        || t.is_capitalized()
                })
        };
        if let Some(k) = (i + 1..n.min(i + 15)).find(|&k| toks[k].is("that") || question(k)) {
            if toks[i..k].iter().all(|t| t.is_word() && t.depth == 0) {
                let lower = |t: &Tok<'_>, f: fn(&str) -> bool| {
                    let mut b = [0; 32];
                    f(lw(t, &mut b))
                };
                let adjunct = (i + 1..k).find(|&p| {
                    let t = &toks[p];
                    let preposition = ["in", "on", "during", "via", "over"]
                        .iter()
                        .any(|w| t.is(w));
                    let medium = preposition
                        && toks[p + 1..k.min(p + 5)]
                            .iter()
                            .any(|t| t.is_lower() && lower(t, lexicon::is_medium_noun));
                    // A day (`Tuesday`, `yesterday`), `last week`, `on Sunday`, `in March`.
                    let day = |t: &Tok<'_>| {
                        whosaid_core::is_month_or_weekday(t.text)
                            || ["today", "yesterday", "tonight"].iter().any(|w| t.is(w))
                    };
                    let time = (day(t)
                        || (preposition || ["last", "this", "next"].iter().any(|w| t.is(w)))
                            && toks.get(p + 1).is_some_and(|n| {
                                day(n) || ["week", "month", "year"].iter().any(|w| n.is(w))
                            })
                        // `earlier this week`, `late Tuesday`.
                        || ["earlier", "later", "early", "late"].iter().any(|w| t.is(w))
                            && toks.get(p + 1).is_some_and(|n| {
                                day(n) || ["this", "last", "in", "on"].iter().any(|w| n.is(w))
                            }))
                        && !["at", "of", "for", "to", "in", "on", "the", "a"]
                            .iter()
                            .any(|w| toks[p - 1].is(w));
                    medium || time
                });
                // (Only when the adjuncts reach `that`: `in a telephone interview from
                // Washington` is read whole as the listeners' phrase.)
                let end = adjunct
                    .filter(|&p| adjunct::skip_adjuncts(toks, p, n).0 == k)
                    .unwrap_or(k);
                return (end, Some((i, end)));
            }
        }
        // `his supporters`, `a crowd`: a determiner and a noun or two.
        if lexicon::is_determiner(w) && !toks[i].is_capitalized() {
            let mut k = i + 1;
            while k < n && k < i + 4 && toks[k].is_word() && toks[k].is_lower() && {
                let mut b = [0; 32];
                let w = lw(&toks[k], &mut b);
                !lexicon::breaks_subject(w)
                    && !lexicon::is_clause_boundary(w)
                    && toks[k].verb().is_none()
            } {
                k += 1;
            }
            // `told a news conference the acquisition would …`: a gathering ends the phrase
            // whatever follows.
            let is_gathering = |t: &Tok<'_>| {
                let mut b = [0; 32];
                t.is_word()
                    && t.is_lower()
                    && matches!(
                        lw(t, &mut b),
                        "conference"
                            | "briefing"
                            | "meeting"
                            | "rally"
                            | "audience"
                            | "crowd"
                            | "forum"
                            | "seminar"
                            | "hearing"
                            | "gathering"
                            | "symposium"
                            | "luncheon"
                            | "dinner"
                            | "convention"
                            | "session"
                    )
            };
            if let Some(g) = (i + 1..n.min(i + 4)).find(|&j| is_gathering(&toks[j])) {
                if toks[i + 1..g].iter().all(|t| t.is_word() && t.is_lower()) {
                    // Whose gathering: `a conference of Saudi businessmen`, `a news conference
                    // for foreign journalists`, up to the clause's article or pronoun.
                    let mut e = g + 1;
                    if toks.get(e).is_some_and(|t| t.is("of") || t.is("for")) {
                        let mut k = e + 1;
                        while k < n.min(e + 6)
                            && toks[k].is_word()
                            && toks[k].depth == 0
                            && !toks[k].has(Cue::DETERMINER | Cue::PRONOUN)
                            && !toks[k].is("that")
                            && toks[k].verb().is_none()
                        {
                            k += 1;
                        }
                        if k > e + 1 {
                            e = k;
                        }
                    }
                    // `told a press conference in Jakarta at the end of a two-day meeting of
                    // Energy Ministers that …`: the content waits for its `that` past phrases
                    // of place and time that hold no verb.
                    let that = (e..n.min(e + 25))
                        .take_while(|&k| {
                            let t = &toks[k];
                            let mut b = [0; 32];
                            let w = lw(t, &mut b);
                            t.depth == 0
                                && !matches!(t.kind, Kind::Punct(';' | ':'))
                                && !(t.is_word()
                                    && (lexicon::is_auxiliary(w)
                                        || t.verb().is_some()
                                        || w.len() > 4 && w.ends_with("ed")))
                        })
                        .find(|&k| toks[k].is("that"));
                    let at = that.filter(|_| {
                        toks.get(e).is_some_and(|t| {
                            ["in", "at", "on", "during", "after", "of", "for"]
                                .iter()
                                .any(|w| t.is(w))
                        })
                    });
                    return (at.unwrap_or(e), Some((i, e)));
                }
            }
            // Before a comma or a colon, or ending the sentence after the words said (`"…,"
            // Baker told the ministers.`).
            if k > i + 1
                && toks.get(k).is_none_or(|t| {
                    t.is_punct(',')
                        || t.is_punct(':')
                        || matches!(t.kind, Kind::Punct('.' | '!' | '?')) && k + 1 == n
                })
            {
                return (k, Some((i, k)));
            }
        }
        // A capitalised name, with `the` and `of`: `The Washington Post`, `Fox News`.
        while i < n && i - start < 8 {
            let t = &toks[i];
            let mut b = [0; 32];
            let w = lw(t, &mut b);
            if t.is_capitalized()
                || (i > start && matches!(w, "of" | "news"))
                // `the General Agreement on Tariffs and Trade`, `the Securities and Exchange
                // Commission`: a name's small words between capitals.
                || (i > start && adjunct::joins_capitals(toks, i))
                || (i == start && matches!(w, "the" | "a" | "an"))
                // A role before the name: `told host Sean Hannity`.
                || (i == start
                    && (t.has(Cue::TITLE)
                        || matches!(w, "host" | "anchor" | "moderator" | "interviewer"))
                    && toks.get(i + 1).is_some_and(|n| {
                        n.is_capitalized() && !whosaid_core::is_month_or_weekday(n.text)
                    }))
                || (i > start
                    && toks[i - 1].is_word()
                    && lexicon::is_determiner(lw(&toks[i - 1], &mut [0; 32]))
                    && t.is_lower()
                    && lexicon::is_source_noun(w))
            {
                i += 1;
            } else {
                break;
            }
        }
        // An outlet's programme: `told the BBC's Today programme`, `told Fox's Hannity show`.
        if i > start
            && toks.get(i).is_some_and(|t| {
                ["programme", "program", "show", "podcast", "broadcast"]
                    .iter()
                    .any(|w| t.is(w))
            })
        {
            i += 1;
        }
        // What the outlet is (`told al-Riyadh newspaper`, `told Australian radio station`,
        // `told the Kuwaiti news agency KUNA`, `told the daily al-Anba`), and its name after
        // it when that is initials or behind a particle: a capitalised word after `the
        // newspaper` may be the content's subject (`told the newspaper Iran had …`).
        // With no name: `told state television`, `told local radio`.
        let lead = usize::from(
            i == start
                && toks.get(i).is_some_and(|t| {
                    ["state", "local", "national", "public", "official"]
                        .iter()
                        .any(|w| t.is(w))
                }),
        );
        if i > start || lead > 0 {
            let outlet_noun = |t: &Tok<'_>| {
                t.is_lower() && (t.has(Cue::PUBLICATION_NOUN) || t.is("news") || t.is("state"))
            };
            let nouns = toks[i + lead..]
                .iter()
                .take(3)
                .take_while(|t| outlet_noun(t))
                .count();
            if nouns > 0 && toks[i + lead - 1].is_word() {
                i += lead + nouns;
                let named = toks.get(i).is_some_and(|t| {
                    t.is_word()
                        && t.depth == 0
                        && (t.text.len() >= 2 && t.text.bytes().all(|b| b.is_ascii_uppercase())
                            || t.is_capitalized() && !t.text.starts_with(char::is_uppercase))
                });
                if named {
                    i += 1;
                }
            }
        }
        if i > start && toks[i - 1].is_word() && !toks[i - 1].is("the") {
            // The name's initials in parentheses: `told the Associated Press (AP), “…”`.
            if toks.get(i).is_some_and(|t| t.is_punct('('))
                && toks.get(i + 1).is_some_and(|t| {
                    t.is_word()
                        && t.text.len() >= 2
                        && t.text.bytes().all(|b| b.is_ascii_uppercase())
                })
                && toks.get(i + 2).is_some_and(|t| t.is_punct(')'))
            {
                i += 3;
            }
            return (i, Some((start, i)));
        }
    }
    (at, None)
}

/// `S expressed concern (to R, …) that Q`: the attitude noun phrase at tokens `[c, c + k)` is
/// the cue.
pub(crate) fn expressed(sent: &Sent<'_, '_>, c: usize, k: usize, out: &mut Vec<Cand>) -> bool {
    let toks = sent.toks;
    let n = toks.len();
    let subject = source::before(toks, 0, c).or_else(|| {
        let conj = c
            .checked_sub(1)
            .filter(|&j| toks[j].is("and") || toks[j].is("but"))?;
        source::clause_subject(toks, conj)
    });
    let Some((s_start, s_end)) = subject else {
        return false;
    };
    // The content opens with `that`, `about` or `over`, after an optional recipient
    // (`to the British, who were to host the talks,`).
    let Some(at) = (c + k..n.min(c + k + 16)).find(|&j| {
        toks[j].depth == 0 && (toks[j].is("that") || toks[j].is("about") || toks[j].is("over"))
    }) else {
        return false;
    };
    let recipient = (at > c + k + 1 && toks[c + k].is("to")).then(|| {
        let mut end = c + k + 1;
        while end < at && toks[end].is_word() {
            end += 1;
        }
        (c + k + 1, end)
    });
    let Some(content) = sent.content_after(at) else {
        return false;
    };
    let content = sent.within_relative(s_start, at, content);
    out.push(Cand {
        source: Some(sent.span(s_start, s_end)),
        content: Some(content),
        recipient: recipient
            .filter(|r| r.1 > r.0)
            .map(|(a, b)| sent.span(a, b)),
        ..Cand::new(kind_of(sent, Some(content)), sent.span(c, c + k))
    });
    true
}

/// `Trump issued the following statement: "Q"`, `The campaign released a statement: "Q"`: a
/// verb of issuing, a medium noun right before the colon, and the source before the verb. The
/// verb is the cue and the noun phrase the medium.
fn statement_colon(sent: &Sent<'_, '_>, c: usize, out: &mut Vec<Cand>) -> bool {
    let toks = sent.toks;
    let issued = |t: &Tok<'_>| {
        matches!(
            lw(t, &mut [0; 32]),
            "issued" | "released" | "posted" | "tweeted" | "sent" | "put" | "wrote" | "published"
        )
    };
    if c < 3 || !toks[c - 1].is_word() || !lexicon::is_medium_noun(lw(&toks[c - 1], &mut [0; 32])) {
        return false;
    }
    let Some(v) = (c.saturating_sub(5)..c - 1)
        .rev()
        .find(|&k| toks[k].depth == 0 && issued(&toks[k]))
    else {
        return false;
    };
    // Between the verb and the noun: `the following`, `a brief`, `out a` — no other verb.
    if toks[v + 1..c - 1]
        .iter()
        .any(|t| !t.is_word() || t.verb().is_some())
    {
        return false;
    }
    let Some((a, b)) = source::before(toks, 0, v) else {
        return false;
    };
    let Some(content) = colon_content(sent, c) else {
        return false;
    };
    out.push(Cand {
        source: Some(sent.span(a, b)),
        content: Some(content),
        medium: Some(sent.span(v + 1, c)),
        anonymity: adjunct::anonymity(toks, a, v).map(|(x, y)| sent.span(x, y)),
        ..Cand::new(kind_of(sent, Some(content)), toks[v].span())
    });
    true
}

/// `In a new Fox News poll released Thursday, Trump has 45 percent.`: a sentence that opens with
/// `In` and a poll, a survey or a study before its first comma reports what the poll found.
/// The poll is the source, `In` the cue and the clause after the comma the content (a cue of
/// its own inside, `75 percent said …`, nests in it).
pub(crate) fn in_poll(sent: &Sent<'_, '_>, out: &mut Vec<Cand>) -> bool {
    let toks = sent.toks;
    let Some(comma) = toks
        .iter()
        .take(16)
        .position(|t| t.is_punct(',') && t.depth == 0)
    else {
        return false;
    };
    let phrase = &toks[1..comma];
    // The source ends at the poll's noun: `released Thursday` after it would make the phrase
    // look like a titled name.
    // The poll heads its phrase: the comma or a participle or preposition follows it (not
    // `In a memo released as polls closed`, `In another study they wrote`).
    let Some(poll) = (0..phrase.len()).rev().find(|&k| {
        let t = &phrase[k];
        t.depth == 0
            && matches!(
                lw(t, &mut [0; 32]),
                "poll" | "polls" | "survey" | "surveys" | "study"
            )
            && phrase.get(k + 1).is_none_or(|n| {
                matches!(
                    lw(n, &mut [0; 32]),
                    "released"
                        | "conducted"
                        | "published"
                        | "taken"
                        | "carried"
                        | "of"
                        | "by"
                        | "from"
                        | "for"
                        | "in"
                        | "on"
                        | "last"
                        | "this"
                )
            })
    }) else {
        return false;
    };
    if phrase
        .iter()
        .any(|t| t.verb().is_some_and(|v| v.form != Form::Past))
    {
        return false;
    }
    // A clause, not a word or two: `In the polls, anyway.`
    let Some(content) = sent
        .content_after(comma + 1)
        .filter(|_| toks[comma + 1..].iter().filter(|t| t.is_word()).count() >= 3)
    else {
        return false;
    };
    out.push(Cand {
        source: Some(sent.span(1, poll + 2)),
        content: Some(content),
        ..Cand::new(
            match kind_of(sent, Some(content)) {
                AttributionKind::Indirect => AttributionKind::Citation,
                k => k,
            },
            sent.span(0, 1),
        )
    });
    true
}

/// `As S put it, Q.` / `Q, as S put it.` / `S put it bluntly: Q` at token `c` (`put`, with
/// `it` after it): the cue is `put it`, which may take its listeners (`as one trader put it to
/// me`) and a manner (`put it bluntly`, `put it this way`). Without `as` before the source,
/// only a colon after the phrase makes it a cue (`put it in the bank` is no report).
pub(crate) fn put_it(sent: &Sent<'_, '_>, c: usize, out: &mut Vec<Cand>) -> bool {
    let toks = sent.toks;
    let n = toks.len();
    if !toks.get(c + 1).is_some_and(|t| t.is("it")) || c == 0 {
        return false;
    }
    let cue = sent.span(c, c + 2);
    // After `it`: `to` and the listeners, or a manner of a few words, up to a comma, a colon
    // or the sentence's end.
    let mut j = c + 2;
    let mut recipient = None;
    if toks.get(j).is_some_and(|t| t.is("to")) {
        let r = j + 1;
        j = r;
        while j < n && toks[j].is_word() && toks[j].depth == 0 && j - r < 6 {
            j += 1;
        }
        recipient = (j > r).then(|| sent.span(r, j));
    } else {
        while j < n && j - c < 6 && toks[j].is_word() && toks[j].depth == 0 {
            j += 1;
        }
    }
    let ends = |k: usize| {
        k >= n
            || toks[k].is_punct(',')
            || toks[k].is_punct(':')
            || toks[k..]
                .iter()
                .all(|t| matches!(t.kind, Kind::Punct(_) | Kind::Close(_)))
    };
    if !ends(j) {
        return false;
    }
    // `as` opens the source, a few words before the cue, with no comma between.
    let as_at = (c.saturating_sub(8)..c)
        .rev()
        .find(|&k| toks[k].is("as") && toks[k + 1..c].iter().all(|t| t.is_word() && t.depth == 0));
    let (source, content) = match as_at {
        Some(a) if a + 1 < c => {
            // (A conjunction or a list's bullet may open the sentence: `But as the minister put
            // it, …`, `~ As Vulture put it, …`.)
            let leading = toks[..a].iter().all(|t| {
                matches!(t.kind, Kind::Punct(_))
                    || ["but", "and", "yet", "so", "still", "or"]
                        .iter()
                        .any(|w| t.is(w))
            });
            let content = if leading {
                if !(j < n && (toks[j].is_punct(',') || toks[j].is_punct(':'))) {
                    return false;
                }
                sent.content_after(j + 1)
            } else {
                // `Q, as S put it.`, `The deal, as Smith put it, is dead.`
                let mut end = a;
                if end > 0 && toks[end - 1].is_punct(',') {
                    end -= 1;
                }
                let before = (end > 0).then(|| sent.lead(end));
                match (before, continuation(sent, j)) {
                    (Some(x), Some(y)) => Some(x.cover(y)),
                    (x, _) => x,
                }
            };
            (sent.span(a + 1, c), content)
        }
        _ => {
            // `S put it bluntly: Q`.
            if !(j < n && toks[j].is_punct(':')) {
                return false;
            }
            let Some((s, e)) = source::before(toks, 0, c) else {
                return false;
            };
            (sent.span(s, e), sent.content_after(j + 1))
        }
    };
    let Some(content) = content else {
        return false;
    };
    out.push(Cand {
        source: Some(source),
        content: Some(content),
        recipient,
        ..Cand::new(kind_of(sent, Some(content)), cue)
    });
    true
}

/// `According to S, Q.` / `Q, according to S.` at token `c` (`according`), `k` tokens long.
pub(crate) fn according_to(sent: &Sent<'_, '_>, c: usize, k: usize, out: &mut Vec<Cand>) -> bool {
    let toks = sent.toks;
    let n = toks.len();
    let cue = sent.span(c, c + k);
    let Some((a, b)) = source::after_with(toks, c + k, n, true) else {
        return false;
    };
    let anonymity = adjunct::anonymity(toks, a, n);
    let src = Some(sent.span(a, b));
    // Leading: content after the comma that closes the source.
    // (A conjunction alone may open the sentence: `But, according to a second source, …`.)
    let leading = c == 0
        || toks[..c]
            .iter()
            .all(|t| t.is_word() && t.is_lower() || t.is_punct(','))
        || c <= 2
            && ["but", "and", "yet", "so", "however", "still"]
                .iter()
                .any(|w| toks[0].is(w))
            && (c == 1 || toks[1].is_punct(','));
    let content = if leading {
        // The comma (or colon: `According to HuffPo: “…”`) may come after a long source:
        // `According to State Department cables at the time that were later released by
        // WikiLeaks, …`.
        // Not a comma inside a number (`20,000`).
        let closes = |j: usize| {
            let t = &toks[j];
            let in_number = j > 0
                && toks[j - 1].end() == t.start()
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.start() == t.end() && n.text.as_bytes()[0].is_ascii_digit());
            t.depth == 0 && (t.is_punct(',') && !in_number || t.is_punct(':'))
        };
        let mut j = b;
        while j < n && !closes(j) && j - b < 20 {
            j += 1;
        }
        // A relative clause of the source's between commas: `, who also declined to be
        // identified,`.
        if j + 1 < n && (toks[j + 1].is("who") || toks[j + 1].is("which")) {
            if let Some(k) = (j + 2..n.min(j + 22)).find(|&k| closes(k)) {
                j = k;
            }
        }
        if j < n && closes(j) {
            sent.content_after(j + 1)
        } else {
            None
        }
    } else {
        let mut end = c;
        if end > 0 && (toks[end - 1].is_punct(',') || toks[end - 1].is_punct('—')) {
            end -= 1;
        }
        // Trailing or parenthetical: the clause before, and after a closing comma what goes on
        // with it (not `, who spoke on the condition of anonymity`).
        let start = 0;
        let before = (end > start).then(|| sent.span(start, end));
        let after_src = continuation(sent, b);
        match (before, after_src) {
            (Some(x), Some(y)) => Some(x.cover(y)),
            (x, _) => x,
        }
    };
    if content.is_none() {
        return false;
    }
    let kind = match kind_of(sent, content) {
        AttributionKind::Indirect => AttributionKind::Citation,
        k => k,
    };
    out.push(Cand {
        source: src,
        content,
        anonymity: anonymity.map(|(x, y)| sent.span(x, y)),
        ..Cand::new(kind, cue)
    });
    true
}

/// `S, citing T, reported Q` / `X reports with reference to Y`: a citation of T, nested in the
/// attribution of the cue before it or after it in the same sentence.
pub(crate) fn citation(sent: &Sent<'_, '_>, c: usize, k: usize, out: &[Cand]) -> Option<Cand> {
    let toks = sent.toks;
    let n = toks.len();
    let (a, b) = source::after(toks, c + k, n)?;
    let cue = sent.span(c, c + k);
    // The attribution it belongs to: the nearest verb cue in the sentence.
    let host = out
        .iter()
        .filter(|h| h.cue.start >= sent.span.start && h.cue.end <= sent.span.end)
        .min_by_key(|h| h.cue.start.abs_diff(cue.start));
    let anonymity = adjunct::anonymity(toks, a, n);
    Some(Cand {
        source: Some(sent.span(a, b)),
        content: host.and_then(|h| h.content),
        anonymity: anonymity.map(|(x, y)| sent.span(x, y)),
        parent_cue: host.map(|h| h.cue),
        ..Cand::new(AttributionKind::Citation, cue)
    })
}

/// A section label in title case (`NOTE` -> `Note`), to compare with the label list.
fn label_word(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

/// `S: "Q"` or `Pat Caddell: Democrat voters worried…` — a short name, a colon, content.
pub(crate) fn colon(sent: &Sent<'_, '_>, c: usize, out: &mut Vec<Cand>) -> bool {
    let toks = sent.toks;
    if statement_colon(sent, c, out) {
        return true;
    }
    // `… are problematic - Pew Research: "All the samples …"`: a name after a dash, a colon,
    // and a quote, as round-ups of others' words run.
    if c >= 2
        && toks
            .get(c + 1)
            .is_some_and(|t| matches!(t.kind, Kind::Open(_)))
    {
        let dash = (c.saturating_sub(6)..c - 1)
            .rev()
            .find(|&d| toks[d].is_punct('-') || toks[d].is_punct('—') || toks[d].is_punct('–'));
        if let Some(d) = dash {
            let name = &toks[d + 1..c];
            let named = name.first().is_some_and(Tok::is_capitalized)
                && name.last().is_some_and(Tok::is_capitalized)
                && name
                    .iter()
                    .all(|t| t.is_word() && (t.is_capitalized() || t.is("and")));
            let quote = sent.quote_starting(toks[c + 1].start());
            if let (true, Some(q)) = (named, quote) {
                out.push(Cand {
                    source: Some(sent.span(d + 1, c)),
                    content: Some(q),
                    ..Cand::new(AttributionKind::Direct, toks[c].span())
                });
                return true;
            }
        }
    }
    if c == 0 || c > 5 {
        return false;
    }
    if !toks[..c]
        .iter()
        .all(|t| t.is_capitalized() || t.is_word() && t.is("the"))
        || !toks[c - 1].is_capitalized()
    {
        return false;
    }
    // `Said Comey: "…"`: the verb's own attribution (its source the name after it).
    if toks[0]
        .verb()
        .is_some_and(|v| v.class == VerbClass::Speech && v.inverts)
    {
        return false;
    }
    // Section labels are not sources.
    if matches!(
        label_word(toks[c - 1].text).as_str(),
        "Details"
            | "Context"
            | "Recall"
            | "Update"
            | "Note"
            | "Editor"
            | "Photo"
            | "Video"
            | "Read"
            | "Watch"
            | "Source"
            | "Sources"
            | "Related"
            | "Background"
            | "Correction"
            | "Corrections"
            | "Clarification"
            | "Updated"
            | "Latest"
            | "Developing"
            | "Breaking"
            | "Exclusive"
            | "Live"
            | "Analysis"
            | "Opinion"
            | "Editorial"
            | "Commentary"
            | "Explainer"
            | "Factbox"
            | "Check"
            | "Transcript"
            | "Timeline"
            | "Summary"
            | "Highlights"
            | "Recap"
            // Clickbait kickers: `Bombshell: …`, `WOW: …`, `Just Leaked: …`.
            | "Bombshell"
            | "Look"
            | "Wow"
            | "Boom"
            | "Revealed"
            | "Leaked"
            | "Busted"
            | "Shocking"
            | "Confirmed"
            | "Yikes"
            | "Alert"
            | "Name"
            | "Week"
            | "Q"
            | "A"
    ) {
        return false;
    }
    // A place is a dateline's or a headline's topic, no speaker: `New Delhi: The monsoon …`,
    // `Kenya: Protesters clash with police`.
    let label = sent.span(0, c);
    if whosaid_core::is_place_name(&sent.prose[label.start..label.end]) {
        return false;
    }
    let Some(content) = colon_content(sent, c) else {
        return false;
    };
    out.push(Cand {
        source: Some(sent.span(0, c)),
        content: Some(content),
        ..Cand::new(kind_of(sent, Some(content)), toks[c].span())
    });
    true
}

/// What follows the colon at token `c`, when it holds three words or more; or the quote that
/// the next paragraph is, when the colon ends its paragraph.
fn colon_content(sent: &Sent<'_, '_>, c: usize) -> Option<Span> {
    if c + 1 == sent.toks.len() {
        return sent.quote_in_next_paragraph();
    }
    let content = sent.content_after(c + 1)?;
    (sent.toks[c + 1..].iter().filter(|t| t.is_word()).count() >= 3).then_some(content)
}

/// True when the quote at `quote` in `prose` reads as a title ([`is_title`]), or is one
/// capitalised word after `on`, `in` or a possessive: a show (`on Fox News Channel’s
/// “Hannity,” Newt Gingrich said if …`).
fn is_title_at(prose: &str, quote: Span) -> bool {
    let text = &prose[quote.start..quote.end];
    if is_title(text) {
        return true;
    }
    let inner = text.trim_matches(|c: char| !c.is_alphanumeric());
    let one_name = !inner.is_empty()
        && inner.chars().all(char::is_alphanumeric)
        && inner.chars().next().is_some_and(char::is_uppercase);
    let before = prose[..quote.start].trim_end();
    one_name
        && (before.ends_with("’s")
            || before.ends_with("'s")
            || [" on", " in"].iter().any(|w| {
                before.len() >= w.len()
                    && before.is_char_boundary(before.len() - w.len())
                    && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
            }))
}

/// True when a quote (marks included) reads as a title: two to six words, each capitalised
/// but for short function words, no sentence punctuation inside (`"CBS This Morning,"`, `"Face
/// the Nation"`).
fn is_title(quote: &str) -> bool {
    let inner = quote.trim_matches(|c: char| !c.is_alphanumeric());
    if inner.contains(['.', '!', '?', ',', ';', ':']) {
        return false;
    }
    let mut words = 0;
    for (i, w) in inner.split_whitespace().enumerate() {
        words += 1;
        let first = w
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
        let function = i > 0
            && matches!(
                w,
                "the" | "of" | "and" | "a" | "an" | "in" | "on" | "for" | "to"
            );
        if words > 6 || !(first || function) {
            return false;
        }
    }
    words >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reportedly_is_found_as_a_word_not_in_capitals() {
        let text = "Reportedly, it will close. unreportedly reportedlyx REPORTEDLY reportedly.";
        let at = reportedly_at(text);
        let words: Vec<&str> = at.iter().map(|&k| &text[k..k + 10]).collect();
        assert_eq!(words, ["Reportedly", "reportedly"]);
        assert_eq!(at, [0, text.len() - "reportedly.".len()]);
    }
}
