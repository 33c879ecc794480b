//! Multi-word cues and the adjuncts around cues, as nom rules over tokens.

use crate::lexicon;
use crate::tokens::{punct, tok, word, Kind, PResult, Tok, Toks};
use nom::branch::alt;
use nom::combinator::{opt, value};
use nom::multi::fold_many_m_n;
use nom::sequence::{pair, preceded};
use nom::Parser;

fn lower_is(t: &Tok<'_>, f: fn(&str) -> bool) -> bool {
    let mut buf = [0; 32];
    t.is_word() && t.lower(&mut buf).is_some_and(f)
}

/// `min` to `max` matches of `p`, as nom's `many_m_n`, keeping none of them: the rules here only
/// count tokens, and `many_m_n` would fill a vector (an allocation) at every try.
fn repeat<'t, 'a: 't, P>(
    min: usize,
    max: usize,
    p: P,
) -> impl Parser<Toks<'t, 'a>, Output = (), Error = nom::error::Error<Toks<'t, 'a>>>
where
    P: Parser<Toks<'t, 'a>, Error = nom::error::Error<Toks<'t, 'a>>>,
{
    fold_many_m_n(min, max, p, || (), |(), _| ())
}

/// Consumed token count of a successful parse.
fn used(before: Toks<'_, '_>, after: Toks<'_, '_>) -> usize {
    before.0.len() - after.0.len()
}

/// `according to`
pub(crate) fn according_to<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, usize> {
    let (rest, _) = (word("according"), word("to")).parse(i)?;
    Ok((rest, used(i, rest)))
}

/// `with reference to` | `with a reference to` | `citing` | `quoting`. Not `in reference to`,
/// which names a topic, not a source: `said on Twitter, in reference to her first child, that`.
pub(crate) fn citing<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, usize> {
    let (rest, _) = alt((
        (word("with"), opt(word("a")), word("reference"), word("to")).map(|_| ()),
        word("citing").map(|_| ()),
        (word("quoting")).map(|_| ()),
    ))
    .parse(i)?;
    Ok((rest, used(i, rest)))
}

/// `expressed concern`, `voiced hope`, `expressed his deep regret`: a noun of attitude that
/// reports what someone said or thinks.
pub(crate) fn expressed_noun<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, usize> {
    let (rest, _) = (
        alt((
            word("expressed"),
            word("voiced"),
            word("expresses"),
            word("voices"),
        )),
        opt(alt((
            word("his"),
            word("her"),
            word("their"),
            word("its"),
            word("some"),
            word("deep"),
            word("grave"),
            word("serious"),
            word("strong"),
            word("cautious"),
        ))),
        tok(|t: &Tok<'_>| {
            lower_is(t, |w| {
                matches!(
                    w,
                    "concern"
                        | "concerns"
                        | "hope"
                        | "hopes"
                        | "doubt"
                        | "doubts"
                        | "confidence"
                        | "frustration"
                        | "regret"
                        | "optimism"
                        | "skepticism"
                        | "scepticism"
                        | "fear"
                        | "fears"
                        | "worry"
                        | "worries"
                        | "belief"
                        | "disappointment"
                        | "surprise"
                        | "support"
                        | "opposition"
                        | "satisfaction"
                        | "dismay"
                        | "anger"
                        | "alarm"
                )
            })
        }),
    )
        .parse(i)?;
    Ok((rest, used(i, rest)))
}

/// `(was|were|is|are|has been) quoted as saying`
pub(crate) fn quoted_as_saying<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, usize> {
    let (rest, _) = (
        word("quoted"),
        word("as"),
        alt((word("saying"), word("telling"))),
    )
        .parse(i)?;
    Ok((rest, used(i, rest)))
}

/// `as saying`, `as telling`, `as stating` after the reporter of `quoted by … as saying`.
pub(crate) fn as_saying<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, usize> {
    let (rest, _) = (
        word("as"),
        alt((word("saying"), word("telling"), word("stating"))),
    )
        .parse(i)?;
    Ok((rest, used(i, rest)))
}

