//! Table locks as PostgreSQL names them, and which lock a statement's hazards declare: what the
//! lock recorder (`apply::locks`) compares the locks a statement really took with. Pure.
//!
//! Modes are ordered as PostgreSQL numbers them (docs, "Explicit Locking", Table 13.2): each
//! conflicts with at least what the weaker ones conflict with, for the statements that matter
//! here. A statement that declares no lock hazard may take up to SHARE UPDATE EXCLUSIVE, which
//! lets reads and writes go on (what CREATE INDEX CONCURRENTLY and VALIDATE CONSTRAINT take).

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use super::Hazard;
use crate::model::QualifiedName;

/// A table lock mode, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum LockMode {
    AccessShare,
    RowShare,
    RowExclusive,
    ShareUpdateExclusive,
    Share,
    ShareRowExclusive,
    Exclusive,
    AccessExclusive,
}

impl LockMode {
    /// Parses `pg_locks.mode` (`AccessExclusiveLock`).
    pub fn parse(mode: &str) -> Option<LockMode> {
        Some(match mode {
            "AccessShareLock" => LockMode::AccessShare,
            "RowShareLock" => LockMode::RowShare,
            "RowExclusiveLock" => LockMode::RowExclusive,
            "ShareUpdateExclusiveLock" => LockMode::ShareUpdateExclusive,
            "ShareLock" => LockMode::Share,
            "ShareRowExclusiveLock" => LockMode::ShareRowExclusive,
            "ExclusiveLock" => LockMode::Exclusive,
            "AccessExclusiveLock" => LockMode::AccessExclusive,
            _ => return None,
        })
    }

    /// The mode as SQL writes it (`ACCESS EXCLUSIVE`).
    pub fn sql(self) -> &'static str {
        match self {
            LockMode::AccessShare => "ACCESS SHARE",
            LockMode::RowShare => "ROW SHARE",
            LockMode::RowExclusive => "ROW EXCLUSIVE",
            LockMode::ShareUpdateExclusive => "SHARE UPDATE EXCLUSIVE",
            LockMode::Share => "SHARE",
            LockMode::ShareRowExclusive => "SHARE ROW EXCLUSIVE",
            LockMode::Exclusive => "EXCLUSIVE",
            LockMode::AccessExclusive => "ACCESS EXCLUSIVE",
        }
    }

    /// What it stops others doing while held.
    pub fn blocks(self) -> &'static str {
        match self {
            LockMode::AccessExclusive => "blocks reads and writes",
            LockMode::Exclusive | LockMode::ShareRowExclusive | LockMode::Share => "blocks writes",
            _ => "lets reads and writes go on",
        }
    }

    /// The hazard that declares this lock, if one does.
    pub fn hazard(self) -> Option<Hazard> {
        match self {
            LockMode::AccessExclusive | LockMode::Exclusive => {
                Some(Hazard::AcquiresAccessExclusiveLock)
            }
            LockMode::ShareRowExclusive => Some(Hazard::AcquiresShareRowExclusiveLock),
            LockMode::Share => Some(Hazard::AcquiresShareLock),
            _ => None,
        }
    }
}

impl fmt::Display for LockMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.sql())
    }
}

/// The strongest lock `hazards` declare: a rewrite holds ACCESS EXCLUSIVE too; with no lock
/// hazard, SHARE UPDATE EXCLUSIVE (reads and writes go on).
pub fn declared(hazards: &[Hazard]) -> LockMode {
    hazards
        .iter()
        .filter_map(|h| match h {
            Hazard::AcquiresAccessExclusiveLock | Hazard::TableRewrite => {
                Some(LockMode::AccessExclusive)
            }
            Hazard::AcquiresShareRowExclusiveLock => Some(LockMode::ShareRowExclusive),
            Hazard::AcquiresShareLock => Some(LockMode::Share),
            _ => None,
        })
        .max()
        .unwrap_or(LockMode::ShareUpdateExclusive)
}

