//! Runs a command over every document: read in input order on one thread, analysed and
//! rendered on `threads` threads, written in input order.
//!
//! ```text
//! reader ──(first nth, batch)──▶ workers ──(first nth, rendered bytes)──▶ writer (reorders)
//!    ▲                                                                     │
//!    └──────────────── one token per batch written ────────────────────────┘
//! ```
//!
//! Documents travel in batches (128 documents, or fewer making 1 MB of text). The reader takes a
//! token before it hands out a batch and the writer gives one back after writing one, so at
//! most `WINDOW_PER_THREAD * threads` batches are in memory at once however large the input. Reporters keep no state between documents (see [`Reporter`]), so a
//! document's bytes do not depend on which thread rendered it: the output is the same byte for
//! byte whatever the thread count.
//!
//! A panic while analysing one document is caught and reported as an error naming that
//! document; the other documents are still checked, and the run exits 2.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::panic::{self, AssertUnwindSafe};
use std::sync::{mpsc, Arc, Mutex};

use crate::args::{InputArgs, InputFormat};
use crate::diagnostics::Errors;
use crate::input::{self, Loaded, Pending, Source};
use crate::reporters::{Analysis, Reporter, Totals};

/// Batches in flight per thread: enough to keep every thread busy while one slow document
/// holds the writer back, few enough to bound memory.
const WINDOW_PER_THREAD: usize = 4;
/// A batch is this many documents, or fewer when they reach `BATCH_BYTES` of text: at most
/// `WINDOW_PER_THREAD * threads` batches, up to 1 MB each, are in memory at once. Each batch
/// wakes a worker and the writer: at 32 documents (about 30 KB of news) two threads switched
/// some 3,000 times over Reuters and spent a tenth of their time there; at 128, some 900, and ran 8% faster (median of 30 runs).
const BATCH_DOCUMENTS: usize = 128;
const BATCH_BYTES: usize = 1 << 20;

/// A document's output, or `Err` when it is left out (with the error to report, if any).
type Done = io::Result<Result<Rendered, Option<String>>>;

/// What a command makes of one document.
pub struct Outcome {
    pub analysis: Analysis,
    /// Errors about this document that do not stop it being reported (a front-matter date that
    /// does not parse), written to stderr after its output.
    pub messages: Vec<String>,
    /// True when a finding reached the fail level.
    pub failed: bool,
}

impl Outcome {
    /// An analysis with nothing else to say.
    pub fn of(analysis: Analysis) -> Outcome {
        Outcome {
            analysis,
            messages: Vec::new(),
            failed: false,
        }
    }
}

/// A document's output, ready to write.
struct Rendered {
    /// The size of the document's text, for the progress line.
    read: usize,
    bytes: Vec<u8>,
    totals: Totals,
    messages: Vec<String>,
    failed: bool,
}

/// How the run went: what it found, and whether any document failed.
#[derive(Debug, Default)]
pub struct Summary {
    pub totals: Totals,
    pub failed: bool,
}

