//! Suppression comments: `<!-- whosaid-disable-next-line RULE -->`, `<!-- whosaid-disable RULE
//! -->` ... `<!-- whosaid-enable RULE -->`, each with an optional reason after `--`.
//!
//! Directives are read from the raw text (`doc.text`), wherever they are: Markdown hides HTML
//! comments from the prose, and plain text may hold them too. `RULE` is a comma- or
//! space-separated list of rule ids (`source/vague`) or families (`source`); no `RULE` means
//! every rule.
//!
//! - `disable-next-line` suppresses the findings whose span starts on the first non-blank line
//!   after the line on which the comment ends.
//! - `disable` suppresses from the end of the comment to the start of the next `enable` that
//!   names the same selector (or names nothing), else to the end of the text.
//! - A finding that starts inside a directive comment (a plain-text file whose reason names a
//!   person) is dropped: it is about the directive, not about the article.
//!
//! Problems with directives are findings of `suppression/unused` (a selector that suppressed
//! nothing) and `suppression/unknown-rule` (a selector that names no rule or family). Those two
//! are never suppressed by comments (which could loop); turn them off in the [`Config`].
//!
//! Cost: one scan of the text for `<!--`, then one sweep over the findings and the suppressed
//! ranges, both sorted by position, with a heap of open ranges per selector: O((f + d) log d)
//! for f findings and d directives.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::sync::OnceLock;

use whosaid_core::{Finding, Span};

use crate::registry::{self, default_severity};
use crate::Config;

/// The rule id of directives that suppressed nothing.
pub const UNUSED: &str = "suppression/unused";
/// The rule id of directives that name a rule or family that does not exist.
pub const UNKNOWN_RULE: &str = "suppression/unknown-rule";

const PREFIX: &str = "whosaid-";

/// What a directive does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `whosaid-disable-next-line`.
    DisableNextLine,
    /// `whosaid-disable`.
    Disable,
    /// `whosaid-enable`.
    Enable,
}

impl Kind {
    /// The word written in the comment.
    pub fn word(self) -> &'static str {
        match self {
            Kind::DisableNextLine => "whosaid-disable-next-line",
            Kind::Disable => "whosaid-disable",
            Kind::Enable => "whosaid-enable",
        }
    }
}

/// One suppression comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// The whole comment, `<!--` to `-->`.
    pub span: Span,
    /// What it does.
    pub kind: Kind,
    /// The rule ids and families it names, as written; empty for every rule.
    pub selectors: Vec<String>,
    /// The reason written after `--`, trimmed; `None` when there is none.
    pub reason: Option<String>,
}

/// Every suppression comment of `text`, in order. Comments that are not directives (any HTML
/// comment whose body does not start with a directive word) are skipped.
pub fn directives(text: &str) -> Vec<Directive> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = comment_from(text, from) {
        let body_start = open + 4;
        let Some(j) = text[body_start..].find("-->") else {
            break;
        };
        let close = body_start + j + 3;
        if let Some(d) = parse(&text[body_start..body_start + j], Span::new(open, close)) {
            out.push(d);
        }
        from = close;
    }
    out
}

/// Where the first `<!--` at or after `from` starts. Most documents hold none, and the whole
/// text is searched: by memchr's vectorised substring search, a fraction of an instruction
/// per byte (eight bytes at a time cost more than the rest of the suppression pass). The
/// searcher is built once: building it for each document (`memmem::find`) cost twice the
/// search of a news article.
fn comment_from(text: &str, from: usize) -> Option<usize> {
    static OPEN: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let rest = text.as_bytes().get(from..)?;
    OPEN.get_or_init(|| memchr::memmem::Finder::new(b"<!--"))
        .find(rest)
        .map(|k| from + k)
}

