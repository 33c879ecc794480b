//! Entities and chains (being written).
