//! Reviewing migration files for operations that are dangerous on a live database.
//!
//! A file is split and parsed with `pg_query` (the real PostgreSQL parser); each rule in
//! `rules/` looks at the parse trees, never at the text. Rules see the file as a whole: every
//! statement carries what the file (and the migration set before it) did before it: tables it
//! created, whether a lock timeout is set, which transaction it runs in. So "adding a NOT NULL
//! column to a table created three lines up" is not a finding. A statement that does not parse
//! is a `syntax-error` finding, never a crash and never a silent skip.
//!
//! `-- pgshift:allow RULE reason` in the comment lines right above a statement silences that rule
//! for that statement. Which rules block a deploy and which only warn is configurable
//! (`[lint]` in pgshift.toml).

pub mod ast;
mod engine;
pub mod evidence;
pub mod exposure;
mod file;
pub mod hazards;
pub mod locks;
pub mod report;
pub mod rules;
pub mod semantic;
pub mod volatility;

pub(crate) use engine::first_line;
#[cfg(test)]
pub(crate) use engine::test_utils;
pub use engine::{lint_file, lint_set, lint_text, Finding, Options, Severity, Violation};
pub use file::{File, NotValid, State, Stmt};
pub use rules::{RuleDef, RULES};
