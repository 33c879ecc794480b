//! Every format of `check` puts every finding where its byte span is. The JSON output's byte
//! `start` (and `end`) of each finding is the ground truth; each format's lines and columns,
//! read back with that format's convention (characters, or UTF-8 bytes for rdjson), must land on
//! the same byte of the file, for every finding of every article under `fixtures/`.
//!
//! The table [`FORMATS`] has one row per format: its name, its column unit and a parser of its
//! output. A new format is one more row.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use serde_json::Value;

use super::{root, whosaid};

/// What a column counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// Unicode scalar values.
    Chars,
    /// UTF-8 bytes.
    Bytes,
}

/// A 1-based line and column.
type LineCol = (usize, usize);

/// Where a format says one finding is.
#[derive(Debug, Default)]
struct Reported {
    path: String,
    start: LineCol,
    /// The exclusive end, in formats that give one.
    end: Option<LineCol>,
    /// The 0-based character offset of the start (SARIF's `charOffset`).
    char_offset: Option<usize>,
    /// The starts of the related spans, in formats that list them.
    related: Option<Vec<LineCol>>,
}

/// One format: its name for `--format`, its column unit, and how to read its output.
struct Format {
    name: &'static str,
    unit: Unit,
    parse: fn(&str) -> Vec<Reported>,
}

const FORMATS: &[Format] = &[
    Format {
        name: "human",
        unit: Unit::Chars,
        parse: parse_human,
    },
    Format {
        name: "brief",
        unit: Unit::Chars,
        parse: parse_brief,
    },
    Format {
        name: "json",
        unit: Unit::Chars,
        parse: parse_json,
    },
    Format {
        name: "jsonl",
        unit: Unit::Chars,
        parse: parse_jsonl,
    },
    Format {
        name: "sarif",
        unit: Unit::Chars,
        parse: parse_sarif,
    },
    Format {
        name: "github",
        unit: Unit::Chars,
        parse: parse_github,
    },
    Format {
        name: "rdjson",
        unit: Unit::Bytes,
        parse: parse_rdjson,
    },
    Format {
        name: "yaml",
        unit: Unit::Chars,
        parse: parse_yaml,
    },
];

/// A finding as the JSON output gives it: byte offsets.
#[derive(Debug)]
struct Truth {
    path: String,
    start: usize,
    end: usize,
    related: Vec<usize>,
}

fn number(value: &Value) -> usize {
    value
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or_else(|| panic!("not a number: {value}"))
}

fn line_col(value: &Value, line: &str, column: &str) -> LineCol {
    (number(&value[line]), number(&value[column]))
}

/// `path:line:column` split from the right (a path may hold a colon).
fn split_location(location: &str) -> (String, LineCol) {
    let mut parts = location.rsplitn(3, ':');
    let column = parts.next().and_then(|c| c.parse().ok());
    let line = parts.next().and_then(|l| l.parse().ok());
    let path = parts.next();
    match (path, line, column) {
        (Some(path), Some(line), Some(column)) => (path.to_owned(), (line, column)),
        _ => panic!("not path:line:column: {location}"),
    }
}

/// The YAML output, read line by line: a document is `  - path: "..."`, its findings are the
/// items under `    findings:`, and a finding's own `line` and `column` are its keys at the
/// item's indentation (8 spaces; the span's keys are deeper).
fn parse_yaml(out: &str) -> Vec<Reported> {
    let mut found = Vec::new();
    let mut path = String::new();
    let mut in_findings = false;
    let mut line = None;
    for row in out.lines() {
        if let Some(p) = row.strip_prefix("  - path: ") {
            path = serde_json::from_str(p).expect("a quoted path");
            in_findings = false;
        } else if row.starts_with("    ") && !row.starts_with("     ") {
            in_findings = row == "    findings:";
        } else if in_findings {
            if let Some(n) = row.strip_prefix("        line: ") {
                line = Some(n.parse().expect("a line number"));
            } else if let Some(n) = row.strip_prefix("        column: ") {
                let column = n.parse().expect("a column number");
                found.push(Reported {
                    path: path.clone(),
                    start: (line.take().expect("line before column"), column),
                    ..Reported::default()
                });
            }
        }
    }
    found
}

fn parse_human(out: &str) -> Vec<Reported> {
    out.lines()
        .filter_map(|line| line.trim_start().strip_prefix("--> "))
        .map(|location| {
            let (path, start) = split_location(location);
            Reported {
                path,
                start,
                ..Reported::default()
            }
        })
        .collect()
}

