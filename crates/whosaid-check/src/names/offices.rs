//! Names written after an office: the office, the name's words, and who held the office on the
//! article's date according to the knowledge base.

use whosaid_core::Span;
use whosaid_kb::{Date, EntryId, Kb};

use super::inventory::{Inventory, Word};
use super::titles::{bare_office, office, Office};

/// A name written right after an office, with its jurisdiction or without
/// ([`Office::is_bare`]).
#[derive(Debug, Clone)]
pub struct Titled<'a> {
    pub office: Office,
    /// The name's words as written (`JD Vance`, `Wence`).
    pub name: Vec<&'a str>,
    /// The span of the name's last word (the surname).
    pub surname: Span,
    /// The span of the whole name.
    pub span: Span,
    /// Holders of the office on the date.
    pub holders: Vec<EntryId>,
}

/// True when the capitalised word `next` goes on the name that `prev` is part of in `prose`:
/// one space between them, an initial's period (`George W. Bush`), or particles (`Fernando de
/// la Rua`).
fn continues_name(prose: &str, prev: &Word<'_>, next: &Word<'_>) -> bool {
    let Some(gap) = prose.get(prev.span.end..next.span.start) else {
        return false;
    };
    if gap == " " {
        return true;
    }
    let initial = prev.text.len() == 1 && prev.text.as_bytes()[0].is_ascii_uppercase();
    if initial && gap == ". " {
        return true;
    }
    gap.len() > 2
        && gap.starts_with(' ')
        && gap.ends_with(' ')
        && gap
            .trim()
            .split(' ')
            .all(|w| super::NAME_PARTICLES.contains(&w))
}

/// Every name after an office in the document, with the office's holders on `date` (of any
/// jurisdiction for an office written without one).
pub fn titled<'a>(inv: &Inventory<'a>, prose: &str, kb: &Kb, date: Date) -> Vec<Titled<'a>> {
    let mut out = Vec::new();
    let words = &inv.words;
    // The next word that may start a name: a word read as part of a name is not read again.
    let mut next = 0;
    // Only words after a title may follow an office.
    for (i, before) in &inv.befores {
        let i = *i;
        if i < next {
            continue;
        }
        let Some(office) = office(before).or_else(|| bare_office(before)) else {
            continue;
        };
        // The name: this word and the capitalised words right after it.
        let mut j = i + 1;
        while j < words.len() && j - i < 4 && continues_name(prose, &words[j - 1], &words[j]) {
            j += 1;
        }
        next = j;
        // A company's name is no person's: `American President Cos Ltd`, `American President
        // Lines`.
        if words[i..j]
            .iter()
            .any(|w| whosaid_chain::is_organization_form(w.text))
        {
            continue;
        }
        let of = (!office.is_bare()).then_some(office.of.as_str());
        let holders = kb.holders(office.title, of, date);
        out.push(Titled {
            office,
            name: words[i..j].iter().map(|w| w.text).collect(),
            surname: words[j - 1].span,
            span: Span::new(words[i].span.start, words[j - 1].span.end),
            holders,
        });
    }
    out
}

/// The names after an office whose written form names none of the office's holders on the
/// article's date: what the office rules look at. Empty without a date, and for articles
/// that name no office (no word that ends an office title, tested before any office is read).
pub fn unconfirmed<'c, 'a>(cx: &'c crate::Context<'a>) -> Vec<Titled<'c>> {
    let Some(date) = cx.date else {
        return Vec::new();
    };
    let inv = cx.names();
    if !inv.mentions_office {
        return Vec::new();
    }
    titled(inv, cx.doc.prose(), cx.kb, date)
        .into_iter()
        .filter(|t| !t.holders.is_empty())
        .filter(|t| {
            let found = cx.kb.find(&t.name.join(" "));
            // After an office without its country, a name the knowledge base knows is that
            // person's (`President Macri` beside a President Macron): no slip.
            if t.office.is_bare() && !found.is_empty() {
                return false;
            }
            !t.holders.iter().any(|&h| {
                found.iter().any(|m| m.entry == h) || names_holder_surname(cx.kb, h, &t.name)
            })
        })
        .collect()
}

/// The spellings of a holder's surname: the last word of the name, aliases and variants.
pub fn surnames(kb: &Kb, id: EntryId) -> Vec<String> {
    let e = kb.entry(id);
    let mut out: Vec<String> = std::iter::once(&e.name)
        .chain(&e.aliases)
        .chain(&e.variants)
        .filter_map(|n| n.split_whitespace().last().map(str::to_owned))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// True when the last word of the written name is one of the holder's surnames (its last
/// word, or that of an alias or variant).
fn names_holder_surname(kb: &Kb, id: EntryId, name: &[&str]) -> bool {
    let last = name.last().copied().unwrap_or_default();
    surnames(kb, id)
        .iter()
        .any(|s| super::fold(s) == super::fold(last))
}
