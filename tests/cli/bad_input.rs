//! The bad-input policy (README, "Bad input"): every input gets an answer. An input that
//! cannot be used is an error on stderr naming it (with a line, column or byte offset where
//! there is one), the run exits 2, and every other input is still checked and written.
//!
//! Each test runs the binary in a temporary directory (so the paths in its output are short
//! and stable), snapshots exit code, stdout and stderr, and asserts besides that the results
//! of the good inputs are all there.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

use super::whosaid_in;

/// A sentence with one attribution, so that a result is visibly a result.
const GOOD: &str = "The minister said the talks would resume.\n";

/// What a run printed and how it ended.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn of(cmd: &mut Command) -> Run {
        let out = cmd.output().expect("run whosaid");
        Run {
            code: out.status.code(),
            stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        }
    }

    /// The snapshot: exit code, stdout, stderr.
    fn shown(&self) -> String {
        format!(
            "exit code: {:?}\n----- stdout -----\n{}----- stderr -----\n{}",
            self.code, self.stdout, self.stderr
        )
    }

    /// The `path` (or `id`) of every JSON Lines result, in order.
    fn names(&self) -> Vec<String> {
        self.stdout
            .lines()
            .map(|line| {
                let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
                match (&doc["path"], &doc["id"]) {
                    (serde_json::Value::String(path), _) => path.clone(),
                    (_, id) => id.to_string(),
                }
            })
            .collect()
    }

    /// Every JSON Lines result has found the attribution of [`GOOD`].
    fn assert_all_good(&self) {
        for line in self.stdout.lines() {
            let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            assert_eq!(
                doc["attributions"][0]["cue"]["text"], "said",
                "no attribution in {line}"
            );
        }
    }
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("mkdir");
    }
    fs::write(path, bytes).expect("write");
}

fn check_jsonl(dir: &Path, args: &[&str]) -> Run {
    Run::of(
        whosaid_in(dir)
            .args(["check", "--format", "jsonl", "--fail-level", "never"])
            .args(args),
    )
}

/// Invalid UTF-8 is refused: the error gives line:column and the byte offset of the first
/// invalid byte, named or walked; the other files are checked.
#[test]
fn invalid_utf8() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", GOOD);
    write(
        dir.path(),
        "b.txt",
        b"The minister said the talks would resume.\nKyiv\xe2\x80\x99s reply: \xc3\x28 no.\n",
    );
    write(dir.path(), "walk/c.md", GOOD);
    write(dir.path(), "walk/d.md", b"\xef\xbb\xbfLatin-1: caf\xe9\n");
    let run = check_jsonl(dir.path(), &["b.txt", "a.txt", "walk"]);
    insta::assert_snapshot!(run.shown());
    assert_eq!(run.code, Some(2));
    assert_eq!(run.names(), ["a.txt", "walk/c.md"]);
    run.assert_all_good();
    assert!(run
        .stderr
        .contains("b.txt:2:15: not valid UTF-8: invalid byte 0xC3 at offset 58; file skipped"));
    assert!(run
        .stderr
        .contains("walk/d.md:1:14: not valid UTF-8: invalid byte 0xE9 at offset 15"));
}

/// A binary file (a NUL byte in its first 8 KiB) is an error when named, skipped quietly when a
/// walk finds it.
#[test]
fn binary_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", GOOD);
    write(dir.path(), "image.txt", b"GIF89a\x01\x00\x00\x00 said");
    write(dir.path(), "walk/b.md", GOOD);
    write(dir.path(), "walk/blob.md", b"\x00\x01\x02 said");
    let run = check_jsonl(dir.path(), &["image.txt", "a.txt", "walk"]);
    insta::assert_snapshot!(run.shown());
    assert_eq!(run.code, Some(2));
    assert_eq!(run.names(), ["a.txt", "walk/b.md"]);
    run.assert_all_good();
    assert_eq!(
        run.stderr,
        "error: image.txt: a binary file (NUL byte at offset 7), not text; file skipped\n"
    );

    // Walked only: nothing to report, exit 0.
    let run = check_jsonl(dir.path(), &["walk"]);
    assert_eq!((run.code, run.stderr.as_str()), (Some(0), ""));
    assert_eq!(run.names(), ["walk/b.md"]);
}

