//! End-to-end tests of the `whosaid` binary: real processes, snapshots of stdout, stderr and
//! exit code (insta + insta-cmd). Run `cargo insta review` (or `just snap`) to review changes.

mod cli;
mod corpus;
mod eval;
