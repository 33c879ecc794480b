//! Compact JSON for a [`Report`], written directly: byte for byte what `serde_json::to_vec`
//! gives for the same report, in about a fifth of the instructions.
//!
//! Why by hand: a `--format jsonl` line is two to three times the size of the article it
//! reports (every span carries its text), and through serde every field costs a call chain,
//! an escaped key and a capacity check. Here keys are constant byte strings, numbers go
//! through `itoa`, and a string is copied in runs between the bytes JSON must escape, found
//! eight bytes at a time. Enums are written from constant names ([`Name`]; a test checks
//! each against serde's spelling); a record's `id` other than a string (any JSON value)
//! still goes through serde. What the report repeats is copied from where it was first
//! written: an entity's mentions (its sources' spans), a chain's names (its entities'). The
//! derive remains the definition of the shape (pretty JSON, YAML and library users use it);
//! tests check that both agree on every fixture, on adversarial strings and on the shared
//! corpus.

use std::ops::Range;

use serde::Serialize;

use whosaid_core::{
    Attribution, AttributionKind, EntityId, EntityKind, Format, MentionClass, ProblemKind,
    Severity, Span,
};

use crate::report::{
    JsonChain, JsonEntity, JsonFinding, JsonMention, JsonProblem, JsonSpan, Report, View,
};

/// Appends `report` to `out` as compact JSON (no trailing newline).
pub(crate) fn write_report(out: &mut Vec<u8>, r: &Report<'_>) {
    out.push(b'{');
    let mut first = true;
    let mut key = |out: &mut Vec<u8>, name: &[u8]| {
        if !std::mem::take(&mut first) {
            out.push(b',');
        }
        out.push(b'"');
        out.extend_from_slice(name);
        out.extend_from_slice(b"\":");
    };
    if let Some(version) = r.version {
        key(out, b"version");
        number(out, version as usize);
    }
    if let Some(path) = r.path {
        key(out, b"path");
        string(out, path);
    }
    if let Some(id) = r.id {
        key(out, b"id");
        // A string id (as a corpus's usually is) escaped here as serde_json would, without
        // serde's serializer and formatter.
        match id {
            serde_json::Value::String(id) => string(out, id),
            id => serde_value(out, id),
        }
    }
    key(out, b"format");
    enum_name(out, r.format);
    key(out, b"metadata");
    out.push(b'{');
    let mut first_meta = true;
    for (name, value) in [
        ("publisher", r.metadata.publisher),
        ("date", r.metadata.date),
        ("title", r.metadata.title),
    ] {
        if let Some(value) = value {
            if !std::mem::take(&mut first_meta) {
                out.push(b',');
            }
            out.push(b'"');
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b"\":");
            string(out, value);
        }
    }
    out.push(b'}');
    // The lists, item by item from the analysis (see `Report`).
    let (view, analysis) = (&r.view, r.analysis);
    let resolved = &analysis.resolved;
    // Where each source and recipient went in `out`: nearly every mention of an entity is
    // one of them, and is copied from there rather than looked up and written anew.
    let mut written = Written(Vec::with_capacity(2 * analysis.parsed.attributions.len()));
    key(out, b"attributions");
    seq(out, &analysis.parsed.attributions, |out, a| {
        attribution(out, a, view, &mut written);
    });
    written.0.sort_unstable_by_key(|&(span, _)| span);
    // Where each entity's quoted name went, by position, for the chains' names.
    let mut names = Vec::with_capacity(resolved.entities.len());
    key(out, b"entities");
    seq(out, &resolved.entities, |out, e| {
        names.push(entity(out, &JsonEntity::new(e, view), &written));
    });
    key(out, b"chains");
    let mut previous = (&[][..], 0..0);
    seq(out, &resolved.chains, |out, c| {
        chain(
            out,
            &JsonChain::new(c, &resolved.entities),
            &names,
            &mut previous,
        );
    });
    key(out, b"problems");
    seq(out, &analysis.problems, |out, p| {
        problem(out, &JsonProblem::new(p, view));
    });
    if let Some(findings) = &analysis.findings {
        key(out, b"findings");
        seq(out, findings, |out, f| {
            finding(out, &JsonFinding::new(f, view))
        });
    }
    out.push(b'}');
}