/// An empty file (and one of white space only) is a result with no findings, in every format
/// of `check`; the structured formats stay valid.
#[test]
fn empty_files_in_every_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "empty.md", "");
    write(dir.path(), "blank.txt", " \n\n\t\n");
    write(dir.path(), "empty.html", "");
    let mut shown = String::new();
    for format in [
        "human", "brief", "json", "jsonl", "sarif", "github", "rdjson", "yaml",
    ] {
        let run = Run::of(whosaid_in(dir.path()).args([
            "check",
            "--format",
            format,
            "empty.md",
            "blank.txt",
            "empty.html",
        ]));
        assert_eq!(run.code, Some(0), "{format}: {}", run.stderr);
        assert_eq!(run.stderr, "", "{format}");
        let mut run = run;
        match format {
            "json" | "sarif" | "rdjson" => {
                let value: serde_json::Value = serde_json::from_str(&run.stdout)
                    .unwrap_or_else(|e| panic!("{format}: {e}\n{}", run.stdout));
                if format == "sarif" {
                    // The rule table is the same in every run: show only the results.
                    let results = &value["runs"][0]["results"];
                    assert_eq!(results, &serde_json::json!([]));
                    run.stdout = format!("(runs[0].results) {results}\n");
                }
                if format == "json" {
                    assert_eq!(value["documents"].as_array().map(Vec::len), Some(3));
                    for doc in value["documents"].as_array().into_iter().flatten() {
                        assert_eq!(doc["findings"], serde_json::json!([]));
                    }
                }
            }
            "jsonl" => assert_eq!(run.names(), ["empty.md", "blank.txt", "empty.html"]),
            _ => {}
        }
        shown.push_str(&format!("===== {format}\n{}", run.shown()));
    }
    insta::assert_snapshot!(shown);
}

/// `--max-size`: a larger file, standard input or JSON Lines text is an error naming it (and
/// the line), and skipped; the rest is checked. `0` turns the limit off.
#[test]
fn over_the_size_limit() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", GOOD);
    write(dir.path(), "big.md", GOOD.repeat(30));
    write(dir.path(), "walk/c.txt", GOOD);
    write(dir.path(), "walk/huge.txt", GOOD.repeat(100));
    let run = check_jsonl(dir.path(), &["--max-size", "1K", "big.md", "a.txt", "walk"]);
    insta::assert_snapshot!("over_the_size_limit_files", run.shown());
    assert_eq!(run.code, Some(2));
    assert_eq!(run.names(), ["a.txt", "walk/c.txt"]);
    run.assert_all_good();
    assert!(run.stderr.contains(
        "big.md: 1260 bytes, over the size limit of 1024 bytes (--max-size); file skipped"
    ));

    let no_limit = check_jsonl(dir.path(), &["--max-size", "0", "big.md", "a.txt"]);
    assert_eq!(no_limit.code, Some(0));
    assert_eq!(no_limit.names(), ["big.md", "a.txt"]);

    let big = serde_json::json!({"id": "big", "text": GOOD.repeat(30)});
    let input = format!(
        "{}\n{big}\n{}\n",
        serde_json::json!({"id": "first", "text": GOOD}),
        serde_json::json!({"id": "last", "text": GOOD}),
    );
    let run = Run::of(
        whosaid_in(dir.path())
            .args(["check", "--input", "jsonl", "--format", "jsonl"])
            .args(["--max-size", "1024", "-"])
            .pipe(&input),
    );
    insta::assert_snapshot!("over_the_size_limit_jsonl", run.shown());
    assert_eq!(run.code, Some(2));
    assert_eq!(run.names(), ["\"first\"", "\"last\""]);
    assert!(run.stderr.contains("<stdin>:2: a text of 1260 bytes"));

    // Standard input as one document.
    let run = Run::of(
        whosaid_in(dir.path())
            .args(["check", "--format", "jsonl", "--max-size", "100", "-"])
            .pipe(&GOOD.repeat(3)),
    );
    assert_eq!(run.code, Some(2));
    assert_eq!(
        run.stderr,
        "error: <stdin>: over the size limit of 100 bytes (--max-size); input skipped\n"
    );
    let run = Run::of(whosaid_in(dir.path()).args(["check", "--max-size", "16T", "a.txt"]));
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("unknown unit `T`"), "{}", run.stderr);
}

/// A file that cannot be read is an error naming it; the others are checked. Root reads any
/// file whatever its mode (as in most CI containers), so there the assertion is skipped.
#[cfg(unix)]
#[test]
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", GOOD);
    write(dir.path(), "walk/locked.md", GOOD);
    write(dir.path(), "walk/b.md", GOOD);
    let locked = dir.path().join("walk/locked.md");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
    if fs::read(&locked).is_ok() {
        // Writing to stderr on purpose: the skip must be visible in the test log.
        #[allow(clippy::print_stderr)]
        {
            eprintln!(
                "unreadable_file: skipped, permissions are not enforced here (running as root)"
            );
        }
        return;
    }
    let run = check_jsonl(dir.path(), &["walk/locked.md", "a.txt", "walk"]);
    assert_eq!(run.code, Some(2));
    assert_eq!(run.names(), ["a.txt", "walk/b.md"]);
    run.assert_all_good();
    assert_eq!(
        run.stderr,
        "error: walk/locked.md: Permission denied (os error 13)\n"
    );
}

