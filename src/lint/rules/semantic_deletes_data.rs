//! Reported by the semantic tier (`pgshift lint --semantic`): replaying the file deleted data that
//! no statement-level rule pointed at (a DROP built at run time, a function that drops). There is
//! nothing to check statically. Not caught: rows deleted from tables the shadow holds empty (it has
//! the schema, not the data).

use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: crate::lint::semantic::DELETES_DATA,
    hazards: &[Hazard::DeletesData],
    severity: Severity::Blocking,
    summary: "--semantic: replaying the file deleted data no statement showed",
    check,
};

fn check(_: &File) -> Vec<Violation> {
    Vec::new()
}