/// The spans of the mentions written so far, each with the range of `out` that holds its
/// fields (`{"start":…,"column":…`, without the mention's class or the closing brace).
struct Written(Vec<(Span, Range<usize>)>);

impl Written {
    /// Where the fields of `span` were written, once the list is sorted.
    fn find(&self, span: Span) -> Option<Range<usize>> {
        let i = self.0.binary_search_by_key(&span, |&(s, _)| s).ok()?;
        Some(self.0[i].1.clone())
    }
}

/// An attribution as [`JsonAttribution`] shows it, written from the attribution itself: each
/// span is made as it is written, with no report struct of them all built and read back.
fn attribution(out: &mut Vec<u8>, a: &Attribution, view: &View<'_>, written: &mut Written) {
    // The attribution's line and column are its cue's.
    let cue = view.span(a.cue);
    out.extend_from_slice(b"{\"id\":");
    number(out, a.id.0 as usize);
    out.extend_from_slice(b",\"kind\":");
    enum_name(out, a.kind);
    out.extend_from_slice(b",\"cue\":");
    span(out, &cue);
    let some_span = |out: &mut Vec<u8>, &s: &Span| span(out, &view.span(s));
    out.extend_from_slice(b",\"source\":");
    option(out, a.source.as_ref(), |out, m| {
        mention(out, &view.mention(m), written)
    });
    out.extend_from_slice(b",\"content\":");
    option(out, a.content.as_ref(), some_span);
    out.extend_from_slice(b",\"recipient\":");
    option(out, a.recipient.as_ref(), |out, m| {
        mention(out, &view.mention(m), written)
    });
    out.extend_from_slice(b",\"medium\":");
    option(out, a.medium.as_ref(), some_span);
    out.extend_from_slice(b",\"anonymity\":");
    option(out, a.anonymity.as_ref(), some_span);
    out.extend_from_slice(b",\"parent\":");
    option(out, a.parent.as_ref(), |out, p| number(out, p.0 as usize));
    out.extend_from_slice(b",\"line\":");
    number(out, cue.line);
    out.extend_from_slice(b",\"column\":");
    number(out, cue.column);
    out.push(b'}');
}

/// Writes an entity; returns where its quoted name went.
fn entity(out: &mut Vec<u8>, e: &JsonEntity<'_, '_>, written: &Written) -> Range<usize> {
    out.extend_from_slice(b"{\"id\":");
    number(out, e.id as usize);
    out.extend_from_slice(b",\"name\":");
    let name_at = out.len();
    string(out, e.name);
    let name = name_at..out.len();
    out.extend_from_slice(b",\"kind\":");
    enum_name(out, e.kind);
    out.extend_from_slice(b",\"kb_id\":");
    option(out, e.kb_id.as_ref(), |out, id| string(out, id));
    out.extend_from_slice(if e.publisher {
        b",\"publisher\":true"
    } else {
        b",\"publisher\":false"
    });
    out.extend_from_slice(b",\"mentions\":");
    seq(out, e.mentions.spans, |out, &s| match written.find(s) {
        // The same bytes as written for that span: its fields depend on the span alone.
        Some(fields) => {
            out.extend_from_within(fields);
            out.push(b'}');
        }
        None => span(out, &e.mentions.view.span(s)),
    });
    out.push(b'}');
    name
}

/// Writes a chain. Its names are copied from where `names` says the entities' names went, and
/// a chain with the path of the one before (`previous`: the path and where its `path` and
/// `names` went) copies that chain's, as most do where one source speaks several times.
fn chain<'a>(
    out: &mut Vec<u8>,
    c: &JsonChain<'a>,
    names: &[Range<usize>],
    previous: &mut (&'a [EntityId], Range<usize>),
) {
    out.extend_from_slice(b"{\"attribution\":");
    number(out, c.attribution as usize);
    out.extend_from_slice(b",\"path\":");
    if c.path == previous.0 && !previous.1.is_empty() {
        out.extend_from_within(previous.1.clone());
    } else {
        let at = out.len();
        seq(out, c.path, |out, &id| number(out, id.0 as usize));
        out.extend_from_slice(b",\"names\":[");
        for (i, id) in c.path.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_within(names[id.0 as usize].clone());
        }
        out.push(b']');
        *previous = (c.path, at..out.len());
    }
    out.push(b'}');
}