/// A broken symbolic link is an error naming it, named or found in a walk; a link to a file
/// is read.
#[cfg(unix)]
#[test]
fn broken_symlinks() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", GOOD);
    write(dir.path(), "walk/b.md", GOOD);
    symlink("gone.md", dir.path().join("dangling.md")).expect("symlink");
    symlink("../nowhere.txt", dir.path().join("walk/c.txt")).expect("symlink");
    symlink("b.md", dir.path().join("walk/d.md")).expect("symlink");
    let run = check_jsonl(dir.path(), &["dangling.md", "a.txt", "walk"]);
    insta::assert_snapshot!(run.shown());
    assert_eq!(run.code, Some(2));
    assert_eq!(run.names(), ["a.txt", "walk/b.md", "walk/d.md"]);
    run.assert_all_good();
    assert!(run
        .stderr
        .contains("dangling.md: a broken symbolic link (to gone.md); file skipped"));
    assert!(run
        .stderr
        .contains("walk/c.txt: a broken symbolic link (to ../nowhere.txt); file skipped"));
}

/// Malformed front matter still gives a result: an unclosed `---` block is read as text,
/// YAML that does not parse gives no metadata, and a date that is not one is an error
/// message (the document is checked as of today).
#[test]
fn malformed_front_matter() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "unclosed.md",
        format!("---\ntitle: x\n\n{GOOD}"),
    );
    write(
        dir.path(),
        "bad-yaml.md",
        format!("---\ntitle: [unclosed\npublisher: {{\n---\n{GOOD}"),
    );
    write(
        dir.path(),
        "bad-date.md",
        format!("---\npublisher: UNN\ndate: 2025-02-30\n---\n{GOOD}"),
    );
    write(
        dir.path(),
        "toml.md",
        format!("+++\npublisher = \"UNN\n+++\n{GOOD}"),
    );
    let run = Run::of(whosaid_in(dir.path()).args([
        "attributions",
        "--format",
        "jsonl",
        "unclosed.md",
        "bad-yaml.md",
        "bad-date.md",
        "toml.md",
    ]));
    insta::assert_snapshot!(run.shown());
    assert_eq!(run.code, Some(0));
    assert_eq!(
        run.names(),
        ["unclosed.md", "bad-yaml.md", "bad-date.md", "toml.md"]
    );
    run.assert_all_good();

    let run = check_jsonl(dir.path(), &["unclosed.md", "bad-yaml.md", "bad-date.md"]);
    assert_eq!(run.code, Some(2), "the bad date is an input error");
    assert_eq!(run.names(), ["unclosed.md", "bad-yaml.md", "bad-date.md"]);
    assert_eq!(
        run.stderr,
        "error: bad-date.md: front matter `date: 2025-02-30` is not a date (YYYY-MM-DD); \
         using today\n"
    );
}

/// Malformed JSON Lines: each bad line is an error with its line number, and the result of
/// every other line is written, in order.
#[test]
fn malformed_jsonl_lines() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = |id: usize| serde_json::json!({"id": id, "text": GOOD}).to_string();
    let mut lines: Vec<String> = (1..=8).map(good).collect();
    lines[1] = r#"{"id": 2, "text": "unterminated"#.to_owned();
    lines[3] = r#"{"text": "no id"}"#.to_owned();
    lines[4] = "not json at all".to_owned();
    lines[6] = r#"{"id": 7, "text": 42}"#.to_owned();
    let mut bytes = lines.join("\n").into_bytes();
    bytes.extend_from_slice(b"\n{\"id\": 9, \"text\": \"caf\xe9\"}\n");
    bytes.extend_from_slice(good(10).as_bytes());
    write(dir.path(), "batch.jsonl", bytes);
    let run = Run::of(
        whosaid_in(dir.path())
            .args(["check", "--input", "jsonl", "--format", "jsonl"])
            .args(["--fail-level", "never", "batch.jsonl"]),
    );
    insta::assert_snapshot!(run.shown());
    assert_eq!(run.code, Some(2));
    assert_eq!(run.names(), ["1", "3", "6", "8", "10"]);
    run.assert_all_good();
    for line in [2, 4, 5, 7, 9] {
        assert!(
            run.stderr.contains(&format!("error: batch.jsonl:{line}")),
            "line {line} not reported: {}",
            run.stderr
        );
    }
}

