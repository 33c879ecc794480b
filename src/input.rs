//! Finding and reading inputs: files, directory walks, standard input, and JSON Lines batches.
//!
//! Every problem with one input (missing file, invalid UTF-8, a malformed JSON line) is
//! reported through [`Errors`] and skipped; the other inputs are still read. Documents are
//! handed to the caller one at a time, in a deterministic order, so output can stream.

use std::fmt;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use whosaid_core::{Document, Format};

use crate::args::{InputArgs, InputFormat};
use crate::diagnostics::Errors;

/// Extensions of the files a directory walk picks up with `--input text`.
const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "markdown"];
/// Extensions of the files a directory walk picks up with `--input jsonl`.
const JSONL_EXTENSIONS: &[&str] = &["jsonl", "ndjson"];

/// One place to read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file, named as given or as found by a directory walk.
    File(PathBuf),
    /// Standard input.
    Stdin,
}

/// What a document is called in the output.
#[derive(Debug, Clone, PartialEq)]
pub enum DocName {
    /// A whole file (or standard input, named `<stdin>` or by `--stdin-filename`).
    Path(String),
    /// One line of a JSON Lines input, with the `id` it gave (a string or a number).
    Record {
        id: serde_json::Value,
        /// The file it was read from.
        file: String,
        /// Its 1-based line in that file.
        line: usize,
    },
}

impl DocName {
    /// The id of a record as text: strings without quotes, numbers as written.
    pub fn label(&self) -> String {
        match self {
            DocName::Path(path) => path.clone(),
            DocName::Record { id, .. } => match id {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            },
        }
    }
}

impl fmt::Display for DocName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocName::Path(path) => f.write_str(path),
            DocName::Record { file, line, .. } => write!(f, "{} ({file}:{line})", self.label()),
        }
    }
}

/// A document ready for the parser.
#[derive(Debug)]
pub struct Loaded {
    pub name: DocName,
    pub doc: Document,
    /// The file it was read from (the JSON Lines file for a record), or `--stdin-filename` for
    /// standard input: where its configuration file is looked for. `None` for standard input
    /// without a name (the current directory's configuration applies).
    pub origin: Option<PathBuf>,
}

/// The path settings are shown for by `check --dump-config`: the first PATH (`-` is
/// `--stdin-filename`), or `None` for the current directory.
pub fn first_path(args: &InputArgs) -> Option<PathBuf> {
    let first = args.paths.first()?;
    if first.as_os_str() == "-" {
        args.stdin_filename.clone()
    } else {
        Some(first.clone())
    }
}

/// Turns the command-line paths into sources: files as given, directories walked (leaving out
/// the files `skip` says, the configuration's `exclude`; files named on the command line are
/// always read).
pub fn sources(
    paths: &[PathBuf],
    input: InputFormat,
    skip: &dyn Fn(&Path) -> bool,
    errors: &mut Errors,
) -> Vec<Source> {
    let extensions = match input {
        InputFormat::Text => TEXT_EXTENSIONS,
        InputFormat::Jsonl => JSONL_EXTENSIONS,
    };
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if path.is_dir() {
            walk(path, extensions, skip, &mut out, errors);
        } else {
            // Missing and unreadable files are reported when read, in order.
            out.push(Source::File(path.clone()));
        }
    }
    out
}

/// Collects the files under `dir` with one of `extensions`, honouring .gitignore, .ignore and
/// hidden files and leaving out those `skip` says, sorted by path.
fn walk(
    dir: &Path,
    extensions: &[&str],
    skip: &dyn Fn(&Path) -> bool,
    out: &mut Vec<Source>,
    errors: &mut Errors,
) {
    let mut files = Vec::new();
    let walker = ignore::WalkBuilder::new(dir)
        // Honour .gitignore files even outside a git repository.
        .require_git(false)
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                if is_file && has_extension(entry.path(), extensions) && !skip(entry.path()) {
                    files.push(entry.into_path());
                }
            }
            Err(err) => errors.report(err),
        }
    }
    files.sort();
    out.extend(files.into_iter().map(Source::File));
}

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| extensions.iter().any(|e| ext.eq_ignore_ascii_case(e)))
}

/// Reads every source as `args.input` says and calls `each` with every document, in order.
/// Input errors are reported and skipped; an error returned by `each` (a failed write) stops
/// the run.
pub fn for_each_document<F>(
    sources: &[Source],
    args: &InputArgs,
    errors: &mut Errors,
    mut each: F,
) -> io::Result<()>
where
    F: FnMut(Loaded) -> io::Result<()>,
{
    for source in sources {
        let name = display_name(source, args.stdin_filename.as_deref());
        let origin = match source {
            Source::File(path) => Some(path.clone()),
            Source::Stdin => args.stdin_filename.clone(),
        };
        match args.input {
            InputFormat::Text => {
                let Some(text) = read_text(source, &name, errors) else {
                    continue;
                };
                let format = match source {
                    Source::File(path) => whosaid_text::format_for_path(path),
                    Source::Stdin => args
                        .stdin_filename
                        .as_deref()
                        .map_or(Format::Plain, whosaid_text::format_for_path),
                };
                let doc = whosaid_text::read(text, format);
                each(Loaded {
                    name: DocName::Path(name),
                    doc,
                    origin,
                })?;
            }
            InputFormat::Jsonl => {
                let reader: Box<dyn BufRead> = match source {
                    Source::Stdin => Box::new(io::stdin().lock()),
                    Source::File(path) => match File::open(path) {
                        Ok(file) => Box::new(BufReader::new(file)),
                        Err(err) => {
                            errors.report(format_args!("{name}: {err}"));
                            continue;
                        }
                    },
                };
                read_jsonl(reader, &name, origin.as_deref(), errors, &mut each)?;
            }
        }
    }
    Ok(())
}

