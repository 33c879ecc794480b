//! `name/misspelled`.

use rustc_hash::{FxHashMap, FxHashSet};
use whosaid_core::{EntityKind, Finding, Related, Severity, Span};
use whosaid_kb::EntryId;

use crate::names::inventory::{Inventory, Word};
use crate::names::people::{first_key_into, People, Surnames};
use crate::names::{common, is_opener, near, offices, Index};
use crate::{Context, Rule};

/// ## What it does
/// Flags a person's name spelled differently from how the knowledge base or the article itself
/// spells the same person, when context says who is meant, and suggests the right spelling.
/// Three things confirm it: a title held on the article's date (`U.S. Vice President Wence`;
/// without the country, `Vice President Wence`, only a spelling one keystroke or one
/// romanisation from one holder's surname, of any country, and nearer than any other's); the
/// first name or initials of a knowledge-base person written right before a surname near that
/// person's (`Keir Stamer`, `J.D. Wance`); or the article's own spelling of the person, written
/// at least twice, or once in a knowledge-base person's full name (`Keir Starmer said …
/// Stamer added`).
///
/// ## Why it matters
/// A misspelled name in print ("Vice President Wence") is a correction the next day, and a
/// misspelled name cannot be searched, linked or checked.
///
/// ## Example
/// `U.S. Vice President Wence said …` in an article of 2025-04-23: the knowledge base's U.S.
/// Vice President on that date is JD Vance, and `Wence` is one letter and a W/V swap from
/// `Vance`: the suggestion is `Vance`. `Keir Stamer told reporters …`: the knowledge base knows
/// a Keir Starmer, and `Stamer` is one letter from `Starmer`. `Marco Rubio … Rubbio said …`:
/// the single `Rubbio` is the minority spelling of a surname written `Rubio` twice.
///
/// ## Known false positives
/// An officer of a company or a club whose surname is one keystroke from a knowledge-base
/// holder's of the same title, named after the title only (`Vice President Vane` of a
/// company, beside JD Vance), unless the article gives their first name. Two different people with near names in one article, when one of them is named once only
/// and without a first name (`Johnson` twice, `Johnston` once); a real person who shares a
/// first name with a knowledge-base person and has a rare surname one keystroke or one
/// romanisation from that person's (`Keir Stamer` for a councillor, beside Keir Starmer; a
/// surname of four letters or fewer only for a romanisation or a doubled letter; never one of
/// the 5,000 commonest US surnames: `John Haley` beside a John Healey, `John Kerr` beside John
/// Kerry). A distance alone never
/// makes a finding: a title held on the date, a matching first name, or the spelling of a
/// person in the same article must confirm it; accepted variants are never flagged, and a
/// word that is itself a known name in the knowledge base is never flagged.
///
/// Against the article's own spelling, three more things rule a word out, since on real
/// news they were false alarms far more often than slips: a common English word (`While`
/// beside `White`, `West` beside `Welt`: [`crate::names::common`]), a contraction (`We’ll`
/// beside `Wall`), and the first word of another name (`Corey Lewandowski` beside `Comey`,
/// `Osama bin Laden` beside `Obama`). So a slip that makes a common word (`Hall` written
/// `Hell`) is missed, and so is a slip in the first word of a name the article writes only
/// once (`Smiith Barney`).
pub struct NameMisspelled;

pub const ID: &str = "name/misspelled";

/// The words of the message of a finding confirmed by an office held on the article's date
/// (step 1 below): what [`crate::rests_on_the_date`] tells such findings by.
pub(crate) const BY_OFFICE: &str = "is not how the";

impl Rule for NameMisspelled {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let inv = cx.names();
        // Spans already reported, asked of every word: a set keeps that linear.
        let mut reported: FxHashSet<Span> = FxHashSet::default();

        // 1. Confirmed by an office held on the article's date.
        if let Some(date) = cx.date {
            let mut after_first = None;
            for t in offices::unconfirmed(cx) {
                let written = *t.name.last().expect("a name has a word");
                let bare = t.office.is_bare();
                let mut near_holders: Vec<(usize, String, EntryId)> = t
                    .holders
                    .iter()
                    .flat_map(|&h| offices::surnames(cx.kb, h).into_iter().map(move |s| (h, s)))
                    // Without a country, any country's holder may be meant, and a company's
                    // or a club's officer too: only one slip of the keys tells who.
                    .filter(|(_, s)| near(written, s) && (!bare || one_slip(written, s)))
                    .map(|(h, s)| (crate::names::distance(written, &s), s, h))
                    .collect();
                near_holders.sort();
                let Some((d, surname, holder)) = near_holders.first().cloned() else {
                    continue;
                };
                if bare {
                    // Two holders as near (`Moon` and `Noon`), a common word, or a person the
                    // article names with another first name (`Mauricio Macri … President
                    // Macri`, beside a President Macron): nobody in particular.
                    let tie = near_holders
                        .iter()
                        .any(|(d2, _, h2)| *d2 == d && *h2 != holder);
                    if tie
                        || common::is_common_word(written)
                        || inv.is_lowercase(&written.to_lowercase())
                        || named_otherwise(inv, &mut after_first, written)
                    {
                        continue;
                    }
                }
                let entry = cx.kb.entry(holder);
                let of = match cx.kb.role_held(holder, t.office.title, date) {
                    Some(role) if bare => role.of.as_str(),
                    _ => t.office.of.as_str(),
                };
                let place = crate::names::titles::place(of);
                let message = if bare {
                    format!(
                        "`{written}` {BY_OFFICE} {} of {place} on {date} is spelled: {} (the office \
                         is written without its country; no other holder's name is as near)",
                        t.office.title, entry.name
                    )
                } else {
                    format!(
                        "`{written}` {BY_OFFICE} {} of {place} on {date} is spelled: {}",
                        t.office.title, entry.name
                    )
                };
                out.push(slip(t.surname, message, surname, Vec::new()));
                reported.insert(t.surname);
            }
        }