/// A knowledge base with bad TOML, an unknown key or a bad date: errors with
/// file:line:column, exit 2.
#[test]
fn bad_knowledge_base() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", GOOD);
    write(dir.path(), "syntax.toml", "[[outlet]\nname = \"X\"\n");
    write(
        dir.path(),
        "unknown.toml",
        "[[outlet]]\nname = \"X\"\nalias = [\"Y\"]\n",
    );
    write(
        dir.path(),
        "dates.toml",
        "[[person]]\nname = \"Jane Example\"\n[[person.role]]\ntitle = \"Mayor\"\n\
         of = \"Springfield\"\nfrom = \"2025-02-30\"\n",
    );
    let mut shown = String::new();
    for (file, expected) in [
        ("syntax.toml", "syntax.toml:1:10: "),
        ("unknown.toml", "unknown.toml:3:1: "),
        ("dates.toml", "dates.toml:6:8: "),
    ] {
        let run = Run::of(
            whosaid_in(dir.path()).args(["check", "--format", "jsonl", "--kb", file, "a.txt"]),
        );
        assert_eq!(run.code, Some(2), "{file}");
        assert!(
            run.stderr.contains(expected),
            "{file}: {expected} not in {}",
            run.stderr
        );
        shown.push_str(&format!("===== --kb {file}\n{}", run.shown()));
    }
    let run = Run::of(whosaid_in(dir.path()).args([
        "kb",
        "check",
        "syntax.toml",
        "unknown.toml",
        "dates.toml",
    ]));
    assert_eq!(run.code, Some(2));
    shown.push_str(&format!("===== kb check\n{}", run.shown()));
    insta::assert_snapshot!(shown);
}

/// A configuration with bad TOML or an unknown key: an error with file:line:column, once; the
/// files under it are not checked (their settings are unknown), the others are.
#[test]
fn bad_configuration() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "ok/a.txt", GOOD);
    write(dir.path(), "syntax/whosaid.toml", "publisher = \n");
    write(dir.path(), "syntax/b.txt", GOOD);
    write(
        dir.path(),
        "unknown/whosaid.toml",
        "publisher = \"UNN\"\nfail-levl = \"error\"\n",
    );
    write(dir.path(), "unknown/c.txt", GOOD);
    write(
        dir.path(),
        "severity/whosaid.toml",
        "[rules]\n\"source/vague\" = \"loud\"\n",
    );
    write(dir.path(), "severity/d.txt", GOOD);
    let run = check_jsonl(dir.path(), &["severity", "syntax", "ok", "unknown"]);
    insta::assert_snapshot!(run.shown());
    assert_eq!(run.code, Some(2));
    assert_eq!(run.names(), ["ok/a.txt"]);
    for expected in [
        "syntax/whosaid.toml:1:13: ",
        "unknown/whosaid.toml:2:1: unknown field `fail-levl`",
        "severity/whosaid.toml:2:18: ",
    ] {
        assert!(run.stderr.contains(expected), "{expected}: {}", run.stderr);
    }
}

/// A closed stdout (`whosaid ... | head -c 1`) ends the run quietly with exit 0: no error
/// message, no panic, however much was left to write.
#[test]
fn closed_stdout_pipe() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lines: String = (0..3000)
        .map(|id| format!("{}\n", serde_json::json!({"id": id, "text": GOOD})))
        .collect();
    write(dir.path(), "batch.jsonl", lines);
    for threads in ["1", "2"] {
        let mut child = whosaid_in(dir.path())
            .args(["attributions", "--input", "jsonl", "--format", "jsonl"])
            .args(["--threads", threads, "batch.jsonl"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let mut stdout = child.stdout.take().expect("stdout");
        let mut first = [0u8; 1];
        stdout.read_exact(&mut first).expect("read a byte");
        assert_eq!(&first, b"{");
        drop(stdout);
        // It must end by itself: a reader left waiting for workers that stopped would hang.
        let started = std::time::Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("try_wait") {
                break status;
            }
            if started.elapsed() > std::time::Duration::from_secs(60) {
                let _ = child.kill();
                panic!("threads {threads}: still running 60 s after its stdout was closed");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        let mut stderr = String::new();
        let mut err = child.stderr.take().expect("stderr");
        err.read_to_string(&mut stderr).expect("read stderr");
        assert_eq!(status.code(), Some(0), "threads {threads}: {stderr}");
        assert_eq!(stderr, "", "threads {threads}");
    }
}

/// Standard input for [`Run::of`].
trait Pipe {
    fn pipe(&mut self, input: &str) -> &mut Self;
}

impl Pipe for Command {
    /// Feeds `input` to the command's standard input, from a temporary file (so a command
    /// that writes before it has read everything cannot block).
    fn pipe(&mut self, input: &str) -> &mut Self {
        let file = tempfile::NamedTempFile::new().expect("temp file");
        fs::write(file.path(), input).expect("write stdin");
        let reader = fs::File::open(file.path()).expect("open stdin");
        self.stdin(Stdio::from(reader))
    }
}
