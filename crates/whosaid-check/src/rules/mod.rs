//! One rule per file.

pub mod name_inconsistent_title;
pub mod name_misspelled;
pub mod name_title_mismatch;
