//! A statement PostgreSQL's parser rejects (or a psql meta-command pgshift cannot run) fails the
//! migration where it stands. The engine reports it for every such statement, always blocking:
//! it cannot be disabled or turned into a warning. The parse is PostgreSQL 18's grammar, so
//! syntax newer than the server a file is deployed to still parses here (the semantic tier,
//! which replays the file on a real server, catches that). The body of a `DO` block is left to
//! the server: a body the PL/pgSQL parser cannot read is not reported here.

use super::RuleDef;
use crate::lint::{File, Severity, Violation};

pub const RULE: RuleDef = RuleDef {
    name: super::SYNTAX_ERROR,
    hazards: &[],
    severity: Severity::Blocking,
    summary: "a statement that does not parse (always blocks)",
    check,
};

/// Reported by the engine itself from each statement's parse error.
fn check(_: &File) -> Vec<Violation> {
    Vec::new()
}
