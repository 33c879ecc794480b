//! Exit statuses and messages to stderr.

use std::fmt;
use std::io::{self, Write};
use std::process::ExitCode;

use clap::CommandFactory;

use crate::args::Cli;

/// How a run ended, as an exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Everything was read and reported.
    Ok,
    /// Everything was read; `check` found something at or above the fail level (or `kb find`
    /// found nothing).
    Findings,
    /// A usage error, or an input that could not be read (the others were still reported).
    Error,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> ExitCode {
        match status {
            Status::Ok => ExitCode::SUCCESS,
            Status::Findings => ExitCode::from(1),
            Status::Error => ExitCode::from(2),
        }
    }
}

/// Writes `error: MESSAGE` to stderr. A failing stderr is ignored: there is nowhere left to
/// report it.
pub fn error(message: impl fmt::Display) {
    let _ = writeln!(io::stderr().lock(), "error: {message}");
}

/// Writes `note: MESSAGE` to stderr: something the reader should know about the run, which
/// changes no exit status.
pub fn note(message: impl fmt::Display) {
    let _ = writeln!(io::stderr().lock(), "note: {message}");
}

/// Prints a usage error for `subcommand` the way clap prints its own (message, usage line, hint).
pub fn usage_error(subcommand: &str, message: &str) -> Status {
    let mut cli = Cli::command();
    cli.build();
    let err = match cli.find_subcommand_mut(subcommand) {
        Some(sub) => sub.error(clap::error::ErrorKind::MissingRequiredArgument, message),
        None => cli.error(clap::error::ErrorKind::MissingRequiredArgument, message),
    };
    let _ = err.print();
    Status::Error
}

/// Counts input errors while a command goes on with the other inputs.
#[derive(Debug, Default)]
pub struct Errors {
    count: usize,
}

impl Errors {
    /// Reports one input error on stderr.
    pub fn report(&mut self, message: impl fmt::Display) {
        self.count += 1;
        error(message);
    }

    /// Adds errors counted elsewhere (already reported).
    pub fn merge(&mut self, other: Errors) {
        self.count += other.count;
    }

    /// The exit status these errors call for.
    pub fn status(&self) -> Status {
        if self.count == 0 {
            Status::Ok
        } else {
            Status::Error
        }
    }

    /// The exit status of a run that read everything it could: input errors (2) come before
    /// findings (1).
    pub fn status_with(&self, findings: bool) -> Status {
        match self.status() {
            Status::Ok if findings => Status::Findings,
            status => status,
        }
    }
}

/// True when `err` comes from writing to a closed pipe (`whosaid ... | head`): a quiet stop.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}
