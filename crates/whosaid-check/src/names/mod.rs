//! Name verification: candidates from cheap keys, scored, confirmed by context (being written).