        // 2. Confirmed by the first name or initials of a knowledge-base person written
        // right before a near surname (`Keir Stamer`, `J.D. Wance`).
        let people = People::of(cx.kb);
        let mut named: Vec<(EntryId, Span)> = Vec::new();
        let mut slips: Vec<(&str, String)> = Vec::new();
        let mut key = String::new();
        let mut known = KnownFirsts::new(inv.words.len());
        let prose = cx.doc.prose();
        for (i, w) in inv.words.iter().enumerate() {
            // No first name comes right before a sentence's first word, nor before a word not
            // joined to the word before it (most words): `first_names` would find none.
            if w.initial || i == 0 || !joined(prose, &inv.words[i - 1], w) {
                continue;
            }
            let firsts = first_names(inv, prose, i, &people, &mut known, &mut key);
            if firsts.is_empty() {
                continue;
            }
            // People the article names in full, as the knowledge base spells them.
            for f in &firsts {
                named.extend(people.named(f, w.text).into_iter().map(|id| (id, w.span)));
            }
            // A first name is a name of its own (`John Paul`); a common surname is somebody's
            // (`John Kerr`, `Mike Johnston`).
            if reported.contains(&w.span)
                || !could_be_surname(w.text)
                || crate::names::common::is_common_surname(w.text)
                || known.is_first(inv, i, &people, &mut key)
            {
                continue;
            }
            // One slip of the keys from the surname (`Stamer`, `Wance`) or another
            // transliteration (`Peskoff`): a first name as common as John is shared by many
            // people, whose surnames the looser likeness of step 4 would take for slips (`John
            // Kerin` is not John Kerry).
            let Some(c) = firsts
                .iter()
                .find_map(|f| people.candidates(f, w.text).into_iter().next())
                .filter(|c| one_slip(w.text, &c.surname))
            else {
                continue;
            };
            // A common word (written in lowercase too) is no surname: asked last, of the few
            // words with a candidate, as the set of lowercase words is built on first use.
            if inv.is_lowercase(&w.text.to_lowercase()) {
                continue;
            }
            // A known name (another person's surname, an accepted spelling) is no slip.
            if !cx.kb.find(w.text).is_empty() {
                continue;
            }
            let entry = cx.kb.entry(c.person);
            let message = format!(
                "`{}` looks like a misspelling of `{}`: the first name matches the knowledge base's {}",
                w.text, c.surname, entry.name
            );
            out.push(slip(w.span, message, c.surname.clone(), Vec::new()));
            reported.insert(w.span);
            slips.push((w.text, c.surname));
        }
        // The same slip again, alone or after an honorific or a title (`Stamer added`).
        for (i, w) in inv.words.iter().enumerate() {
            let Some((_, right)) = slips.iter().find(|(s, _)| *s == w.text) else {
                continue;
            };
            let after_other_name = i.checked_sub(1).map(|j| &inv.words[j]).is_some_and(|p| {
                p.span.end + 1 == w.span.start
                    && !(crate::names::inventory::is_title(p.text)
                        || is_honorific(p.text)
                        || p.initial && is_opener(p.text))
            });
            if reported.contains(&w.span) || after_other_name {
                continue;
            }
            let message = format!(
                "`{}` looks like a misspelling of `{right}`, as written before with this person's first name",
                w.text
            );
            out.push(slip(w.span, message, right.clone(), Vec::new()));
            reported.insert(w.span);
        }

        // 2b. A first name one slip from a knowledge-base person's ([`first_name_slips`]).
        first_name_slips(cx, inv, &people, &named, &mut reported, out);

        // 3. An outlet's name with two letters swapped, beside its right spelling (`MNSBC`
        // after `According to MSNBC`).
        outlet_slips(cx, inv, &mut reported, out);