fn display_name(source: &Source, stdin_filename: Option<&Path>) -> String {
    match source {
        Source::File(path) => path.display().to_string(),
        Source::Stdin => {
            stdin_filename.map_or_else(|| "<stdin>".to_owned(), |name| name.display().to_string())
        }
    }
}

/// Reads a whole source as UTF-8 text, or reports why not.
fn read_text(source: &Source, name: &str, errors: &mut Errors) -> Option<String> {
    let bytes = match source {
        Source::File(path) => fs::read(path),
        Source::Stdin => {
            let mut buf = Vec::new();
            io::stdin().lock().read_to_end(&mut buf).map(|_| buf)
        }
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(err) => {
            errors.report(format_args!("{name}: {err}"));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(err) => {
            let at = err.utf8_error().valid_up_to();
            errors.report(format_args!(
                "{name}: not valid UTF-8: invalid byte at offset {at}; file skipped"
            ));
            None
        }
    }
}

/// One line of a JSON Lines input. Unknown fields are ignored.
#[derive(Debug, Deserialize)]
struct Record {
    /// A string or a number, echoed back as given.
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    publisher: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    title: Option<String>,
    /// `plain` (the default) or `markdown`.
    #[serde(default)]
    format: Option<Format>,
}

/// Reads one JSON document a line. Blank lines are skipped; a bad line is reported with its
/// file and line number and skipped.
fn read_jsonl<F>(
    mut reader: Box<dyn BufRead + '_>,
    name: &str,
    origin: Option<&Path>,
    errors: &mut Errors,
    each: &mut F,
) -> io::Result<()>
where
    F: FnMut(Loaded) -> io::Result<()>,
{
    let mut buf = Vec::new();
    let mut line_no = 0;
    let mut offset = 0;
    loop {
        buf.clear();
        let read = match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return Ok(()),
            Ok(read) => read,
            Err(err) => {
                errors.report(format_args!("{name}:{}: {err}", line_no + 1));
                return Ok(());
            }
        };
        line_no += 1;
        let line_start = offset;
        offset += read;
        let line = match std::str::from_utf8(&buf) {
            Ok(line) => line,
            Err(err) => {
                let at = line_start + err.valid_up_to();
                errors.report(format_args!(
                    "{name}:{line_no}: not valid UTF-8: invalid byte at offset {at}; line skipped"
                ));
                continue;
            }
        };
        let line = line.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            continue;
        }
        let record: Record = match serde_json::from_str(line) {
            Ok(record) => record,
            Err(err) => {
                errors.report(format_args!(
                    "{name}:{line_no}: invalid document: {}",
                    json_message(&err)
                ));
                continue;
            }
        };
        if !(record.id.is_string() || record.id.is_number()) {
            errors.report(format_args!(
                "{name}:{line_no}: invalid document: `id` must be a string or a number, not {}",
                record.id
            ));
            continue;
        }
        let mut doc = whosaid_text::read(record.text, record.format.unwrap_or(Format::Plain));
        let meta = &mut doc.metadata;
        meta.publisher = record.publisher.or(meta.publisher.take());
        meta.date = record.date.or(meta.date.take());
        meta.title = record.title.or(meta.title.take());
        each(Loaded {
            name: DocName::Record {
                id: record.id,
                file: name.to_owned(),
                line: line_no,
            },
            doc,
            origin: origin.map(Path::to_path_buf),
        })?;
    }
}

/// serde_json's message with the column it failed at, without its "at line 1" (always 1 here).
fn json_message(err: &serde_json::Error) -> String {
    let full = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    match full.strip_suffix(&suffix) {
        Some(message) if err.column() > 0 => format!("{message} (column {})", err.column()),
        Some(message) => message.to_owned(),
        None => full,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_extensions() {
        assert!(has_extension(Path::new("x/a.Txt"), TEXT_EXTENSIONS));
        assert!(has_extension(Path::new("a.markdown"), TEXT_EXTENSIONS));
        assert!(!has_extension(Path::new("a.html"), TEXT_EXTENSIONS));
        assert!(!has_extension(Path::new("md"), TEXT_EXTENSIONS));
        assert!(has_extension(Path::new("b.jsonl"), JSONL_EXTENSIONS));
        assert!(!has_extension(Path::new("b.txt"), JSONL_EXTENSIONS));
    }

    #[test]
    fn record_labels() {
        let name = DocName::Record {
            id: serde_json::json!(7),
            file: "b.jsonl".into(),
            line: 2,
        };
        assert_eq!(name.label(), "7");
        assert_eq!(name.to_string(), "7 (b.jsonl:2)");
        let name = DocName::Record {
            id: serde_json::json!("x"),
            file: "b.jsonl".into(),
            line: 2,
        };
        assert_eq!(name.label(), "x");
    }
}
