//! SQL rendering: the only place that quotes identifiers and literals. Pure and deterministic:
//! the same input gives byte-identical SQL.

pub mod objects;
pub mod render;
pub mod writer;