        // 4. The minority spelling of a surname the article writes otherwise at least twice,
        // or once in a knowledge-base person's full name (`Keir Starmer … Stamer added`).
        let mut index = Index::default();
        let mut spans = Vec::new();
        let mut why: Vec<Option<EntryId>> = Vec::new();
        for (surname, span) in &inv.surnames {
            if inv.count(surname) >= 2 {
                index.add(surname);
                spans.push(*span);
                why.push(None);
            }
        }
        named.sort();
        named.dedup_by_key(|(id, _)| *id);
        let mut added: FxHashSet<&str> = FxHashSet::default();
        for &(id, span) in &named {
            // The surname as the article writes it, one of the knowledge base's spellings.
            let written = span.slice(cx.doc.prose());
            if inv.count(written) < 2 && added.insert(written) {
                index.add(written);
                spans.push(Some(span));
                why.push(Some(id));
            }
        }
        if spans.is_empty() {
            return;
        }
        let mut pairs: Option<FxHashSet<(&str, &str)>> = None;
        for (i, w) in inv.words.iter().enumerate() {
            // The cheap tests first: most words are written more than once, or are short, or
            // are abbreviations; the set of reported spans is asked last.
            if inv.count_of(w) != 1
                || !plain_name(w)
                || is_place(w.text)
                || reported.contains(&w.span)
            {
                continue;
            }
            let Some(&best) = index.candidates(w.text).first() else {
                continue;
            };
            // A common word (also written in lowercase) is no name. Asked only of the rare
            // words with a candidate: the set of lowercase words is built on first use.
            if inv.is_lowercase(&w.text.to_lowercase()) {
                continue;
            }
            let right = index.name(best);
            // A contraction (`We’ll`, `Don't`) is no name, on either side.
            if is_contraction(w.text) || is_contraction(right) {
                continue;
            }
            // A common English word, capitalised (`While`, `West`, `Past`), is a word at a
            // sentence start or in a name: a slip of the pen makes a non-word far more often
            // than another word.
            if common::is_common_word(w.text) {
                continue;
            }
            let (fw, fr) = (crate::names::fold(w.text), crate::names::fold(right));
            // A derived word (`German` / `Germany`), a place, or the first name
            // of the same person (`Jumardi Jukardi`) is no misspelling.
            let next_is_right = inv
                .words
                .get(i + 1)
                .is_some_and(|n| n.text == right && n.span.start == w.span.end + 1);
            // Its own first name, never written before the other spelling: another person
            // (`Donald Regan` in an article about President Reagan).
            let prose = cx.doc.prose();
            let first_name = name_before(inv, prose, i)
                // A sentence's capitalised first word is often no name (`Later Rubbio said`).
                .filter(|p| {
                    !(inv.is_lowercase(&p.text.to_lowercase()) || p.initial && is_opener(p.text))
                })
                .map(|p| p.text)
                .filter(|f| !crate::names::inventory::is_title(f) && !is_honorific(f));
            let other_person =
                first_name.is_some_and(|f| !adjacent_pairs(inv, &mut pairs).contains(&(f, right)));
            // The first name of another person, or the first word of another name: followed
            // by a capitalised word that never follows the article's spelling (`Corey
            // Lewandowski` in an article about Comey), or by a particle (`Osama bin Laden`
            // beside Obama). A slip in a name keeps the rest of it (`Reublic Airlines` beside
            // `Republic Airlines`, `Norfolk Suuthern Tower` beside `Norfolk Southern`), and a
            // company's legal form is no other name (`Texton Inc` beside `Textron`).
            let after_right_word = i
                .checked_sub(1)
                .map(|j| &inv.words[j])
                .filter(|p| p.span.end + 1 == w.span.start && !p.initial)
                .is_some_and(|p| adjacent_pairs(inv, &mut pairs).contains(&(p.text, right)));
            let leads_other_name = !after_right_word
                && (followed_by_particle(prose, w.span.end)
                    || inv
                        .words
                        .get(i + 1)
                        .filter(|n| {
                            n.span.start == w.span.end + 1
                                && !n.initial
                                && !whosaid_chain::is_organization_form(n.text)
                        })
                        .is_some_and(|n| {
                            !adjacent_pairs(inv, &mut pairs).contains(&(right, n.text))
                        }));
            // Endings make other words of one stem (`German` / `Germany`, `Arabic` / `Arabia`).
            let same_stem = {
                let (a, b): (Vec<char>, Vec<char>) = (fw.chars().collect(), fr.chars().collect());
                let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
                // A transliteration swap at the end (`Craxy` / `Craxi`) is a misspelling.
                common + 1 >= a.len()
                    && common + 1 >= b.len()
                    && crate::names::skeleton(w.text) != crate::names::skeleton(right)
            };
            if fr.starts_with(&fw)
                || same_stem
                || is_spelling_variant(&fw, &fr)
                || other_person
                || leads_other_name
                || fw.starts_with(&fr)
                || is_place(right)
                || next_is_right
            {
                continue;
            }
            // A known name is not a misspelling of another one.
            if !cx.kb.find(w.text).is_empty() {
                continue;
            }
            let right = right.to_owned();
            let mut related = Vec::new();
            if let Some(span) = spans[best] {
                related.push(Related {
                    span,
                    note: format!("spelled `{right}` here"),
                });
            }
            let message = match why[best] {
                Some(id) => format!(
                    "`{}` looks like a misspelling of `{right}`, as the article names {}",
                    w.text,
                    cx.kb.entry(id).name
                ),
                None => format!(
                    "`{}` looks like a misspelling of `{right}`, which the article writes {} times",
                    w.text,
                    inv.count(&right)
                ),
            };
            out.push(slip(w.span, message, right, related));
        }
    }
}

