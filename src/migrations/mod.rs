//! Migration files: names and versions, ordering, statement splitting with positions.
//!
//! Pure: callers pass file names and file contents in; nothing here touches the file system.

pub mod checksum;
pub mod directives;
pub mod enclosed;
pub mod files;
pub mod include;
pub mod psql;
pub mod script;
pub mod split;

pub use files::{order, MigrationName, NameError};
pub use script::{Script, Section};
pub use split::{split, ConstraintStep, ParseFailure, Statement, StatementKind};
