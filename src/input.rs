//! Finding and reading inputs: files, directory walks, standard input, and JSON Lines batches.
//!
//! Every problem with one input (missing file, invalid UTF-8, a malformed JSON line) is
//! reported through [`Errors`] and skipped; the other inputs are still read. Documents are
//! handed to the caller one at a time, in a deterministic order, so output can stream.

use std::fmt;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use whosaid_core::{Document, Format};

use crate::args::{InputArgs, InputFormat};
use crate::diagnostics::Errors;

mod record;
use record::Record;

/// Extensions of the files a directory walk picks up with `--input text`.
const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];
/// Extensions of the files a directory walk picks up with `--input jsonl`.
const JSONL_EXTENSIONS: &[&str] = &["jsonl", "ndjson"];

/// One place to read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file named on the command line (or in `--file-list`): always read, an error when it
    /// cannot be.
    File(PathBuf),
    /// A file found by a directory walk: skipped quietly when it turns out to be binary.
    Walked(PathBuf),
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
        /// The file it was read from (shared by the records of a file).
        file: Arc<str>,
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
    /// without a name (the current directory's configuration applies). Shared by the records
    /// of a JSON Lines file, as their file name is: neither is copied per record.
    pub origin: Option<Arc<Path>>,
}

/// A document as read, before its text is prepared for the parser. Reading is cheap and done in
/// input order on one thread; [`Pending::load`] (Markdown, front matter, sentences) runs on
/// whichever thread analyses the document.
#[derive(Debug)]
pub struct Pending {
    pub name: DocName,
    text: String,
    format: Format,
    /// Metadata given beside the text (a JSON Lines record's fields), over the front matter's.
    meta: Option<RecordMeta>,
    /// See [`Loaded::origin`].
    origin: Option<Arc<Path>>,
}

#[derive(Debug)]
struct RecordMeta {
    publisher: Option<String>,
    date: Option<String>,
    title: Option<String>,
}

impl Pending {
    /// The length of the text in bytes.
    pub fn text_len(&self) -> usize {
        self.text.len()
    }

