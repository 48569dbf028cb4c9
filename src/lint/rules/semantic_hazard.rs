//! Reported by the semantic tier (`pgshift lint --semantic`): replaying the file made a hazardous
//! change (a rewrite, a long lock, a dropped object clients use) that no statement-level rule
//! pointed at. There is nothing to check statically. Not caught: hazards that depend on the
//! target's data or load, which the empty shadow cannot show.

use super::RuleDef;
use crate::lint::{File, Severity, Violation};

pub const RULE: RuleDef = RuleDef {
    name: crate::lint::semantic::HAZARD,
    hazards: &[],
    severity: Severity::Warning,
    summary: "--semantic: replaying the file made a hazardous change no statement showed",
    check,
};

fn check(_: &File) -> Vec<Violation> {
    Vec::new()
}