/// A medium after a cue: `on Twitter`, `in a statement`, `in an interview with CNN`,
/// `on his Telegram channel`, `in a post on X`. Returns the number of tokens.
pub(crate) fn medium<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, usize> {
    let (rest, _) = preceded(
        alt((
            word("on"),
            word("in"),
            word("at"),
            word("via"),
            word("through"),
        )),
        repeat(
            0,
            4,
            tok(|t: &Tok<'_>| {
                t.is_word()
                    && !lower_is(t, lexicon::is_medium_noun)
                    && !lower_is(t, |w| matches!(w, "that" | "and"))
            }),
        ),
    )
    .parse(i)?;
    // A time right after the preposition is the time, and what follows the object: `announced
    // on Monday the DOJ lawsuit` (not `in its April report`).
    if i.0
        .get(1)
        .is_some_and(|t| lower_is(t, |w| lexicon::is_time_word(w) || lexicon::is_month(w)))
    {
        return reject(i);
    }
    // The phrase must end on a medium noun (or two: `Truth Social`), possibly followed by
    // `with|to NP` (`with CNN`).
    let (rest, _) = repeat(
        1,
        2,
        tok(|t: &Tok<'_>| lower_is(t, lexicon::is_medium_noun)),
    )
    .parse(rest)?;
    // `in a call for unity`: a demand, no telephone call. `in a public opinion poll`: a poll.
    if rest.0.first().is_some_and(|t| t.is("for")) && i.0[used(i, rest) - 1].is("call")
        || i.0[used(i, rest) - 1].is("opinion")
            && rest.0.first().is_some_and(|t| {
                ["poll", "polls", "survey", "surveys"]
                    .iter()
                    .any(|w| t.is(w))
            })
    {
        return reject(i);
    }
    // What the medium is about or for, or who carried it, up to a `that`, a comma or the
    // sentence's end: `in its annual report on Indonesia's agriculture.`, `in a statement on the
    // merger that …`, `in its outlook for 1987 that …`, `in a statement carried by state news
    // agency RIA that …`, `in a video posted on Telegram`. Taken only when it reaches one of
    // them, so that the content after a medium is never cut into.
    let mut about = pair(
        alt((
            value(
                (),
                alt((word("for"), word("on"), word("of"), word("about"))),
            ),
            value(
                (),
                pair(
                    alt((
                        word("carried"),
                        word("issued"),
                        word("released"),
                        word("published"),
                        word("posted"),
                        word("broadcast"),
                        word("distributed"),
                        word("aired"),
                        word("filed"),
                        word("lodged"),
                    )),
                    alt((word("by"), word("on"), word("in"), word("with"))),
                ),
            ),
        )),
        repeat(
            1,
            6,
            // No clause: no verb of the cue table, auxiliary or pronoun (`on X there were
            // growing signs that …` is the content's start, not the medium's).
            tok(|t: &Tok<'_>| {
                t.is_word()
                    && t.verb().is_none()
                    && !t.has(lexicon::Cue::PRONOUN)
                    && !lower_is(t, |w| {
                        matches!(w, "that" | "and" | "there") || lexicon::is_auxiliary(w)
                    })
            }),
        ),
    );
    if let Ok((after, _)) = about.parse(rest) {
        let ends = after
            .0
            .first()
            .is_none_or(|t| t.is("that") || matches!(t.kind, Kind::Punct(',' | '.' | ';')));
        if ends {
            return Ok((after, used(i, after)));
        }
    }
    let (rest, _) = opt(pair(
        alt((word("with"), word("to"), word("on"))),
        repeat(
            1,
            5,
            tok(|t: &Tok<'_>| {
                // `to top State officials`: a source noun ends the phrase's people.
                t.is_word()
                    && (t.is_capitalized()
                        || lower_is(t, lexicon::is_determiner)
                        || lower_is(t, lexicon::is_medium_noun)
                        || t.has(lexicon::Cue::SOURCE_NOUN))
            }),
        ),
    ))
    .parse(rest)?;
    // A name goes on over its small words between capitals (`with the Securities and
    // Exchange Commission`, `to the Bank of England`).
    let mut rest = rest;
    while used(i, rest) > 0 && joins_capitals(i.0, used(i, rest)) {
        let k = 1 + rest.0[1..]
            .iter()
            .take_while(|t| t.is_word() && t.is_capitalized() && t.depth == 0)
            .count();
        rest = Toks(&rest.0[k..]);
    }
    // `in a report published on Wednesday that …`: the participle of its publication, when
    // what follows it is an adjunct of time or place or the content's `that` (`issued by the
    // French state car group the agreement was …` is left as it was: no adjunct reads it).
    let publication = rest.0.first().is_some_and(|t| {
        lower_is(t, |w| {
            matches!(
                w,
                "published"
                    | "released"
                    | "issued"
                    | "posted"
                    | "dated"
                    | "aired"
                    | "broadcast"
                    | "televised"
                    | "recorded"
            )
        })
    });
    let adjunct_after = |k: usize| match rest.0.get(k) {
        None => true,
        Some(t) => {
            matches!(t.kind, Kind::Punct(_))
                || t.is("that")
                || t.is("on")
                || t.is("here")
                || lower_is(t, lexicon::is_time_word)
                || t.is_capitalized() && lower_is(t, lexicon::is_month)
                || t.is("in") && rest.0.get(k + 1).is_some_and(Tok::is_capitalized)
        }
    };
    let rest = if publication && adjunct_after(1) {
        Toks(&rest.0[1..])
    } else {
        rest
    };
    Ok((rest, used(i, rest)))
}