/// The lock `hazards` declare, in words: its mode, or that none blocks reads or writes.
pub fn declared_text(hazards: &[Hazard]) -> String {
    let mode = declared(hazards);
    if mode > LockMode::ShareUpdateExclusive {
        mode.to_string()
    } else {
        "no lock that blocks reads or writes".to_string()
    }
}

/// One lock a statement took on a table.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct TableLock {
    pub table: QualifiedName,
    pub mode: LockMode,
}

/// The strongest lock per table among `locks`.
pub fn strongest(locks: impl IntoIterator<Item = TableLock>) -> Vec<TableLock> {
    let mut by_table: BTreeMap<QualifiedName, LockMode> = BTreeMap::new();
    for l in locks {
        let m = by_table.entry(l.table).or_insert(l.mode);
        *m = (*m).max(l.mode);
    }
    by_table
        .into_iter()
        .map(|(table, mode)| TableLock { table, mode })
        .collect()
}

/// The locks of `taken` stronger than what `hazards` declare, on tables `existing` says were
/// there before (a table the same migration creates has no one waiting on it).
pub fn undeclared(
    taken: &[TableLock],
    hazards: &[Hazard],
    existing: &dyn Fn(&QualifiedName) -> bool,
) -> Vec<TableLock> {
    let allowed = declared(hazards);
    strongest(taken.iter().cloned())
        .into_iter()
        .filter(|l| l.mode > allowed && existing(&l.table))
        .collect()
}

/// The locks the statements of `plan`'s migration file (written under `opts`) took, as
/// `recorded` gives them by the line each statement starts at, that are stronger than the
/// hazards of their step declare, on tables of `from` (the schema the plan starts from): each
/// with the index of its step.
pub fn undeclared_in_plan(
    plan: &crate::plan::Plan,
    opts: &crate::plan::ScriptOptions,
    recorded: &[(usize, Vec<TableLock>)],
    from: &crate::model::Schema,
) -> Vec<(usize, TableLock)> {
    let (_, lines) = plan.script_with_lines(opts);
    let existing =
        |t: &QualifiedName| from.tables.contains_key(t) || from.materialized_views.contains_key(t);
    let mut out = Vec::new();
    for (line, locks) in recorded {
        let Some(i) = lines.iter().position(|r| r.contains(line)) else {
            continue;
        };
        let hazards: Vec<Hazard> = plan.steps[i].hazards.iter().map(|h| h.hazard).collect();
        for l in undeclared(locks, &hazards, &existing) {
            out.push((i, l));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lock(t: &str, mode: LockMode) -> TableLock {
        TableLock {
            table: QualifiedName::new("public", t),
            mode,
        }
    }

    #[test]
    fn what_hazards_declare() {
        assert_eq!(declared(&[]), LockMode::ShareUpdateExclusive);
        assert_eq!(
            declared(&[Hazard::IndexBuild, Hazard::AcquiresShareLock]),
            LockMode::Share
        );
        assert_eq!(declared(&[Hazard::TableRewrite]), LockMode::AccessExclusive);
        assert_eq!(
            LockMode::parse("ShareUpdateExclusiveLock"),
            Some(LockMode::ShareUpdateExclusive)
        );
        assert_eq!(LockMode::parse("advisory"), None);
    }

    #[test]
    fn stronger_locks_on_existing_tables_are_undeclared() {
        let taken = [
            lock("a", LockMode::AccessShare),
            lock("a", LockMode::AccessExclusive),
            lock("b", LockMode::ShareUpdateExclusive),
            lock("new", LockMode::AccessExclusive),
        ];
        let existing = |t: &QualifiedName| t.name != "new";
        assert_eq!(
            undeclared(&taken, &[], &existing),
            [lock("a", LockMode::AccessExclusive)]
        );
        assert!(undeclared(&taken, &[Hazard::AcquiresAccessExclusiveLock], &existing).is_empty());
        assert_eq!(
            undeclared(&taken, &[Hazard::AcquiresShareLock], &existing),
            [lock("a", LockMode::AccessExclusive)]
        );
    }
}