/// Reads every source, runs `analyse` on each document and writes it with `reporter`, on
/// `threads` threads (1: all on the calling thread). `begin` and `finish` frame the output.
/// `analyse` returns `None` for a document it leaves out (its error already reported).
/// Input errors and per-document messages go to `errors`; a failed write stops the run.
pub fn run<A>(
    sources: &[Source],
    args: &InputArgs,
    threads: usize,
    errors: &mut Errors,
    reporter: &dyn Reporter,
    out: &mut dyn Write,
    analyse: A,
) -> io::Result<Summary>
where
    A: Fn(&Loaded) -> Option<Outcome> + Sync,
{
    reporter.begin(out)?;
    let mut summary = Summary::default();
    let mut progress = Progress::new();
    // True once a document has written something: what `separate` calls `first`.
    let mut written_any = false;
    let mut write =
        |rendered: Result<Rendered, Option<String>>, errors: &mut Errors| -> io::Result<()> {
            match rendered {
                Ok(r) => {
                    progress.advance(r.read);
                    // A document that writes nothing (no finding, in a format that lists
                    // findings) gets no separator, so a list never has a dangling comma.
                    if !r.bytes.is_empty() {
                        reporter.separate(out, !written_any)?;
                        written_any = true;
                        out.write_all(&r.bytes)?;
                    }
                    summary.totals.documents += r.totals.documents;
                    summary.totals.attributions += r.totals.attributions;
                    summary.totals.problems += r.totals.problems;
                    summary.totals.claims += r.totals.claims;
                    for (sum, n) in summary.totals.findings.iter_mut().zip(r.totals.findings) {
                        *sum += n;
                    }
                    summary.failed |= r.failed;
                    for message in r.messages {
                        errors.report(message);
                    }
                }
                Err(Some(message)) => errors.report(message),
                Err(None) => {}
            }
            Ok(())
        };
    let process = |nth: usize, pending: Pending| render(nth, pending, reporter, &analyse);

    // One document a file: no more threads than files (a single article runs on this thread).
    let threads = match args.input {
        InputFormat::Text => threads.min(sources.len()),
        InputFormat::Jsonl => threads,
    };
    if threads <= 1 {
        let mut nth = 0;
        let mut read_errors = Errors::default();
        input::for_each_document(sources, args, &mut read_errors, |pending| {
            let rendered = process(nth, pending)?;
            nth += 1;
            write(rendered, errors)
        })?;
        errors.merge(read_errors);
    } else {
        // Documents travel in batches (a few, or one large one): one hand-over per batch
        // rather than per document keeps the threads' synchronisation out of the profile.
        let window = WINDOW_PER_THREAD * threads;
        let (work_tx, work_rx) = mpsc::sync_channel::<(usize, Vec<Pending>)>(threads);
        // Shared by the workers only: when the last one stops (its output refused after a
        // failed write), the receiver goes with it and a reader blocked handing out a
        // batch wakes up with an error instead of waiting forever.
        let work_rx = Arc::new(Mutex::new(work_rx));
        let (done_tx, done_rx) = mpsc::channel::<(usize, Vec<Done>)>();
        let (token_tx, token_rx) = mpsc::sync_channel::<()>(window);
        let result = std::thread::scope(|scope| {
            let reader = scope.spawn(move || {
                let mut read_errors = Errors::default();
                let mut batch: Vec<Pending> = Vec::new();
                let mut batch_bytes = 0;
                let mut first = 0; // `nth` of the batch's first document
                let send = |batch: Vec<Pending>, first: usize| -> io::Result<()> {
                    token_tx.send(()).map_err(|_| stopped())?;
                    work_tx.send((first, batch)).map_err(|_| stopped())
                };
                // Stops quietly when the writer has gone (a failed write).
                let read = input::for_each_document(sources, args, &mut read_errors, |pending| {
                    batch_bytes += pending.text_len();
                    batch.push(pending);
                    if batch.len() >= BATCH_DOCUMENTS || batch_bytes >= BATCH_BYTES {
                        let full = std::mem::take(&mut batch);
                        let n = full.len();
                        send(full, first)?;
                        first += n;
                        batch_bytes = 0;
                    }
                    Ok(())
                });
                if read.is_ok() && !batch.is_empty() {
                    let _ = send(batch, first);
                }
                read_errors
            });
            for _ in 0..threads {
                let done_tx = done_tx.clone();
                let work_rx = Arc::clone(&work_rx);
                let process = &process;
                scope.spawn(move || loop {
                    // The lock is held only to take the next batch.
                    let next = work_rx.lock().map_or(None, |rx| rx.recv().ok());
                    let Some((first, batch)) = next else { break };
                    let done: Vec<Done> = batch
                        .into_iter()
                        .enumerate()
                        .map(|(i, pending)| process(first + i, pending))
                        .collect();
                    if done_tx.send((first, done)).is_err() {
                        break;
                    }
                });
            }
            drop(done_tx);
            drop(work_rx);
            // The writer: batches come back in any order and are written in input order.
            let written = (|| -> io::Result<()> {
                let mut waiting = BTreeMap::new();
                let mut next = 0;
                for (first, done) in &done_rx {
                    waiting.insert(first, done);
                    while let Some(done) = waiting.remove(&next) {
                        next += done.len();
                        for rendered in done {
                            write(rendered?, errors)?;
                        }
                        // Lets the reader hand out one more batch.
                        let _ = token_rx.recv();
                    }
                }
                Ok(())
            })();
            // On a failed write, dropping the channels stops the reader and the workers.
            drop(done_rx);
            drop(token_rx);
            let read_errors = reader.join().unwrap_or_default();
            (written, read_errors)
        });
        let (written, read_errors) = result;
        errors.merge(read_errors);
        written?;
    }
    reporter.finish(out, &summary.totals)?;
    Ok(summary)
}

/// A progress line on stderr for long runs, when stderr is a terminal: documents and
/// megabytes done and the rate, redrawn at most ten times a second after the first second,
/// erased at the end. Set `WHOSAID_NO_PROGRESS` to turn it off.
struct Progress {
    enabled: bool,
    started: std::time::Instant,
    drawn: Option<std::time::Instant>,
    documents: usize,
    bytes: usize,
}

impl Progress {
    fn new() -> Progress {
        use std::io::IsTerminal;
        Progress {
            enabled: io::stderr().is_terminal()
                && std::env::var_os("WHOSAID_NO_PROGRESS").is_none(),
            started: std::time::Instant::now(),
            drawn: None,
            documents: 0,
            bytes: 0,
        }
    }