fn parse_brief(out: &str) -> Vec<Reported> {
    out.lines()
        .filter(|line| !line.contains("checked: "))
        .map(|line| {
            let (location, _) = line
                .split_once(": ")
                .unwrap_or_else(|| panic!("not a brief line: {line}"));
            let (path, start) = split_location(location);
            Reported {
                path,
                start,
                ..Reported::default()
            }
        })
        .collect()
}

fn json_document(doc: &Value) -> Vec<Reported> {
    let path = doc["path"].as_str().unwrap_or_default();
    doc["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| Reported {
            path: path.to_owned(),
            start: line_col(f, "line", "column"),
            related: Some(
                f["related"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|r| line_col(&r["span"], "line", "column"))
                    .collect(),
            ),
            ..Reported::default()
        })
        .collect()
}

fn parse_json(out: &str) -> Vec<Reported> {
    let value: Value = serde_json::from_str(out).expect("JSON");
    value["documents"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(json_document)
        .collect()
}

fn parse_jsonl(out: &str) -> Vec<Reported> {
    out.lines()
        .flat_map(|line| json_document(&serde_json::from_str(line).expect("a JSON line")))
        .collect()
}

/// A percent-encoded URI path back to the path.
fn percent_decode(uri: &str) -> String {
    let bytes = uri.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = uri
            .get(i + 1..i + 3)
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).expect("UTF-8 path")
}

fn parse_sarif(out: &str) -> Vec<Reported> {
    let value: Value = serde_json::from_str(out).expect("SARIF is JSON");
    let run = &value["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    run["results"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|result| {
            let physical = &result["locations"][0]["physicalLocation"];
            let region = &physical["region"];
            Reported {
                path: percent_decode(physical["artifactLocation"]["uri"].as_str().unwrap_or("")),
                start: line_col(region, "startLine", "startColumn"),
                end: Some(line_col(region, "endLine", "endColumn")),
                char_offset: Some(number(&region["charOffset"])),
                related: Some(
                    result["relatedLocations"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|r| {
                            line_col(&r["physicalLocation"]["region"], "startLine", "startColumn")
                        })
                        .collect(),
                ),
            }
        })
        .collect()
}

/// GitHub's escaping of property values, undone.
fn unescape_property(value: &str) -> String {
    value
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%25", "%")
}

fn parse_github(out: &str) -> Vec<Reported> {
    out.lines()
        .filter_map(|line| {
            ["::error ", "::warning ", "::notice "]
                .iter()
                .find_map(|command| line.strip_prefix(command))
        })
        .map(|rest| {
            let (properties, _message) = rest.split_once("::").expect("::message");
            let property = |name: &str| -> String {
                properties
                    .split(',')
                    .find_map(|p| p.strip_prefix(name)?.strip_prefix('='))
                    .map(unescape_property)
                    .unwrap_or_else(|| panic!("no {name} in {properties}"))
            };
            let n = |name: &str| -> usize {
                property(name)
                    .parse()
                    .unwrap_or_else(|_| panic!("{name} in {properties}"))
            };
            Reported {
                path: property("file"),
                start: (n("line"), n("col")),
                end: Some((n("endLine"), n("endColumn"))),
                ..Reported::default()
            }
        })
        .collect()
}

fn parse_rdjson(out: &str) -> Vec<Reported> {
    let value: Value = serde_json::from_str(out).expect("rdjson is JSON");
    value["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| {
            let range = &d["location"]["range"];
            Reported {
                path: d["location"]["path"].as_str().unwrap_or("").to_owned(),
                start: line_col(&range["start"], "line", "column"),
                end: Some(line_col(&range["end"], "line", "column")),
                ..Reported::default()
            }
        })
        .collect()
}

/// The byte offset of 1-based (`line`, `column`) in `text`, the column counted in `unit`;
/// `None` when there is no such position.
fn offset(text: &str, (line, column): LineCol, unit: Unit) -> Option<usize> {
    let line_start = match line {
        0 => return None,
        1 => 0,
        n => text.match_indices('\n').nth(n - 2)?.0 + 1,
    };
    let rest = &text[line_start..];
    let skip = column.checked_sub(1)?;
    let within = match unit {
        Unit::Bytes => (skip <= rest.len() && rest.is_char_boundary(skip)).then_some(skip)?,
        Unit::Chars => rest
            .char_indices()
            .map(|(i, _)| i)
            .chain([rest.len()])
            .nth(skip)?,
    };
    Some(line_start + within)
}