/// Reads the body of one comment (between `<!--` and `-->`).
fn parse(body: &str, span: Span) -> Option<Directive> {
    let body = body.trim();
    let rest = body.strip_prefix(PREFIX)?;
    let word_end = rest
        .find(|c: char| c.is_whitespace() || c == ',')
        .unwrap_or(rest.len());
    let kind = match &rest[..word_end] {
        "disable-next-line" => Kind::DisableNextLine,
        "disable" => Kind::Disable,
        "enable" => Kind::Enable,
        _ => return None,
    };
    let rest = &rest[word_end..];
    let (list, reason) = match rest.find("--") {
        Some(k) => {
            let reason = rest[k + 2..].trim();
            (&rest[..k], (!reason.is_empty()).then(|| reason.to_owned()))
        }
        None => (rest, None),
    };
    let selectors = list
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    Some(Directive {
        span,
        kind,
        selectors,
        reason,
    })
}

/// True when `selector` names a rule (`source/vague`) or a family (`source`).
fn known(selector: &str) -> bool {
    if selector.contains('/') {
        registry::rule(selector).is_some()
    } else {
        registry::rules().iter().any(|r| r.family() == selector)
    }
}

/// A range of offsets in which findings matching `key` are suppressed.
#[derive(Debug)]
struct Range {
    start: usize,
    end: usize,
    /// A rule id, a family, or `*` for every rule.
    key: String,
    /// The directive and selector to mark used; `None` for a directive's own text.
    owner: Option<(usize, usize)>,
}

/// The byte offset where the line holding `offset` ends (at its `\n`, or the text's end).
fn line_end(text: &str, offset: usize) -> usize {
    text.get(offset..)
        .and_then(|rest| rest.find('\n'))
        .map_or(text.len(), |i| offset + i)
}

/// The first non-blank line after the line on which `offset` lies, as a range of offsets
/// (its start, and the start of the line after it).
fn next_non_blank_line(text: &str, offset: usize) -> Option<(usize, usize)> {
    let mut start = line_end(text, offset) + 1;
    while start <= text.len() {
        let end = line_end(text, start);
        if !text[start..end].trim().is_empty() {
            return Some((start, end + 1));
        }
        start = end + 1;
    }
    None
}

