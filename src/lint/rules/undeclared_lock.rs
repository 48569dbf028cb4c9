//! Reported by the semantic tier: replayed in a shadow database, a statement took a stronger lock
//! on an existing table than the hazards the other findings (or a generated file's `-- hazard`
//! notes) declare for it, as the lock recorder read it from `pg_locks` (`apply::locks`). There is
//! nothing to check statically. Not caught: locks taken and released inside one statement before
//! the recorder reads `pg_locks`.

use super::RuleDef;
use crate::lint::{File, Severity, Violation};

pub const RULE: RuleDef = RuleDef {
    name: crate::lint::locks::RULE,
    hazards: &[],
    severity: Severity::Warning,
    summary: "--semantic: a statement locks a table harder than its findings declare",
    check,
};

fn check(_: &File) -> Vec<Violation> {
    Vec::new()
}
