//! pgshift: safe PostgreSQL schema changes for teams that keep their schema as SQL migration
//! files. See DESIGN.md in the shared folder for the architecture; each module's own comment
//! states its job and invariants.

pub mod apply;
pub mod catalog;
pub mod cli;
pub mod config;
pub mod db;
pub mod declarative;
pub mod diff;
pub mod exposure;
pub mod fleet;
pub mod lint;
pub mod migrations;
pub mod model;
pub mod plan;
pub mod progress;
pub mod redact;
pub mod serve;
pub mod shadow;
pub mod source;
pub mod sql;
pub mod time;
pub mod tls;