/// A finding of this rule: `span` looks like a misspelling of `suggestion`, as `message` says.
fn slip(span: Span, message: String, suggestion: String, related: Vec<Related>) -> Finding {
    Finding {
        rule: ID.to_owned(),
        severity: Severity::Error,
        span,
        message,
        suggestion: Some(suggestion),
        related,
    }
}

/// Step 2b of [`NameMisspelled`]: a first name one slip from a knowledge-base person's, right
/// before that person's surname as the knowledge base spells it (`Kier Starmer`, `Emmanual
/// Macron`, `Hilary Clinton`). Only for a word no knowledge-base person has for a first name,
/// of four letters or more, starting with the same letter: a relative or a namesake with a
/// first name of their own is not taken for a slip (`Jill Biden`), nor someone of a common
/// surname the article does not name in full (`Mikee Johnson`). `named` are the people the
/// article names in full (step 2).
fn first_name_slips(
    cx: &Context<'_>,
    inv: &Inventory<'_>,
    people: &People,
    named: &[(EntryId, Span)],
    reported: &mut FxHashSet<Span>,
    out: &mut Vec<Finding>,
) {
    let prose = cx.doc.prose();
    let mut key = String::new();
    let surnames = Surnames::of(cx.kb);
    for pair in inv.words.windows(2) {
        let (p, w) = (&pair[0], &pair[1]);
        // (The surname first: few words are a knowledge-base person's.)
        if w.initial || p.text.len() < 4 {
            continue;
        }
        let owners = surnames.of_surname(w.text);
        if owners.is_empty()
            || !p.text.chars().all(char::is_alphabetic)
            || !joined(prose, p, w)
            || reported.contains(&p.span)
            || people.knows_first_of(p.text, &mut key)
        {
            continue;
        }
        // A common surname is too many people's (`Mikee Johnson` is not Mike Johnson): the
        // person must be named in full elsewhere in the article (`Mario Rubio` beside
        // `Marco Rubio`).
        let common = crate::names::common::is_common_surname(w.text);
        let Some((id, first)) = owners.iter().find(|(id, f)| {
            f.chars().next() == p.text.chars().next()
                && crate::names::distance(p.text, f) == 1
                && (!common || named.iter().any(|(n, _)| n == id))
        }) else {
            continue;
        };
        if crate::names::inventory::is_title(p.text) || inv.is_lowercase(&p.text.to_lowercase()) {
            continue;
        }
        let entry = cx.kb.entry(*id);
        let message = format!(
            "`{}` looks like a misspelling of `{first}`: the surname matches the knowledge base's {}",
            p.text, entry.name
        );
        out.push(slip(p.span, message, first.clone(), Vec::new()));
        reported.insert(p.span);
    }
}

/// Step 3 of [`NameMisspelled`]: a word written once that is an outlet's name, as the article
/// writes it for a knowledge-base outlet elsewhere, with two neighbouring letters swapped
/// (`MNSBC` beside `MSNBC`, `Reutres` beside `Reuters`). Only a swap: one letter more or less
/// makes other outlets' names (`CNN`, `CNBC`), and a swap keeps every letter, the commonest
/// slip of fast typing. The outlets' spellings are keyed by their sorted letters, so each word
/// costs one lookup whatever the number of outlets.
fn outlet_slips(
    cx: &Context<'_>,
    inv: &Inventory<'_>,
    reported: &mut FxHashSet<Span>,
    out: &mut Vec<Finding>,
) {
    let prose = cx.doc.prose();
    let mut by_letters: FxHashMap<Vec<u8>, Vec<&str>> = FxHashMap::default();
    for e in &cx.resolved.entities {
        let known_outlet = e.kind == EntityKind::Outlet && e.kb_id.is_some();
        if !known_outlet {
            continue;
        }
        for m in &e.mentions {
            let written = m.slice(prose);
            if (3..=24).contains(&written.len()) && written.bytes().all(|b| b.is_ascii_alphabetic())
            {
                let spellings = by_letters.entry(sorted_letters(written)).or_default();
                if !spellings.contains(&written) {
                    spellings.push(written);
                }
            }
        }
    }
    if by_letters.is_empty() {
        return;
    }
    for w in &inv.words {
        if inv.count_of(w) != 1
            || !(3..=24).contains(&w.text.len())
            || !w.text.bytes().all(|b| b.is_ascii_alphabetic())
            || reported.contains(&w.span)
        {
            continue;
        }
        let Some(spellings) = by_letters.get(&sorted_letters(w.text)) else {
            continue;
        };
        let Some(right) = spellings.iter().find(|s| one_swap(w.text, s)) else {
            continue;
        };
        // A word the article writes in another case is a word (`IRAN` in a capitals headline,
        // `Iran` in the text, beside the agency `IRNA`); a known name of its own is no slip.
        let title_case = |word: &str| {
            let lower = word.to_ascii_lowercase();
            format!("{}{}", lower[..1].to_ascii_uppercase(), &lower[1..])
        };
        let other_case = [title_case(w.text), w.text.to_ascii_uppercase()]
            .iter()
            .any(|v| v != w.text && inv.count(v) > 0)
            || inv.is_lowercase(&w.text.to_ascii_lowercase());
        if other_case || in_capitals_line(prose, w.span) || !cx.kb.find(w.text).is_empty() {
            continue;
        }
        let message = format!(
            "`{}` looks like a misspelling of `{right}`, the outlet the article names elsewhere",
            w.text
        );
        out.push(slip(w.span, message, (*right).to_owned(), Vec::new()));
        reported.insert(w.span);
    }
}

