//! SQL rendering: the only place that quotes identifiers and literals. Pure and deterministic:
//! the same input gives byte-identical SQL. Functions the renderer calls itself (setval,
//! num_nulls ...) are written `pg_catalog.`-qualified: an unqualified call resolves through the
//! applying session's search_path, where a function of another schema that matches the arguments
//! better (`public.setval(text, ...)` against a string literal) would run instead (CVE-2018-1058;
//! PostgreSQL docs, "Function Type Resolution"). What the catalog deparses needs no such care: it
//! carries explicit casts that make pg_catalog's function the exact match.

mod base_types;
mod columns;
mod foreign_tables;
mod indexes;
pub mod languages;
pub mod objects;
mod privileges;
pub use privileges::create_role_if_missing;
mod publications;
pub mod render;
mod reparse;
pub use reparse::stable_bool_nesting;
mod routines;
mod schemas;
mod tables;
mod triggers;
mod types;
mod views;
pub mod writer;