/// A time adjunct after a cue: `on Tuesday`, `late Tuesday`, `this week`, `earlier`; and the
/// wire's `here` (`said here today`, `told reporters here`: where the dateline is).
pub(crate) fn time<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, usize> {
    let (rest, _) = pair(
        opt(word("on")),
        repeat(
            1,
            3,
            tok(|t: &Tok<'_>| lower_is(t, lexicon::is_time_word) || t.is("here")),
        ),
    )
    .parse(i)?;
    // `said here is the plan`: `here` opens the content.
    let n = used(i, rest);
    // `this`, `last`, `next` alone are a determiner of the content's subject: `said this was
    // a mistake`, `said this serious shortfall has led to …` (`said this week` is a time).
    // (`last October`, `next Tuesday`: with the month or the day.)
    if ["this", "last", "next"].iter().any(|w| i.0[n - 1].is(w)) {
        // (Or a season, a quarter, a month in lowercase: `announced last fall`, `expected
        // last quarter`, `under a new plan announced last december`.)
        let named = rest.0.first().is_some_and(|t| {
            t.is_capitalized() && whosaid_core::is_month_or_weekday(t.text)
                || lower_is(t, |w| {
                    lexicon::is_month(w)
                        || matches!(
                            w,
                            "quarter"
                                | "fall"
                                | "spring"
                                | "summer"
                                | "winter"
                                | "autumn"
                                | "season"
                                | "decade"
                                | "term"
                                | "session"
                                | "half"
                        )
                })
        });
        if named {
            return Ok((Toks(&rest.0[1..]), n + 1));
        }
        // Before a mark, a preposition or a conjunction, `this` is the cue's object, passed over:
        // `Politico reports this with reference to three EU diplomats.`
        let object = rest
            .0
            .first()
            .is_none_or(|t| !t.is_word() || lower_is(t, lexicon::follows_an_object));
        if !object {
            return reject(i);
        }
    }
    if i.0[n - 1].is("here")
        && rest
            .0
            .first()
            .is_some_and(|t| lower_is(t, lexicon::is_auxiliary))
    {
        return reject(i);
    }
    Ok((rest, n))
}

/// A date after a cue, by its month: `said December that …`, `announced March 3 it would …`,
/// `said on March 3, 1987, that …`: the month (capitalised, with `on` before it or not) before
/// `that`, or with its day and year. The number of tokens it takes; `None` for a month that
/// starts the content (`said March sales fell`).
pub(crate) fn month_date(toks: &[Tok<'_>]) -> Option<usize> {
    let on = usize::from(toks.first()?.is("on"));
    let month = toks.get(on)?;
    let mut b = [0; 32];
    if !(month.is_capitalized() && month.lower(&mut b).is_some_and(lexicon::is_month)) {
        return None;
    }
    let digits = |t: Option<&Tok<'_>>, len: std::ops::RangeInclusive<usize>| {
        t.is_some_and(|t| len.contains(&t.text.len()) && t.text.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut k = on + 1;
    if digits(toks.get(k), 1..=2) {
        k += 1;
        let mut year = false;
        if toks.get(k).is_some_and(|t| t.is_punct(',')) && digits(toks.get(k + 1), 4..=4) {
            k += 2;
            year = true;
        }
        // A clause after the date, or nothing was said on it: `announced September 12, 1986
        // as the date`, `the initiative announced March 6, the department said`.
        let k = k + usize::from(year && toks.get(k).is_some_and(|t| t.is_punct(',')));
        let clause = toks.get(k).is_some_and(|t| {
            t.is_word()
                && (t.is("that")
                    || t.is_capitalized()
                    || t.has(lexicon::Cue::PRONOUN | lexicon::Cue::DETERMINER))
        });
        // Nor when all that follows is another attribution: `the initiative announced
        // January 5, 1987, the department said.`
        let attribution_follows = toks[k.min(toks.len())..]
            .iter()
            .take(6)
            .position(|t| {
                t.verb()
                    .is_some_and(|v| v.class == lexicon::VerbClass::Speech)
            })
            .is_some_and(|v| toks[k + v + 1..].iter().all(|t| !t.is_word()));
        return (clause && !attribution_follows).then_some(k);
    }
    // The month alone, before `that` or the clause's subject: `said December that …`,
    // `announced September it would …`, `said October the government had …`.
    toks.get(k)
        .is_some_and(|t| {
            ["that", "it", "he", "she", "they", "we", "the"]
                .iter()
                .any(|w| t.is(w))
        })
        .then_some(k)
}

/// The failure of a rule whose words matched but whose context does not.
fn reject<'t, 'a, O>(i: Toks<'t, 'a>) -> PResult<'t, 'a, O> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// `in the early morning hours`, `at the time`, `over the weekend` after a cue: when, not what.
pub(crate) fn time_phrase<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, usize> {
    let (rest, _) = (
        alt((word("in"), word("at"), word("over"), word("during"))),
        opt(word("the")),
        opt(alt((word("early"), word("late")))),
        repeat(
            1,
            2,
            tok(|t: &Tok<'_>| {
                lower_is(t, |w| {
                    matches!(
                        w,
                        "morning"
                            | "afternoon"
                            | "evening"
                            | "night"
                            | "hours"
                            | "time"
                            | "weekend"
                    )
                })
            }),
        ),
    )
        .parse(i)?;
    // `at the time the shelf is issued`: a clause after `the time` makes it a conjunction.
    let n = used(i, rest);
    if i.0[n - 1].is("time")
        && !rest
            .0
            .first()
            .is_some_and(|t| t.is("that") || t.is_punct(',') || matches!(t.kind, Kind::Open(_)))
    {
        return reject(i);
    }
    Ok((rest, n))
}

/// A phrase of place or occasion that runs to `that` or to a comma before a quote: `at an
/// event in Colorado Springs that …`, `on the other hand, “…”`. Up to eight words, none a verb.
pub(crate) fn occasion<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, usize> {
    const MAX_WORDS: usize = 8;
    let toks = i.0;
    if !toks.first().is_some_and(|t| {
        ["at", "in", "on", "during", "after", "before", "outside"]
            .iter()
            .any(|w| t.is(w))
    }) {
        return reject(i);
    }
    let words = toks[1..]
        .iter()
        .take(MAX_WORDS + 1)
        .take_while(|t| {
            t.is_word()
                && t.depth == 0
                && !t.is("that")
                && t.verb().is_none()
                && !t.has(lexicon::Cue::CLAUSE_BOUNDARY)
        })
        .count();
    let end = 1 + words;
    // A `that` before a verb is a relative pronoun: `in a tone that suggested anger`.
    let relative = toks
        .get(end + 1)
        .is_some_and(|t| crate::source::is_finite_verb(t) || lower_is(t, lexicon::is_auxiliary));
    let before_content = toks.get(end).is_some_and(|t| t.is("that")) && !relative
        || toks.get(end).is_some_and(|t| t.is_punct(','))
            && toks
                .get(end + 1)
                .is_some_and(|t| matches!(t.kind, Kind::Open(_)));
    if words == 0 || words > MAX_WORDS || !before_content {
        return reject(i);
    }
    Ok((Toks(&toks[end..]), end))
}

/// `in reference to her first child,`, `in an apparent reference to Brazil,` after a cue: what
/// the words were about, set off by commas, not the content.
pub(crate) fn in_reference_to<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, usize> {
    let (rest, _) = (
        word("in"),
        opt(alt((word("a"), word("an")))),
        repeat(
            0,
            2,
            tok(|t: &Tok<'_>| {
                lower_is(t, |w| {
                    matches!(
                        w,
                        "obvious"
                            | "apparent"
                            | "clear"
                            | "thinly"
                            | "veiled"
                            | "oblique"
                            | "indirect"
                            | "direct"
                            | "pointed"
                            | "implicit"
                            | "explicit"
                            | "possible"
                            | "likely"
                    )
                })
            }),
        ),
        word("reference"),
        word("to"),
        repeat(
            1,
            10,
            tok(|t: &Tok<'_>| t.depth == 0 && t.is_word() && !t.is("that")),
        ),
        punct(','),
    )
        .parse(i)?;
    Ok((rest, used(i, rest)))
}

/// `to applause`, `to loud cheers` after a cue: how the words were met, not whom they were
/// said to.
pub(crate) fn to_reaction<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, usize> {
    let (rest, _) = (
        word("to"),
        opt(tok(|t: &Tok<'_>| {
            lower_is(t, |w| {
                matches!(
                    w,
                    "loud" | "thunderous" | "rousing" | "scattered" | "raucous" | "some" | "more"
                )
            })
        })),
        tok(|t: &Tok<'_>| {
            lower_is(t, |w| {
                matches!(
                    w,
                    "applause" | "cheers" | "cheering" | "laughter" | "boos" | "jeers" | "gasps"
                )
            })
        }),
    )
        .parse(i)?;
    Ok((rest, used(i, rest)))
}