    /// Reads the text into a [`Document`].
    pub fn load(self) -> Loaded {
        let mut doc = whosaid_text::read(self.text, self.format);
        if let Some(given) = self.meta {
            let meta = &mut doc.metadata;
            meta.publisher = given.publisher.or(meta.publisher.take());
            meta.date = given.date.or(meta.date.take());
            meta.title = given.title.or(meta.title.take());
        }
        Loaded {
            name: self.name,
            doc,
            origin: self.origin,
        }
    }
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

/// Turns the command-line paths (and those of `--file-list`) into sources: files as given,
/// directories walked (leaving out `--exclude` globs and the files `skip` says: the
/// configuration's `exclude`), `-` standard input. Files named are always read.
pub fn sources(
    args: &InputArgs,
    skip: &(dyn Fn(&Path) -> bool + Sync),
    errors: &mut Errors,
) -> Vec<Source> {
    let extensions = match args.input {
        InputFormat::Text => TEXT_EXTENSIONS,
        InputFormat::Jsonl => JSONL_EXTENSIONS,
    };
    let mut paths = args.paths.clone();
    if let Some(list) = &args.file_list {
        paths.extend(read_file_list(list, errors));
    }
    let mut out = Vec::new();
    for path in &paths {
        if path.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if path.is_dir() {
            walk(path, extensions, &args.exclude, skip, &mut out, errors);
        } else {
            // Missing and unreadable files are reported when read, in order.
            out.push(Source::File(path.clone()));
        }
    }
    dedup(out)
}

/// Each file once, where it first comes (named and walked: as named).
fn dedup(sources: Vec<Source>) -> Vec<Source> {
    let named: std::collections::HashSet<PathBuf> = sources
        .iter()
        .filter_map(|s| match s {
            Source::File(p) => Some(p.clone()),
            _ => None,
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    let mut stdin = false;
    let mut out = Vec::with_capacity(sources.len());
    for source in sources {
        match source {
            Source::Stdin if !stdin => {
                stdin = true;
                out.push(Source::Stdin);
            }
            Source::Stdin => {}
            Source::File(path) | Source::Walked(path) => {
                if seen.insert(path.clone()) {
                    out.push(if named.contains(&path) {
                        Source::File(path)
                    } else {
                        Source::Walked(path)
                    });
                }
            }
        }
    }
    out
}

/// The paths listed in `list` (a file, or `-` for standard input), one a line; blank lines
/// are skipped.
fn read_file_list(list: &Path, errors: &mut Errors) -> Vec<PathBuf> {
    let text = if list.as_os_str() == "-" {
        let mut text = String::new();
        io::stdin().lock().read_to_string(&mut text).map(|_| text)
    } else {
        fs::read_to_string(list)
    };
    match text {
        Ok(text) => text
            .lines()
            .map(str::trim_end)
            .filter(|line| !line.is_empty())
            .map(PathBuf::from)
            .collect(),
        Err(err) => {
            errors.report(format_args!(
                "{}: cannot read the file list: {err}",
                list.display()
            ));
            Vec::new()
        }
    }
}

/// Collects the files under `dir` with one of `extensions`, honouring .gitignore, .ignore and
/// hidden files and leaving out those matching an `exclude` glob (gitignore syntax, relative
/// to `dir`), sorted by path. The walk runs on several threads; the order does not depend on
/// them.
fn walk(
    dir: &Path,
    extensions: &[&str],
    exclude: &[String],
    skip: &(dyn Fn(&Path) -> bool + Sync),
    out: &mut Vec<Source>,
    errors: &mut Errors,
) {
    let mut overrides = ignore::overrides::OverrideBuilder::new(dir);
    for glob in exclude {
        if let Err(err) = overrides.add(&format!("!{glob}")) {
            errors.report(format_args!("--exclude {glob}: {err}"));
        }
    }
    let overrides = match overrides.build() {
        Ok(overrides) => overrides,
        Err(err) => {
            errors.report(format_args!("--exclude: {err}"));
            ignore::overrides::Override::empty()
        }
    };
    let found = std::sync::Mutex::new((Vec::new(), Vec::new()));
    ignore::WalkBuilder::new(dir)
        // Honour .gitignore files even outside a git repository.
        .require_git(false)
        .overrides(overrides)
        .build_parallel()
        .run(|| {
            Box::new(|entry| {
                let mut found = found.lock().unwrap_or_else(|e| e.into_inner());
                match entry {
                    Ok(entry) => {
                        let file_type = entry.file_type();
                        let is_file = file_type.is_some_and(|t| t.is_file());
                        let is_link = file_type.is_some_and(|t| t.is_symlink());
                        if !(is_file || is_link)
                            || !has_extension(entry.path(), extensions)
                            || skip(entry.path())
                        {
                            // Not an input (symbolic links to directories are not followed).
                        } else if !is_link {
                            found.0.push(entry.into_path());
                        } else {
                            // A link to a file is read; a broken link is an error rather
                            // than an article left unchecked without a word.
                            match fs::metadata(entry.path()) {
                                Ok(meta) if meta.is_file() => found.0.push(entry.into_path()),
                                Ok(_) => {}
                                Err(_) => found.1.push(broken_link(entry.path())),
                            }
                        }
                    }
                    Err(err) => found.1.push(err.to_string()),
                }
                ignore::WalkState::Continue
            })
        });
    let (mut files, mut walk_errors) = found.into_inner().unwrap_or_else(|e| e.into_inner());
    files.sort();
    walk_errors.sort();
    for err in walk_errors {
        errors.report(err);
    }
    out.extend(files.into_iter().map(Source::Walked));
}

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| extensions.iter().any(|e| ext.eq_ignore_ascii_case(e)))
}

/// Reads every source as `args.input` says and calls `each` with every document, in order.
/// Input errors are reported and skipped; an error returned by `each` (a failed write, or a
/// run that was stopped) stops the reading.
pub fn for_each_document<F>(
    sources: &[Source],
    args: &InputArgs,
    errors: &mut Errors,
    mut each: F,
) -> io::Result<()>
where
    F: FnMut(Pending) -> io::Result<()>,
{
    for source in sources {
        let name = display_name(source, args.stdin_filename.as_deref());
        let origin: Option<Arc<Path>> = match source {
            Source::File(path) | Source::Walked(path) => Some(Arc::from(path.as_path())),
            Source::Stdin => args.stdin_filename.as_deref().map(Arc::from),
        };
        match args.input {
            InputFormat::Text => {
                let Some(text) = read_text(source, &name, args.max_size(), errors) else {
                    continue;
                };
                let format = match source {
                    Source::File(path) | Source::Walked(path) => {
                        whosaid_text::format_for_path(path)
                    }
                    Source::Stdin => args
                        .stdin_filename
                        .as_deref()
                        .map_or(Format::Plain, whosaid_text::format_for_path),
                };
                each(Pending {
                    name: DocName::Path(name),
                    text,
                    format,
                    meta: None,
                    origin,
                })?;
            }
            InputFormat::Jsonl => {
                // Read in blocks of `READ_BUFFER`: with the default 8 KiB, the reads of a
                // corpus cost more system calls than its documents.
                let reader: Box<dyn BufRead> = match source {
                    Source::Stdin => {
                        Box::new(BufReader::with_capacity(READ_BUFFER, io::stdin().lock()))
                    }
                    Source::File(path) | Source::Walked(path) => match open(path, &name) {
                        Ok(file) => Box::new(BufReader::with_capacity(READ_BUFFER, file)),
                        Err(message) => {
                            errors.report(message);
                            continue;
                        }
                    },
                };
                let limit = args.max_size();
                read_jsonl(reader, &name, origin.as_ref(), limit, errors, &mut each)?;
            }
        }
    }
    Ok(())
}

/// The block size of JSON Lines reads.
const READ_BUFFER: usize = 1 << 16;

fn display_name(source: &Source, stdin_filename: Option<&Path>) -> String {
    match source {
        Source::File(path) | Source::Walked(path) => path.display().to_string(),
        Source::Stdin => {
            stdin_filename.map_or_else(|| "<stdin>".to_owned(), |name| name.display().to_string())
        }
    }
}

/// The error for a symbolic link whose target does not exist.
fn broken_link(path: &Path) -> String {
    let target = fs::read_link(path).map_or_else(|_| "?".to_owned(), |t| t.display().to_string());
    format!(
        "{}: a broken symbolic link (to {target}); file skipped",
        path.display()
    )
}

/// Opens a file, or says why not (naming a broken symbolic link as one).
fn open(path: &Path, name: &str) -> Result<File, String> {
    File::open(path).map_err(|err| {
        let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        if err.kind() == io::ErrorKind::NotFound && is_link {
            broken_link(path)
        } else {
            format!("{name}: {err}")
        }
    })
}

/// The message for an input over `--max-size`.
fn too_large(name: &str, size: Option<u64>, limit: u64, what: &str) -> String {
    let size = size.map_or_else(String::new, |n| format!("{n} bytes, "));
    format!("{name}: {size}over the size limit of {limit} bytes (--max-size); {what} skipped")
}

/// Reads a whole source (up to `limit` bytes) as UTF-8 text, or reports why not.
fn read_text(
    source: &Source,
    name: &str,
    limit: Option<u64>,
    errors: &mut Errors,
) -> Option<String> {
    let mut buf = Vec::new();
    let read = match source {
        Source::File(path) | Source::Walked(path) => match open(path, name) {
            Ok(file) => {
                // The size is known before reading: a huge file is never loaded.
                let size = file.metadata().map(|m| m.len()).ok();
                if let (Some(size), Some(limit)) = (size, limit) {
                    if size > limit {
                        errors.report(too_large(name, Some(size), limit, "file"));
                        return None;
                    }
                }
                read_limited(file, limit, &mut buf)
            }
            Err(message) => {
                errors.report(message);
                return None;
            }
        },
        Source::Stdin => read_limited(io::stdin().lock(), limit, &mut buf),
    };
    if let Err(err) = read {
        errors.report(format_args!("{name}: {err}"));
        return None;
    }
    if let Some(limit) = limit.filter(|&limit| buf.len() as u64 > limit) {
        // Standard input, or a file that grew while read.
        errors.report(too_large(name, None, limit, "input"));
        return None;
    }
    let bytes = buf;
    // A NUL byte in the first 8 KiB means a binary file (as git and ripgrep decide): skipped
    // quietly when a walk found it, an error when it was named.
    if let Some(at) = bytes.iter().take(8192).position(|&b| b == 0) {
        if !matches!(source, Source::Walked(_)) {
            errors.report(format_args!(
                "{name}: a binary file (NUL byte at offset {at}), not text; file skipped"
            ));
        }
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(err) => {
            let at = err.utf8_error().valid_up_to();
            let bytes = err.as_bytes();
            let (line, column) = utf8_position(bytes, at);
            errors.report(format_args!(
                "{name}:{line}:{column}: not valid UTF-8: invalid byte 0x{:02X} at offset {at}; \
                 file skipped",
                bytes[at]
            ));
            None
        }
    }
}

/// Reads at most `limit` + 1 bytes (all of them without a limit) into `buf`.
fn read_limited(reader: impl Read, limit: Option<u64>, buf: &mut Vec<u8>) -> io::Result<usize> {
    match limit {
        Some(limit) => reader.take(limit.saturating_add(1)).read_to_end(buf),
        None => {
            let mut reader = reader;
            reader.read_to_end(buf)
        }
    }
}

/// The 1-based line and column (in characters) of byte `at`, where `bytes[..at]` is valid
/// UTF-8.
fn utf8_position(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let column = 1 + String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count();
    (line, column)
}

/// Reads one JSON document a line. Blank lines are skipped; a bad line is reported with its
/// file and line number and skipped.
fn read_jsonl<F>(
    mut reader: Box<dyn BufRead + '_>,
    name: &str,
    origin: Option<&Arc<Path>>,
    limit: Option<u64>,
    errors: &mut Errors,
    each: &mut F,
) -> io::Result<()>
where
    F: FnMut(Pending) -> io::Result<()>,
{
    let mut buf = Vec::new();
    let mut line_no = 0;
    let mut offset = 0;
    let file: Arc<str> = Arc::from(name);
    loop {
        buf.clear();
        let read = match read_line(&mut *reader, &mut buf) {
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
                let (_, column) = utf8_position(&buf, err.valid_up_to());
                errors.report(format_args!(
                    "{name}:{line_no}:{column}: not valid UTF-8: invalid byte 0x{:02X} at offset \
                     {at}; line skipped",
                    buf[err.valid_up_to()]
                ));
                continue;
            }
        };
        let line = line.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            continue;
        }
        let record = match Record::parse(line) {
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
        if let Some(limit) = limit.filter(|&limit| record.text.len() as u64 > limit) {
            errors.report(format_args!(
                "{name}:{line_no}: a text of {} bytes, over the size limit of {limit} bytes \
                 (--max-size); line skipped",
                record.text.len()
            ));
            continue;
        }
        each(Pending {
            name: DocName::Record {
                id: record.id,
                file: Arc::clone(&file),
                line: line_no,
            },
            text: record.text,
            format: record.format.unwrap_or(Format::Plain),
            meta: Some(RecordMeta {
                publisher: record.publisher,
                date: record.date,
                title: record.title,
            }),
            origin: origin.cloned(),
        })?;
    }
}