fn problem(out: &mut Vec<u8>, p: &JsonProblem<'_>) {
    out.extend_from_slice(b"{\"kind\":");
    enum_name(out, p.kind);
    out.extend_from_slice(b",\"message\":");
    string(out, p.message);
    out.extend_from_slice(b",\"span\":");
    span(out, &p.span);
    out.push(b'}');
}

fn finding(out: &mut Vec<u8>, f: &JsonFinding<'_>) {
    out.extend_from_slice(b"{\"rule\":");
    string(out, f.rule);
    out.extend_from_slice(b",\"severity\":");
    enum_name(out, f.severity);
    out.extend_from_slice(b",\"message\":");
    string(out, f.message);
    out.extend_from_slice(b",\"span\":");
    span(out, &f.span);
    out.extend_from_slice(b",\"line\":");
    number(out, f.line);
    out.extend_from_slice(b",\"column\":");
    number(out, f.column);
    out.extend_from_slice(b",\"suggestion\":");
    option(out, f.suggestion.as_ref(), |out, s| string(out, s));
    out.extend_from_slice(b",\"related\":");
    seq(out, &f.related, |out, r| {
        out.extend_from_slice(b"{\"span\":");
        span(out, &r.span);
        out.extend_from_slice(b",\"note\":");
        string(out, r.note);
        out.push(b'}');
    });
    out.push(b'}');
}

fn span(out: &mut Vec<u8>, s: &JsonSpan<'_>) {
    span_fields(out, s.start, s.end, s.text, s.line, s.column);
    out.push(b'}');
}

/// A mention is a span with its class after the span's fields, which `written` is told of.
fn mention(out: &mut Vec<u8>, m: &JsonMention<'_>, written: &mut Written) {
    let at = out.len();
    span_fields(out, m.start, m.end, m.text, m.line, m.column);
    let span = Span {
        start: m.start,
        end: m.end,
    };
    written.0.push((span, at..out.len()));
    out.extend_from_slice(b",\"class\":");
    enum_name(out, m.class);
    out.push(b'}');
}

/// `{"start":…,"end":…,"text":…,"line":…,"column":…` without the closing brace.
fn span_fields(
    out: &mut Vec<u8>,
    start: usize,
    end: usize,
    text: &str,
    line: usize,
    column: usize,
) {
    out.extend_from_slice(b"{\"start\":");
    number(out, start);
    out.extend_from_slice(b",\"end\":");
    number(out, end);
    out.extend_from_slice(b",\"text\":");
    string(out, text);
    out.extend_from_slice(b",\"line\":");
    number(out, line);
    out.extend_from_slice(b",\"column\":");
    number(out, column);
}

fn seq<'t, T>(out: &mut Vec<u8>, items: &'t [T], mut item: impl FnMut(&mut Vec<u8>, &'t T)) {
    out.push(b'[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        item(out, x);
    }
    out.push(b']');
}

fn option<T>(out: &mut Vec<u8>, value: Option<&T>, some: impl FnOnce(&mut Vec<u8>, &T)) {
    match value {
        Some(x) => some(out, x),
        None => out.extend_from_slice(b"null"),
    }
}

/// `n` in decimal. Numbers below 10,000 (lines, columns and the offsets of all but long
/// documents) are written as one fixed-size store of digits read in pairs from a table,
/// without a call to format and another to copy a length known only then. Inlined at every
/// use, with longer numbers apart: a call would cost as much as the digits.
#[inline(always)]
fn number(out: &mut Vec<u8>, n: usize) {
    // The two digits of `d % 100`.
    let pair = |d: usize| {
        let i = 2 * (d % 100);
        [DIGIT_PAIRS[i], DIGIT_PAIRS[i + 1]]
    };
    match n {
        0..=9 => out.push(b'0' + n as u8),
        10..=99 => out.extend_from_slice(&pair(n)),
        100..=999 => {
            let [tens, units] = pair(n);
            out.extend_from_slice(&[b'0' + (n / 100) as u8, tens, units]);
        }
        1000..=9999 => {
            let ([a, b], [c, d]) = (pair(n / 100), pair(n));
            out.extend_from_slice(&[a, b, c, d]);
        }
        _ => long_number(out, n),
    }
}