/// The byte offset of the `n`th character of `text`.
fn char_to_byte(text: &str, n: usize) -> Option<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .nth(n)
}

/// The articles under `fixtures/`, walked in path order: the files `check` reads in a directory.
fn articles(dir: &Path, found: &mut BTreeSet<String>) {
    for entry in fs::read_dir(dir).expect("read fixtures") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            articles(&path, found);
        } else if path.extension().is_some_and(|e| {
            ["md", "markdown", "txt", "html", "htm"]
                .iter()
                .any(|x| e == *x)
        }) {
            let relative = path.strip_prefix(root()).expect("under the root");
            found.insert(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

fn check(files: &[String], format: &str) -> String {
    let out = whosaid()
        // fixtures/config/ holds a broken configuration file on purpose: positions are what
        // this test is about, so every file is checked with the default settings.
        .args([
            "check",
            "--isolated",
            "--fail-level",
            "never",
            "--format",
            format,
        ])
        .args(files)
        .output()
        .expect("run whosaid");
    assert_eq!(out.status.code(), Some(0), "{format}");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn every_format_points_at_the_bytes_of_every_finding() {
    let mut found = BTreeSet::new();
    articles(&root().join("fixtures"), &mut found);
    let files: Vec<String> = found.into_iter().collect();
    assert!(files.len() > 40, "{files:?}");

    // The ground truth: byte offsets from the JSON output.
    let json: Value = serde_json::from_str(&check(&files, "json")).expect("JSON");
    let documents = json["documents"].as_array().expect("documents");
    let paths: Vec<&str> = documents
        .iter()
        .map(|d| d["path"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(paths, files, "every article is checked, in path order");
    let truths: Vec<Truth> = documents
        .iter()
        .flat_map(|d| {
            let path = d["path"].as_str().unwrap_or("").to_owned();
            d["findings"]
                .as_array()
                .into_iter()
                .flatten()
                .map(move |f| Truth {
                    path: path.clone(),
                    start: number(&f["span"]["start"]),
                    end: number(&f["span"]["end"]),
                    related: f["related"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|r| number(&r["span"]["start"]))
                        .collect(),
                })
        })
        .collect();
    assert!(truths.len() > 100, "{} findings", truths.len());
    assert!(
        truths.iter().any(|t| {
            let text = fs::read_to_string(root().join(&t.path)).unwrap_or_default();
            let line_start = text[..t.start].rfind('\n').map_or(0, |i| i + 1);
            !text[line_start..t.start].is_ascii()
        }),
        "some finding has non-ASCII text before it on its line"
    );

    for format in FORMATS {
        let reported = (format.parse)(&check(&files, format.name));
        assert_eq!(
            reported.len(),
            truths.len(),
            "{}: one position per finding",
            format.name
        );
        for (r, t) in reported.iter().zip(&truths) {
            let what = format!("{} on {} at byte {}: {r:?}", format.name, t.path, t.start);
            assert_eq!(r.path, t.path, "{what}");
            let text = fs::read_to_string(root().join(&t.path)).expect("read the article");
            assert_eq!(offset(&text, r.start, format.unit), Some(t.start), "{what}");
            if let Some(end) = r.end {
                assert_eq!(offset(&text, end, format.unit), Some(t.end), "{what}: end");
            }
            if let Some(chars) = r.char_offset {
                assert_eq!(
                    char_to_byte(&text, chars),
                    Some(t.start),
                    "{what}: charOffset"
                );
            }
            if let Some(related) = &r.related {
                let starts: Vec<Option<usize>> = related
                    .iter()
                    .map(|&p| offset(&text, p, format.unit))
                    .collect();
                let expected: Vec<Option<usize>> = t.related.iter().map(|&s| Some(s)).collect();
                assert_eq!(starts, expected, "{what}: related");
            }
        }
    }
}

#[test]
fn offsets_by_unit() {
    let text = "ab\nКи🙂x\n";
    let x = text.find('x').unwrap_or_default();
    assert_eq!(offset(text, (2, 4), Unit::Chars), Some(x));
    assert_eq!(offset(text, (2, 9), Unit::Bytes), Some(x));
    assert_eq!(offset(text, (2, 6), Unit::Chars), Some(text.len()));
    assert_eq!(offset(text, (2, 2), Unit::Bytes), None, "inside `К`");
    assert_eq!(offset(text, (5, 1), Unit::Chars), None);
    assert_eq!(char_to_byte(text, 6), Some(x));
}