/// Removes the findings that directives in `text` suppress and appends the findings about the
/// directives themselves (`suppression/unused`, `suppression/unknown-rule`) when `config`
/// enables them. The result is sorted as [`crate::check`] sorts (findings in any order are
/// accepted; text without directives returns them as given).
pub fn apply(text: &str, mut findings: Vec<Finding>, config: &Config) -> Vec<Finding> {
    let directives = directives(text);
    if directives.is_empty() {
        return findings;
    }
    findings.sort_by(|a, b| {
        (a.span.start, a.span.end, &a.rule).cmp(&(b.span.start, b.span.end, &b.rule))
    });
    // Per directive and selector: whether it suppressed something; unknown selectors are
    // reported once and take no part.
    let mut used: Vec<Vec<bool>> = Vec::with_capacity(directives.len());
    let mut extra = Vec::new();
    let mut ranges = Vec::new();
    // Open `disable` regions per key: (directive, selector, start).
    let mut open: HashMap<String, Vec<(usize, usize, usize)>> = HashMap::new();
    for (d, dir) in directives.iter().enumerate() {
        let mut keys: Vec<(usize, &str)> = Vec::new();
        for (s, sel) in dir.selectors.iter().enumerate() {
            if known(sel) {
                keys.push((s, sel));
            } else {
                extra.push(finding(
                    UNKNOWN_RULE,
                    dir.span,
                    format!(
                        "unknown rule or family `{sel}` in `{}` (see `whosaid rules`)",
                        dir.kind.word()
                    ),
                ));
            }
        }
        let all = dir.selectors.is_empty();
        if all {
            keys.push((0, "*"));
        }
        // Unknown selectors count as used so they are reported once, as unknown.
        let mut flags = vec![true; dir.selectors.len().max(1)];
        for &(s, _) in &keys {
            flags[s] = false;
        }
        ranges.push(Range {
            start: dir.span.start,
            end: dir.span.end,
            key: "*".to_owned(),
            owner: None,
        });
        match dir.kind {
            Kind::DisableNextLine => {
                if let Some((start, end)) = next_non_blank_line(text, dir.span.end) {
                    for &(s, key) in &keys {
                        ranges.push(Range {
                            start,
                            end,
                            key: key.to_owned(),
                            owner: Some((d, s)),
                        });
                    }
                }
            }
            Kind::Disable => {
                for &(s, key) in &keys {
                    open.entry(key.to_owned())
                        .or_default()
                        .push((d, s, dir.span.end));
                }
            }
            Kind::Enable => {
                let closing: Vec<String> = if all {
                    open.keys().cloned().collect()
                } else {
                    keys.iter().map(|&(_, k)| k.to_owned()).collect()
                };
                for &(s, key) in &keys {
                    // An `enable` is used when it closes something.
                    if open.get(key).is_some_and(|v| !v.is_empty()) || (all && !open.is_empty()) {
                        flags[s] = true;
                    }
                }
                for key in closing {
                    for (od, os, start) in open.remove(&key).unwrap_or_default() {
                        ranges.push(Range {
                            start,
                            end: dir.span.start,
                            key: key.clone(),
                            owner: Some((od, os)),
                        });
                    }
                }
            }
        }
        used.push(flags);
    }
    let mut keys: Vec<String> = open.keys().cloned().collect();
    keys.sort();
    for key in keys {
        for (d, s, start) in open.remove(&key).unwrap_or_default() {
            ranges.push(Range {
                start,
                end: usize::MAX,
                key: key.clone(),
                owner: Some((d, s)),
            });
        }
    }
    ranges.sort_by_key(|r| r.start);

    // The sweep: findings and ranges by start; per key, a max-heap of started ranges by start,
    // whose expired tops are dropped lazily (findings only move forward).
    let mut heaps: HashMap<&str, BinaryHeap<(usize, Reverse<usize>)>> = HashMap::new();
    let mut next = 0;
    let mut kept = Vec::with_capacity(findings.len());
    for f in findings {
        let at = f.span.start;
        while let Some(r) = ranges.get(next).filter(|r| r.start <= at) {
            heaps
                .entry(r.key.as_str())
                .or_default()
                .push((r.start, Reverse(next)));
            next += 1;
        }
        let family = f
            .rule
            .split_once('/')
            .map_or(f.rule.as_str(), |(fam, _)| fam);
        let mut suppressed = false;
        for key in [f.rule.as_str(), family, "*"] {
            let Some(heap) = heaps.get_mut(key) else {
                continue;
            };
            while let Some(&(_, Reverse(i))) = heap.peek() {
                if ranges[i].end > at {
                    break;
                }
                heap.pop();
            }
            if let Some(&(_, Reverse(i))) = heap.peek() {
                suppressed = true;
                if let Some((d, s)) = ranges[i].owner {
                    used[d][s] = true;
                }
                break;
            }
        }
        if !suppressed {
            kept.push(f);
        }
    }

    for (d, dir) in directives.iter().enumerate() {
        let unused: Vec<&str> = if dir.selectors.is_empty() {
            if used[d][0] {
                continue;
            }
            vec![]
        } else {
            dir.selectors
                .iter()
                .zip(&used[d])
                .filter(|(_, &u)| !u)
                .map(|(s, _)| s.as_str())
                .collect()
        };
        if !dir.selectors.is_empty() && unused.is_empty() {
            continue;
        }
        let what = if unused.is_empty() {
            "any rule".to_owned()
        } else {
            unused
                .iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let message = match dir.kind {
            Kind::Enable => format!("unused `whosaid-enable`: {what} was not disabled"),
            Kind::DisableNextLine if next_non_blank_line(text, dir.span.end).is_none() => {
                "unused suppression: no line follows it".to_owned()
            }
            Kind::DisableNextLine => {
                format!("unused suppression: no finding of {what} on the next line")
            }
            Kind::Disable => {
                format!("unused suppression: no finding of {what} in the disabled region")
            }
        };
        extra.push(finding(UNUSED, dir.span, message));
    }

    for f in extra {
        let Some(severity) = registry::rule(&f.rule).and_then(|e| config.severity(e)) else {
            continue;
        };
        kept.push(Finding { severity, ..f });
    }
    kept.sort_by(|a, b| {
        (a.span.start, a.span.end, &a.rule).cmp(&(b.span.start, b.span.end, &b.rule))
    });
    kept.dedup_by(|b, a| a.span == b.span && a.rule == b.rule && a.message == b.message);
    kept
}

fn finding(id: &str, span: Span, message: String) -> Finding {
    Finding {
        rule: id.to_owned(),
        severity: default_severity(id),
        span,
        message,
        suggestion: None,
        related: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_found_where_find_finds_them() {
        for text in [
            "",
            "<",
            "<!-",
            "<!--",
            "a < b <! <!- <!-- x --> <!--y-->",
            "ab<<<!--<!--",
            "é<!-- whosaid-disable --> «<» <!---->",
            "0123456789abcdef<!--0123456789",
        ] {
            for from in 0..=text.len() + 1 {
                if !text.is_char_boundary(from.min(text.len())) {
                    continue;
                }
                let want = text
                    .get(from..)
                    .and_then(|rest| rest.find("<!--"))
                    .map(|i| from + i);
                assert_eq!(comment_from(text, from), want, "{text:?} from {from}");
            }
        }
    }
    use whosaid_core::Severity;
    use whosaid_kb::Kb;

    use crate::{check, Context};

    /// Runs every rule (with `config`) on `text`, read as Markdown, through the CLI's pipeline.
    fn run_with(text: &str, config: &Config) -> Vec<Finding> {
        crate::rules::test::with_context(text, true, Some("UNN"), |cx| check(cx, config))
    }

    fn run(text: &str) -> Vec<Finding> {
        run_with(text, &Config::default())
    }

    /// `rule: text of the span` for each finding.
    fn show(text: &str, findings: &[Finding]) -> Vec<String> {
        findings
            .iter()
            .map(|f| format!("{}: {}", f.rule, f.span.slice(text)))
            .collect()
    }

    const VAGUE: &str = "Witkoff will travel to Moscow, according to Russian media reports.";

    #[test]
    fn reads_directives() {
        let text = "a <!-- whosaid-disable-next-line name/misspelled, source -- Stamer is the \
                    councillor, not Starmer --> b <!-- plain comment --> <!--whosaid-enable-->\
                    <!-- whosaid-disabled x --> <!-- unclosed";
        let got = directives(text);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].kind, Kind::DisableNextLine);
        assert_eq!(got[0].selectors, ["name/misspelled", "source"]);
        assert_eq!(
            got[0].reason.as_deref(),
            Some("Stamer is the councillor, not Starmer")
        );
        assert!(got[0].span.slice(text).starts_with("<!--"));
        assert!(got[0].span.slice(text).ends_with("-->"));
        assert_eq!(got[1].kind, Kind::Enable);
        assert!(got[1].selectors.is_empty());
        assert_eq!(got[1].reason, None);
        assert!(directives("<!-- whosaid-disable a b c").is_empty());
        assert!(directives("").is_empty());
        assert!(directives("<!---->").is_empty());
    }

    #[test]
    fn next_line_suppresses_only_the_next_non_blank_line() {
        let text = format!(
            "<!-- whosaid-disable-next-line source/vague -- the agency names them later -->\n\n\
             {VAGUE}\n\n{VAGUE}\n"
        );
        let got = run(&text);
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(got[0].rule, "source/vague");
        assert!(got[0].span.start > text.find("\n\n").unwrap_or(0) + VAGUE.len());
    }

    #[test]
    fn families_and_all_rules() {
        for selector in ["source", "", "quote, source", "quote source"] {
            let text = format!("<!-- whosaid-disable-next-line {selector} -->\n{VAGUE}\n");
            let got = run(&text);
            // A family or every rule: the vague source is gone; `quote` matched nothing.
            let rules: Vec<&str> = got.iter().map(|f| f.rule.as_str()).collect();
            if selector.starts_with("quote") {
                assert_eq!(rules, ["suppression/unused"], "{selector}");
                assert!(got[0].message.contains("`quote`"), "{}", got[0].message);
            } else {
                assert!(rules.is_empty(), "{selector}: {got:#?}");
            }
        }
    }

    #[test]
    fn regions() {
        let text = format!(
            "{VAGUE}\n\n<!-- whosaid-disable source/vague -->\n\n{VAGUE}\n\n{VAGUE}\n\n\
             <!-- whosaid-enable source/vague -->\n\n{VAGUE}\n"
        );
        let got = run(&text);
        let lines: Vec<usize> = got
            .iter()
            .map(|f| text[..f.span.start].matches('\n').count() + 1)
            .collect();
        assert_eq!(lines, [1, 11], "{got:#?}");
        // Without an `enable`, the region runs to the end.
        let text = format!("{VAGUE}\n\n<!-- whosaid-disable -->\n\n{VAGUE}\n\n{VAGUE}\n");
        assert_eq!(run(&text).len(), 1);
    }

    #[test]
    fn unused_and_unknown() {
        let text = "<!-- whosaid-disable-next-line name/misspelled, source/vague, nope/nope, \
                    nope -->\nMarco Rubio said the ceasefire would not hold, according to \
                    Russian media reports.\n\n<!-- whosaid-enable quote -->\n\n\
                    <!-- whosaid-disable-next-line source/vague -->\n";
        let got = run(text);
        let messages: Vec<(&str, &str)> = got
            .iter()
            .map(|f| (f.rule.as_str(), f.message.as_str()))
            .collect();
        assert_eq!(
            messages,
            [
                (
                    "suppression/unknown-rule",
                    "unknown rule or family `nope/nope` in `whosaid-disable-next-line` (see `whosaid rules`)"
                ),
                (
                    "suppression/unknown-rule",
                    "unknown rule or family `nope` in `whosaid-disable-next-line` (see `whosaid rules`)"
                ),
                (
                    "suppression/unused",
                    "unused suppression: no finding of `name/misspelled` on the next line"
                ),
                (
                    "suppression/unused",
                    "unused `whosaid-enable`: `quote` was not disabled"
                ),
                (
                    "suppression/unused",
                    "unused suppression: no line follows it"
                ),
            ]
        );
        assert_eq!(got[0].severity, Severity::Error);
        assert_eq!(got[2].severity, Severity::Warning);
        for f in &got {
            let comment = f.span.slice(text);
            assert!(comment.starts_with("<!--") && comment.ends_with("-->"));
        }
    }

    #[test]
    fn suppression_rules_follow_the_config_and_are_never_suppressed() {
        let text = "<!-- whosaid-disable -->\n<!-- whosaid-disable-next-line nope -->\n\nText.\n";
        let got = run(text);
        assert_eq!(
            show(text, &got)
                .iter()
                .map(|s| s.split(':').next().unwrap_or(""))
                .collect::<Vec<_>>(),
            ["suppression/unused", "suppression/unknown-rule"]
        );
        let mut config = Config::default();
        config.set(UNUSED, None).unwrap();
        config.set(UNKNOWN_RULE, Some(Severity::Info)).unwrap();
        let got = run_with(text, &config);
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].rule.as_str(), got[0].severity),
            (UNKNOWN_RULE, Severity::Info)
        );
    }

    #[test]
    fn findings_inside_a_directive_are_dropped() {
        // Plain text keeps the comment in the prose: the reason reads like an attribution.
        let text = "<!-- whosaid-disable-next-line source/vague -- experts say so -->\n\
                    Witkoff will travel to Moscow, according to Russian media reports.\n";
        let doc = whosaid_text::plain(text.to_owned());
        let parsed = whosaid_parse::parse(&doc);
        let kb = Kb::empty();
        let opts = whosaid_chain::Options {
            kb: &kb,
            publisher: None,
        };
        let resolved = whosaid_chain::resolve(&doc, &parsed.attributions, &opts);
        let cx = Context::new(
            &doc,
            &parsed.attributions,
            &parsed.problems,
            &resolved,
            &kb,
            None,
        );
        let got = check(&cx, &Config::default());
        assert!(
            got.iter().all(|f| !f.rule.starts_with("source/")),
            "{got:#?}"
        );
    }

    fn at(rule: &str, start: usize) -> Finding {
        finding(rule, Span::new(start, start + 1), String::new())
    }

    /// `apply` alone, on synthetic findings: which survive, and what is reported.
    fn applied(text: &str, findings: Vec<Finding>) -> Vec<(String, usize)> {
        apply(text, findings, &Config::default())
            .into_iter()
            .map(|f| (f.rule, f.span.start))
            .collect()
    }

    #[test]
    fn nested_regions_enable_all_and_crlf() {
        let text = "A\r\n<!-- whosaid-disable source -->\r\nB\r\n<!-- whosaid-disable quote/unclosed -->\r\n\
                    C\r\n<!-- whosaid-enable -->\r\nD\r\n";
        let b = text.find('B').unwrap_or(0);
        let c = text.find('C').unwrap_or(0);
        let d = text.find('D').unwrap_or(0);
        let got = applied(
            text,
            vec![
                at("source/vague", 0),
                at("source/vague", b),
                at("quote/unclosed", b),
                at("quote/unclosed", c),
                at("source/anonymous", c),
                at("source/vague", d),
                at("quote/unclosed", d),
            ],
        );
        let want: Vec<(String, usize)> = vec![
            ("source/vague".into(), 0),
            ("quote/unclosed".into(), b),
            ("quote/unclosed".into(), d),
            ("source/vague".into(), d),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn next_line_at_the_end_and_on_the_same_line() {
        // The comment ends on the line of its `-->`; the finding before it on that line stays.
        let text = "X <!-- whosaid-disable-next-line\nsource/vague --> Y\n\n   \nZ";
        let y = text.find('Y').unwrap_or(0);
        let z = text.find('Z').unwrap_or(0);
        let got = applied(text, vec![at("source/vague", y), at("source/vague", z)]);
        assert_eq!(got, [("source/vague".to_owned(), y)]);
    }

    #[test]
    fn many_directives_stay_fast() {
        // 20,000 open regions of one rule and 20,000 findings: the sweep is O((f + d) log d).
        let mut text = String::new();
        let mut findings = Vec::new();
        for i in 0..20_000 {
            text.push_str("<!-- whosaid-disable source/vague -->\n");
            findings.push(at(
                if i % 2 == 0 {
                    "source/vague"
                } else {
                    "quote/unclosed"
                },
                text.len(),
            ));
            text.push_str("text\n");
        }
        let started = std::time::Instant::now();
        let got = apply(&text, findings, &Config::default());
        assert!(started.elapsed().as_secs() < 5);
        // The odd findings stay, and every region suppressed its own line's finding except
        // those followed by a `quote/unclosed` line (half of them).
        assert_eq!(
            got.iter().filter(|f| f.rule == "quote/unclosed").count(),
            10_000
        );
        assert_eq!(got.iter().filter(|f| f.rule == UNUSED).count(), 10_000);
    }

    /// Checking, then writing a `disable-next-line` for every finding above its line, then
    /// checking again finds nothing at all; the original text gives the original findings.
    #[test]
    fn idempotence() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/rules");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .flat_map(|d| std::fs::read_dir(d.path()).into_iter().flatten().flatten())
            .map(|f| f.path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        files.sort();
        assert!(files.len() >= 20, "{files:?}");
        let mut tried = 0;
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let before = run(&text);
            if before.is_empty() {
                continue;
            }
            tried += 1;
            // Rules per line start, in finding order.
            let mut by_line: std::collections::BTreeMap<usize, Vec<String>> = Default::default();
            for f in &before {
                let line_start = text[..f.span.start].rfind('\n').map_or(0, |i| i + 1);
                let rules = by_line.entry(line_start).or_default();
                if !rules.contains(&f.rule) {
                    rules.push(f.rule.clone());
                }
            }
            let mut annotated = String::new();
            let mut from = 0;
            for (line_start, rules) in &by_line {
                annotated.push_str(&text[from..*line_start]);
                // At the end of the line before (or alone on a first line), so that paragraphs
                // stay as they were.
                if *line_start == 0 {
                    annotated.push_str(&format!(
                        "<!-- whosaid-disable-next-line {} -->\n\n",
                        rules.join(", ")
                    ));
                } else {
                    annotated.pop();
                    annotated.push_str(&format!(
                        " <!-- whosaid-disable-next-line {} -->\n",
                        rules.join(", ")
                    ));
                }
                from = *line_start;
            }
            annotated.push_str(&text[from..]);
            let after = run(&annotated);
            assert!(
                after.is_empty(),
                "{}:\n{annotated}\n{:#?}",
                path.display(),
                show(&annotated, &after)
            );
            assert_eq!(run(&text), before);
        }
        assert!(tried >= 10);
    }
}