/// `00`, `01`, … `99`, back to back.
const DIGIT_PAIRS: [u8; 200] = {
    let mut table = [0; 200];
    let mut i = 0;
    while i < 100 {
        table[2 * i] = b'0' + (i / 10) as u8;
        table[2 * i + 1] = b'0' + (i % 10) as u8;
        i += 1;
    }
    table
};

/// [`number`] of ten thousand or more.
#[inline(never)]
fn long_number(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// A record's id (any JSON value) as serde_json writes it.
fn serde_value<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    // Writing into a Vec fails only if serialization itself fails, which JSON values do not.
    let _ = serde_json::to_writer(&mut *out, value);
}

/// A unit enum of the report, whose JSON is its name in quotes: a constant, where serde would
/// escape the name byte by byte through its serializer on every use.
trait Name: Copy {
    /// The enum as serde_json writes it, quotes included.
    fn json(self) -> &'static [u8];
}

/// Appends `value`'s quoted name.
fn enum_name(out: &mut Vec<u8>, value: impl Name) {
    out.extend_from_slice(value.json());
}

impl Name for Format {
    fn json(self) -> &'static [u8] {
        match self {
            Format::Plain => b"\"plain\"",
            Format::Markdown => b"\"markdown\"",
            Format::Html => b"\"html\"",
        }
    }
}

impl Name for AttributionKind {
    fn json(self) -> &'static [u8] {
        match self {
            AttributionKind::Direct => b"\"direct\"",
            AttributionKind::Indirect => b"\"indirect\"",
            AttributionKind::Mixed => b"\"mixed\"",
            AttributionKind::Citation => b"\"citation\"",
        }
    }
}

impl Name for EntityKind {
    fn json(self) -> &'static [u8] {
        match self {
            EntityKind::Person => b"\"person\"",
            EntityKind::Outlet => b"\"outlet\"",
            EntityKind::Organization => b"\"organization\"",
            EntityKind::Anonymous => b"\"anonymous\"",
            EntityKind::Vague => b"\"vague\"",
        }
    }
}

impl Name for MentionClass {
    fn json(self) -> &'static [u8] {
        match self {
            MentionClass::Person => b"\"person\"",
            MentionClass::TitledPerson => b"\"titled_person\"",
            MentionClass::Outlet => b"\"outlet\"",
            MentionClass::Organization => b"\"organization\"",
            MentionClass::Anonymous => b"\"anonymous\"",
            MentionClass::Vague => b"\"vague\"",
            MentionClass::Pronoun => b"\"pronoun\"",
            MentionClass::PublicationAnaphor => b"\"publication_anaphor\"",
            MentionClass::SelfRef => b"\"self\"",
        }
    }
}

impl Name for ProblemKind {
    fn json(self) -> &'static [u8] {
        match self {
            ProblemKind::UnclosedQuote => b"\"unclosed_quote\"",
            ProblemKind::UnopenedQuote => b"\"unopened_quote\"",
            ProblemKind::Skipped => b"\"skipped\"",
            ProblemKind::UnresolvedReference => b"\"unresolved_reference\"",
        }
    }
}

impl Name for Severity {
    fn json(self) -> &'static [u8] {
        match self {
            Severity::Info => b"\"info\"",
            Severity::Warning => b"\"warning\"",
            Severity::Error => b"\"error\"",
        }
    }
}

/// True when JSON must escape `b`: a control character, `"` or `\`.
#[inline]
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// True when one of the eight bytes of `word` may need escaping (exact: see
/// [`whosaid_core::bytes`]).
#[inline]
fn any_needs_escape(word: u64) -> bool {
    use whosaid_core::bytes::{bytes_below, splat, zero_bytes};
    bytes_below(word, 0x20) | zero_bytes(word ^ splat(b'"')) | zero_bytes(word ^ splat(b'\\')) != 0
}