/// `of the senator,` / `of Ms. Merkel:` after a cue: the topic, not the content.
pub(crate) fn said_of<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, usize> {
    let (rest, _) = (
        word("of"),
        repeat(
            1,
            6,
            tok(|t: &Tok<'_>| t.is_word() && t.depth == 0 && !t.is("that")),
        ),
        alt((punct(','), punct(':'))),
    )
        .parse(i)?;
    Ok((rest, used(i, rest)))
}

/// `on (the) condition of anonymity` after a cue: a note on the source, not the content.
pub(crate) fn on_condition_of_anonymity<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, usize> {
    let (rest, _) = (
        opt(word("speaking")),
        word("on"),
        opt(word("the")),
        word("condition"),
        word("of"),
        word("anonymity"),
    )
        .parse(i)?;
    Ok((rest, used(i, rest)))
}

/// `on behalf of the arranger(, its parent)` after a cue: who the source speaks for, not the
/// content. Runs to `that`, a clause's end or a quote.
pub(crate) fn on_behalf_of<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, usize> {
    let (rest, _) = (
        word("on"),
        word("behalf"),
        word("of"),
        repeat(
            1,
            12,
            tok(|t: &Tok<'_>| {
                t.depth == 0 && (t.is_word() && !t.is("that") || t.is_punct(',') || t.is_punct('-'))
            }),
        ),
    )
        .parse(i)?;
    Ok((rest, used(i, rest)))
}

