//! The `undeclared-lock` findings of the semantic tier: the locks the lock recorder saw each
//! statement take while the file was replayed (`apply::locks`), compared with the locks the
//! statement's hazards declare (its findings, and a generated file's `-- hazard` notes): a
//! stronger lock on a table that existed before the file is a finding on that statement. Pure.

use std::collections::BTreeMap;

use super::{first_line, rules, Finding, Options, Severity, Stmt};
use crate::model::QualifiedName;
use crate::plan::hazard::locks::{declared_text, undeclared, TableLock};
use crate::plan::hazard::Hazard;

/// The rule name.
pub const RULE: &str = "undeclared-lock";

/// One statement's recorded locks, by its position in the file.
pub struct Recorded<'a> {
    pub line: usize,
    pub column: usize,
    pub locks: &'a [TableLock],
}

/// Findings for the recorded statements whose locks are stronger than `declared_at` (the
/// hazards declared per statement line) says, on tables `existing` knows.
pub fn findings(
    path: &str,
    stmts: &[Stmt],
    recorded: &[Recorded<'_>],
    declared_at: &BTreeMap<usize, Vec<Hazard>>,
    existing: &dyn Fn(&QualifiedName) -> bool,
    options: &Options,
) -> Vec<Finding> {
    if options.disable.contains(RULE) {
        return vec![];
    }
    let def = rules::find(RULE).expect("the undeclared-lock rule is registered");
    let severity = if options.block.contains(RULE) {
        Severity::Blocking
    } else if options.warn.contains(RULE) {
        Severity::Warning
    } else {
        def.severity
    };
    let mut out = Vec::new();
    for r in recorded {
        let Some(stmt) = stmts.iter().find(|s| s.line == r.line && !s.in_do_block) else {
            continue;
        };
        if stmt.allowed.contains(RULE) {
            continue;
        }
        let hazards = declared_at.get(&r.line).cloned().unwrap_or_default();
        for lock in undeclared(r.locks, &hazards, existing) {
            out.push(Finding {
                path: path.to_string(),
                line: r.line,
                column: r.column,
                rule: def.name,
                severity,
                hazards: lock.mode.hazard().into_iter().collect(),
                message: format!(
                    "replayed in a shadow database, it took {} on {} ({} while held, and while it waits for the lock), stronger than its findings declare ({})",
                    lock.mode,
                    lock.table,
                    lock.mode.blocks(),
                    declared_text(&hazards)
                ),
                hint: "keep the lock short: set a lock_timeout before it, run it when the table is quiet, or use the online form (CONCURRENTLY, NOT VALID then VALIDATE); `-- pgshift:allow undeclared-lock <reason>` above it records that it was reviewed".into(),
                statement: first_line(&stmt.text),
            });
        }
    }
    out
}