/// The first byte at or after `from` that JSON escapes. Eight bytes at a time, the last few
/// too: a text of eight bytes or more ends with a word that overlaps the one before it, so no
/// string (a span's text is some forty bytes) ends with a byte-by-byte loop unless a byte
/// there is to be escaped (or one just escaped before `from` is in that word).
#[inline]
fn find_escape(bytes: &[u8], from: usize) -> Option<usize> {
    let word = |eight: &[u8]| {
        let mut w = [0; 8];
        w.copy_from_slice(eight);
        u64::from_le_bytes(w)
    };
    let mut pos = from;
    while let Some(chunk) = bytes.get(pos..pos + 8) {
        if any_needs_escape(word(chunk)) {
            // The word test is exact: some byte of the chunk is to be escaped.
            return chunk.iter().position(|&b| needs_escape(b)).map(|k| pos + k);
        }
        pos += 8;
    }
    if pos >= bytes.len() {
        return None;
    }
    if let Some(last) = bytes.len().checked_sub(8).map(|start| &bytes[start..]) {
        if !any_needs_escape(word(last)) {
            return None;
        }
    }
    bytes[pos..]
        .iter()
        .position(|&b| needs_escape(b))
        .map(|k| pos + k)
}

/// True when no byte of `bytes` is to be escaped, as for nearly every span's text (some
/// forty bytes). Sixteen bytes at a time, each block tested whole with no early exit, which
/// the compiler makes a few vector instructions; the last block overlaps the one before it.
/// Eight to fifteen bytes are two overlapping words, fewer are tested one by one, and long
/// texts go mostly to [`dirty_run`].
#[inline]
fn is_clean(bytes: &[u8]) -> bool {
    fn dirty(block: &[u8; 16]) -> bool {
        block.iter().fold(false, |dirty, &b| {
            dirty | (b < 0x20) | (b == b'"') | (b == b'\\')
        })
    }
    let word = |eight: &[u8]| {
        let mut w = [0; 8];
        w.copy_from_slice(eight);
        u64::from_le_bytes(w)
    };
    let block = |sixteen: &[u8]| {
        let mut b = [0; 16];
        b.copy_from_slice(sixteen);
        b
    };
    let len = bytes.len();
    match len {
        0..8 => !bytes.iter().any(|&b| needs_escape(b)),
        8..16 => !(any_needs_escape(word(&bytes[..8])) | any_needs_escape(word(&bytes[len - 8..]))),
        16..64 => {
            let mut found = false;
            for sixteen in bytes.chunks_exact(16) {
                found |= dirty(&block(sixteen));
            }
            !(found || dirty(&block(&bytes[len - 16..])))
        }
        // A long text (a claim's content, a hundred bytes and more): its whole blocks of 32
        // bytes in one loop the compiler vectorizes, and the rest as the last two blocks of
        // sixteen, overlapping what was tested. A call per block of sixteen cost as much as
        // the test.
        _ => {
            let whole = len - len % 32;
            !(dirty_run(&bytes[..whole])
                || dirty(&block(&bytes[len - 32..len - 16]))
                || dirty(&block(&bytes[len - 16..])))
        }
    }
}

/// True when some byte of `bytes` is to be escaped: a fold with no early exit, which the
/// compiler makes a loop of vector instructions over 32 bytes at a time (given a multiple of
/// 32 bytes, nothing is left for its byte-by-byte tail).
#[inline(never)]
fn dirty_run(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .fold(false, |dirty, &b| dirty | needs_escape(b))
}