/// True when the line around `span` has no lowercase letter within 200 bytes either side: a
/// headline in capitals, where any word may be written like an acronym (`IRAN MOUNTS FRESH
/// ATTACKS`).
fn in_capitals_line(prose: &str, span: Span) -> bool {
    let before = prose.as_bytes()[..span.start].iter().rev().take(200);
    let after = prose.as_bytes()[span.end..].iter().take(200);
    let lower_in = |bytes: &mut dyn Iterator<Item = &u8>| {
        bytes
            .take_while(|&&b| b != b'\n')
            .any(u8::is_ascii_lowercase)
    };
    !lower_in(&mut before.into_iter()) && !lower_in(&mut after.into_iter())
}

/// The ASCII letters of `word`, uppercased and sorted: the same for any order of them.
fn sorted_letters(word: &str) -> Vec<u8> {
    let mut letters = word.to_ascii_uppercase().into_bytes();
    letters.sort_unstable();
    letters
}

/// True when `a` is `b` with two neighbouring letters swapped (`MNSBC`, `MSNBC`).
fn one_swap(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let Some(i) = a.iter().zip(b).position(|(x, y)| x != y) else {
        return false;
    };
    i + 1 < a.len() && a[i] == b[i + 1] && a[i + 1] == b[i] && a[i + 2..] == b[i + 2..]
}

/// The capitalised word right before word `i` of the inventory, past a middle initial
/// (`Harry` before `Reid` in `Harry M. Reid`), if any.
fn name_before<'i, 'a>(inv: &'i Inventory<'a>, prose: &str, i: usize) -> Option<&'i Word<'a>> {
    let w = inv.words.get(i)?;
    let p = inv.words.get(i.checked_sub(1)?)?;
    if p.span.end + 1 == w.span.start {
        return Some(p);
    }
    let middle_initial = p.text.len() == 1 && prose.get(p.span.end..w.span.start) == Some(". ");
    if !middle_initial {
        return None;
    }
    inv.words
        .get(i.checked_sub(2)?)
        .filter(|q| q.span.end + 1 == p.span.start)
}

/// Every pair of adjacent capitalised words of the document (`Keir`, `Starmer`), gathered in
/// `pairs` on first need: one scan of the words per document, not one per candidate.
fn adjacent_pairs<'p, 'a>(
    inv: &Inventory<'a>,
    pairs: &'p mut Option<FxHashSet<(&'a str, &'a str)>>,
) -> &'p FxHashSet<(&'a str, &'a str)> {
    pairs.get_or_insert_with(|| {
        inv.words
            .windows(2)
            .filter(|pair| pair[0].span.end + 1 == pair[1].span.start)
            .map(|pair| (pair[0].text, pair[1].text))
            .collect()
    })
}

