//! The table of every rule (being written).