/// Appends the bytes of `reader` up to and including the next newline to `buf`, as
/// [`BufRead::read_until`] does, but finds the newline with `memchr`'s vector search: lines of
/// JSON Lines input are kilobytes long, and the standard library's portable search cost three
/// instructions a byte.
fn read_line(reader: &mut dyn BufRead, buf: &mut Vec<u8>) -> io::Result<usize> {
    let mut read = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        };
        let (done, used) = match memchr::memchr(b'\n', available) {
            Some(i) => (true, i + 1),
            None => (available.is_empty(), available.len()),
        };
        buf.extend_from_slice(&available[..used]);
        reader.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
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
        assert!(has_extension(Path::new("a.html"), TEXT_EXTENSIONS));
        assert!(!has_extension(Path::new("a.json"), TEXT_EXTENSIONS));
        assert!(!has_extension(Path::new("md"), TEXT_EXTENSIONS));
        assert!(has_extension(Path::new("b.jsonl"), JSONL_EXTENSIONS));
        assert!(!has_extension(Path::new("b.txt"), JSONL_EXTENSIONS));
    }

    /// `read_line` cuts what `read_until` cuts, whatever the reader's buffer size.
    #[test]
    fn read_line_matches_read_until() {
        let text = b"{\"a\": 1}\n\nlong line without end of line at the end of the input".repeat(3);
        for capacity in [1, 2, 3, 7, 64, 4096] {
            let mut ours = BufReader::with_capacity(capacity, &text[..]);
            let mut std = BufReader::with_capacity(capacity, &text[..]);
            loop {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                let n = read_line(&mut ours, &mut a).unwrap_or_default();
                assert_eq!(n, std.read_until(b'\n', &mut b).unwrap_or_default());
                assert_eq!(a, b, "capacity {capacity}");
                if n == 0 {
                    break;
                }
            }
        }
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