/// A place after a cue, before `that`: `told reporters in Sochi that`, `said in Kyiv that`.
pub(crate) fn place<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, usize> {
    let (rest, _) = (
        alt((word("in"), word("at"), word("aboard"))),
        repeat(1, 3, tok(|t: &Tok<'_>| t.is_capitalized() && t.depth == 0)),
        // `said in Nashua on Monday that`: a time may follow the place; or the clause that
        // is the content, by its article or pronoun (`told a news conference in Oslo the deal
        // was off`).
        nom::combinator::peek(alt((
            word("that").map(|_| ()),
            punct(',').map(|_| ()),
            // Or the clause's end after `in`: `…, the company said in Paris.` (After `at`, a
            // name there is where the source works: `said analysts at Morgan Stanley.`)
            end_of_clause,
            time.map(|_| ()),
            tok(|t: &Tok<'_>| {
                t.is_lower()
                    && [
                        "the", "he", "she", "it", "they", "we", "its", "his", "her", "their",
                    ]
                    .iter()
                    .any(|w| t.is(w))
            })
            .map(|_| ()),
        ))),
    )
        .parse(i)?;
    if !i.0[0].is("in") && end_of_clause(rest).is_ok() {
        return reject(i);
    }
    Ok((rest, used(i, rest)))
}

/// True when the word at `k` joins two capitalised words of one name: `and`, `of`, `on`,
/// `for` or `&` (`the Securities and Exchange Commission`, `the General Agreement on Tariffs
/// and Trade`); not before a day or a month (`told The Washington Post on Tuesday`).
pub(crate) fn joins_capitals(toks: &[Tok<'_>], k: usize) -> bool {
    k > 0
        && toks[k - 1].is_capitalized()
        && toks.get(k).is_some_and(|t| {
            t.text == "&" || t.is_lower() && ["and", "of", "on", "for"].iter().any(|w| t.is(w))
        })
        && toks.get(k + 1).is_some_and(|n| {
            n.is_word()
                && n.depth == 0
                && n.is_capitalized()
                && !whosaid_core::is_month_or_weekday(n.text)
        })
}

/// The end of a clause, consuming nothing: no token left, or a full stop, `;`, `?` or `!`.
fn end_of_clause<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, ()> {
    match i.0.first() {
        None => Ok((i, ())),
        Some(t) if matches!(t.kind, Kind::Punct('.' | ';' | '?' | '!')) => Ok((i, ())),
        Some(_) => reject(i),
    }
}

/// A broadcaster or its program after a cue, before `that` or a comma: `said on CNN that`,
/// `said on ABC's "This Week" that`, `said on Fox News Sunday,`. The capitalised words make an
/// outlet when one of them is an outlet word ([`lexicon::is_outlet_word`]) or an acronym
/// (`CNN`, `MSNBC`); `said on Capitol Hill that` is no medium. Returns the number of tokens.
pub(crate) fn on_outlet<'t, 'a>(i: Toks<'t, 'a>) -> PResult<'t, 'a, usize> {
    let name_word = |t: &Tok<'_>| t.is_word() && t.depth == 0 && t.is_capitalized();
    let (rest, _) = (
        word("on"),
        repeat(1, 4, tok(name_word)),
        // The program's title in quotes: `"This Week"`.
        opt((
            tok(|t: &Tok<'_>| matches!(t.kind, Kind::Open(_))),
            repeat(1, 8, tok(|t: &Tok<'_>| t.depth > 0)),
            tok(|t: &Tok<'_>| matches!(t.kind, Kind::Close(_))),
        )),
        nom::combinator::peek(alt((word("that"), punct(',')))),
    )
        .parse(i)?;
    let n = used(i, rest);
    let outlet = i.0[1..n].iter().filter(|t| t.depth == 0).any(|t| {
        let name = t.text.trim_end_matches("'s").trim_end_matches("’s");
        lexicon::is_outlet_word(name)
            || name.len() >= 2 && name.bytes().all(|b| b.is_ascii_uppercase())
    });
    if !outlet {
        return reject(i);
    }
    Ok((rest, n))
}

/// True when an adjunct of [`skip_adjuncts`] may start at `t`: a comma, a time word, or the first
/// word of a medium, a place, `of …,`, `on condition of anonymity` or `on behalf of`. After most
/// cues none follows, and this one check spares trying every rule.
fn may_start_adjunct(t: &Tok<'_>) -> bool {
    t.is_punct(',')
        || lower_is(t, |w| {
            matches!(
                w,
                "on" | "in"
                    | "at"
                    | "via"
                    | "through"
                    | "of"
                    | "speaking"
                    | "aboard"
                    | "over"
                    | "during"
                    | "after"
                    | "before"
                    | "outside"
                    | "to"
                    | "here"
            ) || lexicon::is_time_word(w)
        })
        || t.is_capitalized() && lower_is(t, lexicon::is_month)
}

/// A time ago, or early or later on, after a cue or its listeners: `told me years ago that`,
/// `said two weeks ago that`, `told her early on that`. The number of tokens it takes.
fn ago(toks: &[Tok<'_>]) -> Option<usize> {
    let first = toks.first()?;
    if matches!(first.text, "early" | "later") && toks.get(1).is_some_and(|t| t.text == "on") {
        // (Not `early on Tuesday`: a day is the time's.)
        let day = toks
            .get(2)
            .is_some_and(|t| t.is_capitalized() || lower_is(t, lexicon::is_time_word));
        return (!day).then_some(2);
    }
    // An amount of at most three words, a unit, `ago`: `years ago`, `a few months ago`.
    // (Compared as written: asked after every cue, this must be cheap.)
    let k = toks
        .iter()
        .take(5)
        .position(|t| t.text == "ago" || t.text == "AGO")?;
    let unit = |t: &Tok<'_>| lower_is(t, lexicon::is_ago_unit);
    let amount = |t: &Tok<'_>| lower_is(t, lexicon::is_ago_amount);
    let ok = k >= 1 && unit(&toks[k - 1]) && toks[..k - 1].iter().all(amount)
        || k == 1 && first.is("long");
    ok.then_some(k + 1)
}

/// Anything that may stand between a cue and its content: media, times, commas.
pub(crate) fn skip_adjuncts(
    toks: &[Tok<'_>],
    mut at: usize,
    end: usize,
) -> (usize, Option<(usize, usize)>) {
    let mut med = None;
    for _ in 0..4 {
        // Adjuncts between dashes, before `that`: `said — on Twitter, as it happens — that
        // Trump raised …`; the medium in them is the cue's.
        if toks[at..end]
            .first()
            .is_some_and(|t| matches!(t.kind, Kind::Punct('—' | '–')))
        {
            let close = (at + 2..end.min(at + 14))
                .find(|&k| toks[k].depth == 0 && matches!(toks[k].kind, Kind::Punct('—' | '–')));
            if let Some(k) = close.filter(|&k| toks.get(k + 1).is_some_and(|t| t.is("that"))) {
                if let Ok((_, n)) = medium(Toks(&toks[at + 1..k])) {
                    med = Some((at + 1, at + 1 + n));
                }
                at = k + 1;
                continue;
            }
        }
        if let Some(n) = ago(&toks[at..end]) {
            at += n;
            continue;
        }
        if !toks[at..end].first().is_some_and(may_start_adjunct) {
            break;
        }
        let input = Toks(&toks[at..end]);
        if let Ok((_, n)) = medium(input) {
            med = Some((at, at + n));
            at += n;
        } else if let Ok((_, n)) = time(input) {
            at += n;
        } else if let Some(n) = month_date(&toks[at..end]) {
            at += n;
        } else if let Ok((_, n)) = time_phrase(input) {
            at += n;
        } else if let Ok((_, n)) = said_of(input) {
            at += n;
        } else if let Ok((_, n)) = on_condition_of_anonymity(input) {
            at += n;
        } else if let Ok((_, n)) = on_behalf_of(input) {
            at += n;
        } else if let Ok((_, n)) = place(input) {
            at += n;
        } else if let Ok((_, n)) = on_outlet(input) {
            med = Some((at, at + n));
            at += n;
        } else if let Ok((_, n)) = occasion(input) {
            at += n;
        } else if let Ok((_, n)) = to_reaction(input) {
            at += n;
        } else if let Ok((_, n)) = in_reference_to(input) {
            at += n;
        } else if punct(',').parse(input).is_ok() {
            // A comma before more adjuncts only.
            let next = Toks(&toks[(at + 1).min(end)..end]);
            if medium(next).is_ok() || time(next).is_ok() || in_reference_to(next).is_ok() {
                at += 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    (at, med)
}

/// Searches `toks[from..to]` for an anonymity note; returns its token range. The markers are
/// matched only at the words that start one (the token's [`lexicon::Cue::ANONYMITY`] bit): nearly no
/// token does, and this runs over the rest of the sentence at every attribution.
pub(crate) fn anonymity(toks: &[Tok<'_>], from: usize, to: usize) -> Option<(usize, usize)> {
    for i in from..to {
        if !toks[i]
            .cue()
            .is_some_and(|c| c.has(lexicon::Cue::ANONYMITY))
        {
            continue;
        }
        for marker in lexicon::ANONYMITY_MARKERS {
            if i + marker.len() <= to && marker.iter().zip(&toks[i..]).all(|(m, t)| t.is(m)) {
                // Extend `familiar with the situation` to the end of its noun phrase.
                let mut end = i + marker.len();
                if matches!(
                    marker.last(),
                    Some(&"with") | Some(&"to") | Some(&"on") | Some(&"about") | Some(&"of")
                ) {
                    // (Not over a relative clause: `briefed on the plans [who asked not …]`,
                    // nor the cue and its auxiliary: `close to the talks [have told ESPN]`,
                    // `close to the Fed [say]`; a noun that is also a verb is the phrase's:
                    // `briefed on the call`, `familiar with her thinking`.)
                    let verb = |k: usize| {
                        let t = &toks[k];
                        lexicon::is_auxiliary(t.lower(&mut [0; 32]).unwrap_or(""))
                            || t.verb().is_some_and(|v| {
                                let prev = &toks[k - 1];
                                v.form == lexicon::Form::Past
                                    || prev.is_capitalized()
                                        && !prev.text.ends_with("'s")
                                        && !prev.text.ends_with("\u{2019}s")
                            })
                    };
                    while end < to
                        && end - i < marker.len() + 5
                        && toks[end].is_word()
                        && !verb(end)
                        && !["said", "says", "who", "which", "that", "because"]
                            .iter()
                            .any(|w| toks[end].is(w))
                    {
                        end += 1;
                    }
                } else if marker.first() == Some(&"not") {
                    while end < to && end - i < marker.len() + 6 && toks[end].is_word() {
                        end += 1;
                    }
                }
                // The relative pronoun of the note is the note's: `who asked not to be named`.
                let start = if i > from
                    && toks[i - 1].is("who")
                    && matches!(marker[0], "asked" | "declined" | "requested" | "did")
                {
                    i - 1
                } else {
                    i
                };
                return Some((start, end));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::{tokenize, Quoting};
    use whosaid_core::Span;

    /// The tokens of `text`, cut as one sentence with no quotes around it.
    fn tokens(text: &str) -> Vec<crate::tokens::Tok<'_>> {
        let mut toks = Vec::new();
        tokenize(
            text,
            Span::new(0, text.len()),
            &mut Quoting::none(),
            &mut toks,
            &mut Vec::new(),
        );
        toks
    }

    /// The first words of the multi-word cues in the lexicon agree with the rules: a rule that
    /// matches at a token always finds its first word there.
    #[test]
    fn start_words_gate_the_cue_rules() {
        let text = "According to AP, WITH reference to TASS, with a Reference to Kyiv, in \
                    reference to it (no citation), Citing sources and QUOTING them, he Expressed deep concern, \
                    voiced hope, Expresses his Doubts, VOICES some fear. according To with in \
                    accordance expressed voiced voices hope citing; “Quoting” Kyiv’s, in a reference to";
        let toks = tokens(text);
        type Rule = for<'t, 'a> fn(Toks<'t, 'a>) -> PResult<'t, 'a, usize>;
        type Gate = fn(&lexicon::Cue) -> bool;
        let rules: [(Rule, Gate, usize); 3] = [
            (according_to, |c| c.has(lexicon::Cue::ACCORDING_TO), 2),
            (citing, |c| c.has(lexicon::Cue::CITING), 6),
            (expressed_noun, |c| c.has(lexicon::Cue::EXPRESSED_NOUN), 5),
        ];
        for (rule, gate, matches) in rules {
            let mut found = 0;
            for i in 0..toks.len() {
                let t = &toks[i];
                let gated = t.is_word() && lexicon::cue(t.text).as_ref().is_some_and(gate);
                if rule(Toks(&toks[i..])).is_ok() {
                    assert!(gated, "rule matches at {:?} but its gate says no", t.text);
                    found += 1;
                }
            }
            assert_eq!(found, matches);
        }
    }

    /// The first words of the anonymity markers agree with the markers: a marker matches only at
    /// a token whose lexicon entry says it may start one, and only those tokens say so.
    #[test]
    fn start_words_gate_the_anonymity_markers() {
        let text = "On condition of anonymity, ON THE Condition of anonymity, who asked not to be \
                    named, Who declined to be identified, who requested anonymity, Speaking \
                    anonymously, not authorised to speak, Familiar with, close TO, briefed on, \
                    knowledgeable about, With knowledge of, on background, Anonymously. on who \
                    speaking not familiar close briefed knowledgeable with anonymously onward \
                    withal closer “on” nota";
        let toks = tokens(text);
        let mut found = 0;
        for i in 0..toks.len() {
            let t = &toks[i];
            let gated = t.cue().is_some_and(|c| c.has(lexicon::Cue::ANONYMITY));
            let first_word = lexicon::ANONYMITY_MARKERS.iter().any(|m| t.is(m[0]));
            assert_eq!(gated, first_word, "{:?}", t.text);
            let matches = lexicon::ANONYMITY_MARKERS.iter().any(|m| {
                i + m.len() <= toks.len() && m.iter().zip(&toks[i..]).all(|(m, t)| t.is(m))
            });
            if matches {
                assert!(
                    gated,
                    "a marker matches at {:?} but its gate says no",
                    t.text
                );
                assert_eq!(anonymity(&toks, i, toks.len()).map(|a| a.0), Some(i));
                found += 1;
            }
        }
        assert_eq!(found, 16);
    }

    /// The adjunct gate agrees with the rules: wherever one of them matches, the gate lets it.
    #[test]
    fn start_words_gate_the_adjuncts() {
        let text = "said On Twitter, in a statement, AT a news conference, via his Telegram \
                    channel, through a spokesman's email with CNN, late Tuesday, on Monday, \
                    EARLIER this week, of the senator, speaking on condition of anonymity, On \
                    the condition of anonymity, on behalf of the arranger, its parent, in Sochi \
                    that, at Davos, aboard Air Force One, Then, also, “on” Twitter, one week";
        let toks = tokens(text);
        type Rule = for<'t, 'a> fn(Toks<'t, 'a>) -> PResult<'t, 'a, usize>;
        let rules: [Rule; 6] = [
            medium,
            time,
            said_of,
            on_condition_of_anonymity,
            on_behalf_of,
            place,
        ];
        let mut found = 0;
        for i in 0..toks.len() {
            let input = Toks(&toks[i..]);
            let comma = punct(',').parse(input).is_ok();
            let matches = comma || rules.iter().any(|rule| rule(input).is_ok());
            if matches {
                assert!(may_start_adjunct(&toks[i]), "{:?}", toks[i].text);
                found += 1;
            }
        }
        assert!(found > 30, "{found}");
        // The skip itself: at most four steps (`On Twitter`, `,`, `in a statement`, `,`).
        let (at, med) = skip_adjuncts(&toks, 1, toks.len());
        assert_eq!(med.map(|(a, _)| toks[a].text), Some("in"));
        assert_eq!(toks[at].text, "AT");
        // A word that starts no adjunct stops it at once.
        assert_eq!(skip_adjuncts(&toks, 0, toks.len()), (0, None));
    }
}