/// True when a word ending at byte `end` of `prose` is followed by a particle of a longer
/// name and a capitalised word: ` bin Laden`, ` al-Assad`, ` de Gaulle`, ` van Gogh`.
fn followed_by_particle(prose: &str, end: usize) -> bool {
    let Some(rest) = prose.get(end..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    crate::names::NAME_PARTICLES.iter().any(|p| {
        rest.strip_prefix(p).is_some_and(|after| {
            let after = after.strip_prefix(' ').or_else(|| after.strip_prefix('-'));
            after.is_some_and(|a| a.chars().next().is_some_and(char::is_uppercase))
        })
    })
}

/// True when the folded words `a` and `b` are British and American spellings of one word
/// (`Aluminium` / `Aluminum`, `Labour` / `Labor`, `Centre` / `Center`, `Organisation` /
/// `Organization`): both are right, in names as elsewhere (`Alcan Aluminium Ltd` owns
/// `Aluminum Co of Canada`).
fn is_spelling_variant(a: &str, b: &str) -> bool {
    /// The American spelling of `w`'s British endings and `our`.
    fn american(w: &str) -> String {
        let mut w = w.replace("our", "or").replace("isation", "ization");
        for (british, american) in [
            ("ium", "um"),
            ("tre", "ter"),
            ("ise", "ize"),
            ("yse", "yze"),
        ] {
            if let Some(stem) = w.strip_suffix(british) {
                w = format!("{stem}{american}");
                break;
            }
        }
        w
    }
    a != b && american(a) == american(b)
}

/// True when `word` ends in an English contraction (`We'll`, `Don’t`, `You're`): a pronoun or
/// a verb, never a name. A name's apostrophe comes early and is followed by a capital
/// (`O'Brien`, `D'Amato`).
fn is_contraction(word: &str) -> bool {
    let Some((_, tail)) = word.rsplit_once(['\'', '’']) else {
        return false;
    };
    matches!(
        tail,
        "ll" | "re" | "ve" | "t" | "d" | "m" | "s" | "LL" | "RE" | "VE" | "T" | "D" | "M" | "S"
    )
}

/// The keys of the first names (or initials) that may be written right before the word at
/// `i`: each start of the run of capitalised words before it in its sentence (`Keir`, `J.D.`,
/// `J. D.`, `Lloyd J.`), up to three words, separated by a space or a dot and a space; only
/// those `people` know, each once. The keys are built in `key`, and only known ones are
/// kept: most capitalised words are no first name and allocate nothing. Whether a word is a
/// known first name is asked of it once ([`KnownFirsts`]), not once per word after it.
fn first_names(
    inv: &Inventory<'_>,
    prose: &str,
    i: usize,
    people: &People,
    known: &mut KnownFirsts,
    key: &mut String,
) -> Vec<String> {
    let words = &inv.words;
    let Some(w) = words.get(i) else {
        return Vec::new();
    };
    if w.initial {
        return Vec::new();
    }
    let mut j = i;
    while j > 0 && i - j < 3 && joined(prose, &words[j - 1], &words[j]) {
        j -= 1;
        if words[j].initial {
            break;
        }
    }
    let mut out: Vec<String> = Vec::new();
    for s in j..i {
        // Initials written apart are one key (`J. D.` -> `jd`).
        let found = if one_char(words[s].text) {
            let run: Vec<&str> = words[s..i].iter().map(|w| w.text).collect();
            first_key_into(&run.join(" "), key) && people.knows_first(key)
        } else {
            // The key is built again only for a known first name.
            known.is_first(inv, s, people, key) && first_key_into(words[s].text, key)
        };
        if found && !out.iter().any(|k| k == key) {
            out.push(key.clone());
        }
    }
    out
}

/// Whether each capitalised word of a document is a first name (or initials) the knowledge
/// base knows, found on the first question: each word is asked about by itself and by each
/// of the up to three words after it.
struct KnownFirsts {
    /// Per word: 0 not asked yet, 1 no, 2 yes.
    known: Vec<u8>,
}

impl KnownFirsts {
    fn new(words: usize) -> KnownFirsts {
        KnownFirsts {
            known: vec![0; words],
        }
    }

    /// True when the key of word `i` ([`first_key`](crate::names::people::first_key)) is a first name `people` know (the key
    /// is built in `key` when the word is asked about for the first time).
    fn is_first(
        &mut self,
        inv: &Inventory<'_>,
        i: usize,
        people: &People,
        key: &mut String,
    ) -> bool {
        if self.known[i] == 0 {
            let w = &inv.words[i];
            // A word of letters (as the inventory's scan found) is not read again to learn it.
            let yes = if w.letters && w.text.len() > 1 {
                people.knows_first_of_letters(w.text, key)
            } else {
                people.knows_first_of(w.text, key)
            };
            self.known[i] = 1 + u8::from(yes);
        }
        self.known[i] == 2
    }
}

/// True when `written` is one slip of the keys from `surname` (`Stamer`, `Wance`) or another
/// transliteration of it (`Peskoff`); W for V is one slip more on top (`Wence`).
fn one_slip(written: &str, surname: &str) -> bool {
    let wv = matches!(
        (written.as_bytes().first(), surname.as_bytes().first()),
        (Some(b'W'), Some(b'V')) | (Some(b'V'), Some(b'W'))
    );
    crate::names::distance(written, surname) <= 1
        || crate::names::skeleton(written) == crate::names::skeleton(surname)
        || wv && crate::names::skeleton_distance(written, surname) <= 1
}

/// True when the article writes `surname` right after a capitalised word that is no title,
/// honorific or sentence opener: a first name (`Mauricio Macri`), so the surname is that
/// person's. The words written so are collected on the first question, once per document.
fn named_otherwise<'a>(
    inv: &Inventory<'a>,
    after_first: &mut Option<FxHashSet<&'a str>>,
    surname: &str,
) -> bool {
    after_first
        .get_or_insert_with(|| {
            inv.words
                .windows(2)
                .filter(|pair| {
                    let first = pair[0].text;
                    pair[0].span.end + 1 == pair[1].span.start
                        && !(crate::names::inventory::is_title(first)
                            || crate::names::titles::ends_title(first)
                            || is_honorific(first)
                            || is_opener(first))
                })
                .map(|pair| pair[1].text)
                .collect()
        })
        .contains(surname)
}

