//! Reported by the semantic tier (`pgshift lint --semantic`): the shadow database rejected the
//! file, so it would fail on deploy too. There is nothing to check statically. Not caught: failures
//! that depend on the target's data (a constraint the shadow's empty tables satisfy), or on its
//! server version when the shadow's differs.

use super::RuleDef;
use crate::lint::{File, Severity, Violation};

pub const RULE: RuleDef = RuleDef {
    name: crate::lint::semantic::REPLAY_ERROR,
    hazards: &[],
    severity: Severity::Blocking,
    summary: "--semantic: the file fails when replayed in a shadow database",
    check,
};

fn check(_: &File) -> Vec<Violation> {
    Vec::new()
}
