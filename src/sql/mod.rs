//! SQL rendering: the only place that quotes identifiers and literals. Pure and deterministic:
//! the same input gives byte-identical SQL.

mod base_types;
mod columns;
mod indexes;
mod languages;
pub mod objects;
mod privileges;
mod publications;
pub mod render;
mod reparse;
mod routines;
mod schemas;
mod tables;
mod triggers;
mod types;
mod views;
pub mod writer;