/// True when `b` follows `a` with only a space, or a dot and a space, between them. Read
/// from the gap's length and bytes: asked of every capitalised word and the words before it.
fn joined(prose: &str, a: &Word<'_>, b: &Word<'_>) -> bool {
    let bytes = prose.as_bytes();
    match b.span.start.checked_sub(a.span.end) {
        Some(1) => bytes.get(a.span.end) == Some(&b' '),
        Some(2) => a.text.len() <= 3 && bytes.get(a.span.end..b.span.start) == Some(&b". "[..]),
        _ => false,
    }
}

/// True when `word` is one character long (`J` of `J. D.`), without counting a long word.
fn one_char(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some() && chars.next().is_none()
}

/// True when `word` has at least four characters: any word of four bytes or fewer has at
/// most that many, and only then, or beyond ASCII, are they counted.
fn at_least_four_chars(word: &str) -> bool {
    word.len() >= 4 && (word.is_ascii() || word.chars().count() >= 4)
}

/// True when no letter of `word` is lowercase (`NATO`, `U.S.`, `1987`): every character is
/// uppercase or no letter. For ASCII, that is no byte in `a..=z`.
fn no_lowercase_letter(word: &str) -> bool {
    if word.is_ascii() {
        !word.bytes().any(|b| b.is_ascii_lowercase())
    } else {
        word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
    }
}

/// True when the inventory word `w` has at least four characters, no period and some
/// lowercase letter (`Smith`, not `Jo`, `U.S.` or `NATO`). A word of letters (as the
/// inventory's scan found) is read as bytes: its length is its number of characters.
fn plain_name(w: &Word<'_>) -> bool {
    if w.letters {
        return w.text.len() >= 4 && w.text.bytes().any(|b| b.is_ascii_lowercase());
    }
    at_least_four_chars(w.text)
        && !w.text.bytes().any(|b| b == b'.')
        && !no_lowercase_letter(w.text)
}

/// True when `word` may be a surname: not a place, a title, an abbreviation or an initial.
/// (Nor a common word written in lowercase too: the caller asks that last.)
fn could_be_surname(word: &str) -> bool {
    at_least_four_chars(word)
        && !word.bytes().any(|b| b == b'.')
        && !is_place(word)
        && !crate::names::inventory::is_title(word)
        && !no_lowercase_letter(word)
}

/// Countries and regions often written next to each other in news, whose names differ by a
/// letter or two (`Iraq` / `Iran`, `Austria` / `Australia`): places, not people.
fn is_place(word: &str) -> bool {
    // Most words are told apart by their first letter and length ([`PLACE_SHAPES`]); the
    // others are compared only with the places of their first letter ([`PLACE_RANGES`]).
    let bytes = word.as_bytes();
    match bytes.first() {
        Some(&b @ b'A'..=b'Z') if bytes.len() < 16 => {
            let letter = usize::from(b - b'A');
            let (from, to) = PLACE_RANGES[letter];
            PLACE_SHAPES[letter] & 1 << bytes.len() != 0 && PLACES[from..to].contains(&word)
        }
        _ => false,
    }
}

/// The places of [`is_place`], in alphabetical order (their first letters make
/// [`PLACE_RANGES`]).
const PLACES: &[&str] = &[
    "Africa",
    "Alaska",
    "America",
    "Arkansas",
    "Asia",
    "Australia",
    "Austria",
    "Britain",
    "Brittany",
    "Canada",
    "Chile",
    "China",
    "England",
    "Europe",
    "Finland",
    "Gabon",
    "Gambia",
    "Georgia",
    "Ghana",
    "Granada",
    "Grenada",
    "Guinea",
    "Guyana",
    "Holland",
    "Iceland",
    "India",
    "Indiana",
    "Iowa",
    "Iran",
    "Iraq",
    "Ireland",
    "Japan",
    "Jordan",
    "Kansas",
    "Kenya",
    "Korea",
    "Latvia",
    "Liberia",
    "Libya",
    "Malawi",
    "Mali",
    "Nebraska",
    "Niger",
    "Nigeria",
    "Ohio",
    "Oman",
    "Paris",
    "Persia",
    "Peru",
    "Poland",
    "Prussia",
    "Russia",
    "Scotland",
    "Serbia",
    "Slovakia",
    "Slovenia",
    "Sudan",
    "Sweden",
    "Syria",
    "Taiwan",
    "Texas",
    "Thailand",
    "Yemen",
    "Zambia",
];

/// Per capital letter, the lengths of the [`PLACES`] that start with it, a bit each.
const PLACE_SHAPES: [u16; 26] = {
    let mut shapes = [0; 26];
    let mut i = 0;
    while i < PLACES.len() {
        let bytes = PLACES[i].as_bytes();
        shapes[(bytes[0] - b'A') as usize] |= 1 << bytes.len();
        i += 1;
    }
    shapes
};