/// `s` as a JSON string with serde_json's escapes: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`,
/// and `\u00XX` (lowercase hex) for the other control characters. Everything else, including
/// non-ASCII text and U+2028, is copied as it is.
fn string(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    if is_clean(bytes) {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let mut run = 0;
    while let Some(i) = find_escape(bytes, run) {
        out.extend_from_slice(&bytes[run..i]);
        escape(out, bytes[i]);
        run = i + 1;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

fn escape(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match b {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0C => out.extend_from_slice(b"\\f"),
        b'\n' => out.extend_from_slice(b"\\n"),
        b'\r' => out.extend_from_slice(b"\\r"),
        b'\t' => out.extend_from_slice(b"\\t"),
        _ => out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(b >> 4)],
            HEX[usize::from(b & 0xF)],
        ]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serde_string(s: &str) -> Vec<u8> {
        serde_json::to_vec(s).unwrap_or_default()
    }

    fn ours(s: &str) -> Vec<u8> {
        let mut out = Vec::new();
        string(&mut out, s);
        out
    }

    #[test]
    fn every_ascii_byte_escapes_as_serde_json_does() {
        for b in 0u8..0x80 {
            let c = char::from(b);
            // Alone, and at every position of an eight-byte word and beyond it.
            for pad in 0..17 {
                let s = format!("{}{c}{}", "a".repeat(pad), "b".repeat(16 - pad));
                assert_eq!(ours(&s), serde_string(&s), "byte {b:#x} at {pad}");
            }
        }
    }

    #[test]
    fn non_ascii_and_mixed_strings_match_serde_json() {
        for s in [
            "",
            "\"",
            "\\\\\"\"",
            "Київ — “Ми не підемо”, — сказав він.",
            "line\u{2028}separator\u{7f} and 🙂\u{0}\u{1f}",
            "\u{e9}\n\t\r\u{8}\u{c}\u{b}x",
            "tab\tat the end\t",
        ] {
            assert_eq!(ours(s), serde_string(s), "{s:?}");
        }
    }

    /// Every variant of every enum written by name, against serde's spelling.
    #[test]
    fn names_are_spelled_as_serde_spells_them() {
        fn check<T: Name + Serialize + std::fmt::Debug>(all: &[T]) {
            for &v in all {
                let serde = serde_json::to_vec(&v).unwrap_or_default();
                assert_eq!(v.json(), serde.as_slice(), "{v:?}");
            }
        }
        check(&[Format::Plain, Format::Markdown, Format::Html]);
        use AttributionKind as A;
        check(&[A::Direct, A::Indirect, A::Mixed, A::Citation]);
        use EntityKind as E;
        check(&[
            E::Person,
            E::Outlet,
            E::Organization,
            E::Anonymous,
            E::Vague,
        ]);
        use MentionClass as M;
        check(&[
            M::Person,
            M::TitledPerson,
            M::Outlet,
            M::Organization,
            M::Anonymous,
            M::Vague,
            M::Pronoun,
            M::PublicationAnaphor,
            M::SelfRef,
        ]);
        use ProblemKind as P;
        check(&[
            P::UnclosedQuote,
            P::UnopenedQuote,
            P::Skipped,
            P::UnresolvedReference,
        ]);
        check(&[Severity::Info, Severity::Warning, Severity::Error]);
    }

    #[test]
    fn numbers_as_itoa_writes_them() {
        let mut ours = Vec::new();
        for n in (0..20_000).chain([99_999, 100_000, 1 << 40, usize::MAX]) {
            ours.clear();
            number(&mut ours, n);
            assert_eq!(ours, n.to_string().as_bytes());
        }
    }

    #[test]
    fn escapes_found_as_by_a_byte_loop() {
        // Every length up to five words, an escaped byte at every place or none.
        for len in 0..40 {
            for at in (0..len).map(Some).chain([None]) {
                let mut bytes = vec![b'a'; len];
                if let Some(at) = at {
                    bytes[at] = b'"';
                }
                for from in 0..=len {
                    let want = (from..len).find(|&i| needs_escape(bytes[i]));
                    assert_eq!(find_escape(&bytes, from), want, "{len} {at:?} {from}");
                }
                assert_eq!(is_clean(&bytes), at.is_none(), "{len} {at:?}");
            }
        }
    }

    /// Long texts too: an escaped byte in every place of the whole blocks and of the rest.
    #[test]
    fn long_texts_are_clean_only_without_escapes() {
        for len in 40..140 {
            for at in (0..len).map(Some).chain([None]) {
                for b in [b'"', b'\\', b'\n', 0x1f] {
                    let mut bytes = vec![b'a'; len];
                    if let Some(at) = at {
                        bytes[at] = b;
                    }
                    assert_eq!(is_clean(&bytes), at.is_none(), "{len} {at:?} {b:#x}");
                }
            }
        }
    }

    #[test]
    fn the_word_test_is_exact() {
        // Every byte value in every lane, with clean bytes around it.
        for b in 0u8..=255 {
            for lane in 0..8 {
                let mut word = [b'a'; 8];
                word[lane] = b;
                let got = any_needs_escape(u64::from_le_bytes(word));
                assert_eq!(got, needs_escape(b), "byte {b:#x} in lane {lane}");
            }
        }
    }
}