    fn advance(&mut self, bytes: usize) {
        self.documents += 1;
        self.bytes += bytes;
        if !self.enabled {
            return;
        }
        let now = std::time::Instant::now();
        let elapsed = now.duration_since(self.started).as_secs_f64();
        let due = self
            .drawn
            .map_or(elapsed >= 1.0, |t| now.duration_since(t).as_millis() >= 100);
        if due {
            self.drawn = Some(now);
            let mb = self.bytes as f64 / 1e6;
            // A failing stderr only loses the progress line.
            let _ = write!(
                io::stderr().lock(),
                "\r\x1b[K{} documents, {mb:.1} MB, {:.1} MB/s",
                self.documents,
                mb / elapsed.max(1e-9)
            );
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if self.drawn.is_some() {
            let _ = write!(io::stderr().lock(), "\r\x1b[K");
        }
    }
}

/// Loads, analyses and renders one document. `Err(message)` when the analysis panicked: the
/// message names the document, and the run goes on without it.
fn render<A>(
    nth: usize,
    pending: Pending,
    reporter: &dyn Reporter,
    analyse: &A,
) -> io::Result<Result<Rendered, Option<String>>>
where
    A: Fn(&Loaded) -> Option<Outcome> + Sync,
{
    let name = pending.name.clone();
    let work = panic::catch_unwind(AssertUnwindSafe(|| {
        let loaded = pending.load();
        let outcome = analyse(&loaded);
        (loaded, outcome)
    }));
    let (loaded, outcome) = match work {
        Ok((loaded, Some(outcome))) => (loaded, outcome),
        Ok((_, None)) => return Ok(Err(None)),
        Err(_) => {
            return Ok(Err(Some(format!(
                "{name}: internal error while analysing this document; it was skipped \
                 (please report it with the document)"
            ))))
        }
    };
    let mut bytes = Vec::new();
    reporter.document(&mut bytes, nth, &loaded, &outcome.analysis)?;
    let mut totals = Totals::default();
    totals.add(&outcome.analysis);
    Ok(Ok(Rendered {
        read: loaded.doc.text.len(),
        bytes,
        totals,
        messages: outcome.messages,
        failed: outcome.failed,
    }))
}

/// The error the reader stops with when the writer has gone.
fn stopped() -> io::Error {
    io::Error::new(io::ErrorKind::BrokenPipe, "output closed")
}

/// The number of threads to use when none is given: one per core.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::args::{CheckFormat, ColorChoice, InputFormat};
    use crate::reporters::{self, Styles};

    fn args() -> InputArgs {
        InputArgs {
            paths: Vec::new(),
            input: InputFormat::Text,
            stdin_filename: None,
            exclude: Vec::new(),
            file_list: None,
            threads: None,
            max_size: 0,
        }
    }

    /// A document whose analysis panics is left out with an error naming it; the output of a
    /// one-object format stays one valid object holding every other document, on one thread
    /// or several.
    #[test]
    fn a_panicking_document_leaves_valid_output() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut sources = Vec::new();
        for (name, text) in [
            ("a.txt", "The minister said the talks would resume."),
            ("boom.txt", "PANIC here, according to media reports."),
            ("c.txt", "According to media reports, the talks failed."),
        ] {
            let path = dir.path().join(name);
            std::fs::write(&path, text).expect("write");
            sources.push(Source::File(path));
        }
        let analyzer = whosaid_analysis::Analyzer::new();
        let analyse = |loaded: &Loaded| {
            assert!(
                !loaded.doc.text.starts_with("PANIC"),
                "a bug in the analysis"
            );
            Some(Outcome::of(analyzer.check(&loaded.doc)))
        };
        let styles = Styles::new(ColorChoice::Never, false);
        for format in [CheckFormat::Json, CheckFormat::Sarif, CheckFormat::Rdjson] {
            for threads in [1, 2] {
                let reporter = reporters::findings(format, styles);
                let mut out = Vec::new();
                let mut errors = Errors::default();
                run(
                    &sources,
                    &args(),
                    threads,
                    &mut errors,
                    &*reporter,
                    &mut out,
                    analyse,
                )
                .expect("run");
                assert_eq!(errors.status(), crate::diagnostics::Status::Error);
                let text = String::from_utf8(out).expect("UTF-8");
                let value: serde_json::Value = serde_json::from_str(&text)
                    .unwrap_or_else(|e| panic!("{format:?} on {threads}: {e}\n{text}"));
                let names: Vec<PathBuf> = match format {
                    CheckFormat::Json => value["documents"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|d| PathBuf::from(d["path"].as_str().unwrap_or("")))
                        .collect(),
                    _ => Vec::new(),
                };
                if format == CheckFormat::Json {
                    let files: Vec<_> = names.iter().filter_map(|p| p.file_name()).collect();
                    assert_eq!(files, ["a.txt", "c.txt"], "{format:?} on {threads}");
                }
                assert!(!text.contains("PANIC"), "{format:?} on {threads}: {text}");
            }
        }
    }
}