/// Per capital letter, the range of [`PLACES`] that start with it (empty when none do).
const PLACE_RANGES: [(usize, usize); 26] = {
    let mut ranges = [(0, 0); 26];
    let mut i = 0;
    while i < PLACES.len() {
        let letter = (PLACES[i].as_bytes()[0] - b'A') as usize;
        if ranges[letter].1 == 0 {
            ranges[letter] = (i, i);
        }
        ranges[letter].1 = i + 1;
        i += 1;
    }
    ranges
};

/// Honorifics and ranks written before surnames.
fn is_honorific(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Gov"
            | "Sen"
            | "Rep"
            | "Gen"
            | "Lt"
            | "Col"
            | "Capt"
            | "Prof"
            | "Sir"
            | "Lord"
            | "Lady"
            | "Judge"
            | "Justice"
            | "King"
            | "Queen"
            | "Prince"
            | "Pope"
            | "Senator"
            | "Chairman"
            | "Chief"
            | "Commissioner"
            | "Mayor"
            | "Economist"
            | "Analyst"
            | "Spokesman"
            | "Vice"
            | "Deputy"
            | "Fed"
            | "Treasury"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_and_american_spellings_are_variants_not_slips() {
        for (a, b) in [
            ("aluminium", "aluminum"),
            ("labour", "labor"),
            ("centre", "center"),
            ("organisation", "organization"),
            ("harbour", "harbor"),
        ] {
            assert!(is_spelling_variant(a, b), "{a} / {b}");
            assert!(is_spelling_variant(b, a), "{b} / {a}");
        }
        for (a, b) in [
            ("aluminum", "aluminum"),
            ("alumnium", "aluminium"),
            ("labour", "labourer"),
            ("stanely", "stanley"),
            ("ceasars", "caesars"),
        ] {
            assert!(!is_spelling_variant(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn the_word_tests_agree_with_counting_characters() {
        let (_, texts) = whosaid_testdata::corpus();
        let tricky = [
            "",
            "J",
            "É",
            "Éa",
            "ÉÉÉ",
            "Jo.",
            "U.S.",
            "NATO",
            "1987",
            "Ökonom",
            "ÖKONOM",
            "Zoë",
            "ΑΘΗΝΑ",
            "Αθηνα",
            "a",
            "Ab",
            "abcd",
            "ABCd",
            "İst",
            "ǅemal",
        ];
        let words = texts
            .iter()
            .take(200)
            .flat_map(|t| t.split_whitespace())
            .chain(tricky);
        for word in words {
            assert_eq!(one_char(word), word.chars().count() == 1, "{word}");
            assert_eq!(
                at_least_four_chars(word),
                word.chars().count() >= 4,
                "{word}"
            );
            assert_eq!(
                no_lowercase_letter(word),
                word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()),
                "{word}"
            );
            // The inventory's words, with and without its scan's word that they are letters.
            let old = at_least_four_chars(word)
                && !word.bytes().any(|b| b == b'.')
                && !no_lowercase_letter(word);
            let mut w = Word::for_test(word, Span::new(0, word.len()));
            assert_eq!(plain_name(&w), old, "{word}");
            if word.bytes().all(|b| b.is_ascii_alphabetic()) {
                w.letters = true;
                assert_eq!(plain_name(&w), old, "{word}");
            }
        }
    }

    #[test]
    fn places_are_found_through_their_shapes() {
        for place in PLACES {
            assert!(
                place.as_bytes()[0].is_ascii_uppercase() && place.len() < 16,
                "{place}"
            );
            assert!(is_place(place), "{place}");
        }
        // Sorted by first letter, as the ranges are read.
        assert!(PLACES
            .windows(2)
            .all(|w| w[0].as_bytes()[0] <= w[1].as_bytes()[0]));
        let (_, texts) = whosaid_testdata::corpus();
        let words = texts.iter().take(300).flat_map(|t| t.split_whitespace());
        for word in words.chain(["", "I", "Iraqi", "IRAQ", "iraq", "Ökonom"]) {
            assert_eq!(is_place(word), PLACES.contains(&word), "{word}");
        }
    }

    #[test]
    fn joined_reads_the_gap_as_the_text_between() {
        let prose = "Mr. J. D. Vance,  Keir Starmer.Later Dr. Who é A";
        // Every pair of word-like slices, in either order.
        let mut words = Vec::new();
        let mut start = None;
        for (i, c) in prose.char_indices().chain([(prose.len(), ' ')]) {
            match (c.is_alphabetic() || c == '.', start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    words.push(Word::for_test(&prose[s..i], Span::new(s, i)));
                    start = None;
                }
                _ => {}
            }
        }
        for a in &words {
            for b in &words {
                let between = prose.get(a.span.end..b.span.start).unwrap_or_default();
                let want = between == " " || between == ". " && a.text.len() <= 3;
                assert_eq!(joined(prose, a, b), want, "{:?} {:?}", a.text, b.text);
            }
        }
    }
}
