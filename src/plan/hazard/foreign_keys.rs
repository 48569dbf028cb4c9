//! The locks a foreign key takes on the table at its other end. A foreign key lives as triggers
//! on both tables, so adding one takes SHARE ROW EXCLUSIVE on the referenced table too, and
//! dropping one (alone, or with the table that holds it) takes ACCESS EXCLUSIVE on it to remove
//! its triggers there (PostgreSQL docs, "ALTER TABLE": "addition of a foreign key constraint
//! requires a SHARE ROW EXCLUSIVE lock on the referenced table"; dropping removes the
//! referenced table's triggers under ACCESS EXCLUSIVE). This holds when the referencing table is
//! new or goes: the referenced table is in use either way, and the lock is held until the plan's
//! transaction commits. Pure.

use super::Hazard;
use crate::diff::Change;
use crate::model::{Constraint, ConstraintKind, QualifiedName, Schema};

use Hazard as H;

/// The referenced table of foreign key `constraint` of `table`, when it is another table that
/// exists before the plan (a table the plan creates is not in use yet).
fn referenced<'a>(
    table: &QualifiedName,
    constraint: &'a Constraint,
    from: &Schema,
) -> Option<&'a QualifiedName> {
    if constraint.kind != ConstraintKind::ForeignKey {
        return None;
    }
    let target = &constraint.foreign_key.as_ref()?.references;
    (target != table && from.tables.contains_key(target)).then_some(target)
}

/// The hazards `change` carries on the tables its foreign keys reference.
pub(super) fn referenced_locks(
    change: &Change,
    from: &Schema,
    to: &Schema,
    add: &mut dyn FnMut(Hazard, String),
) {
    match change {
        Change::AddConstraint { table, constraint }
        | Change::AddConstraintNotValid { table, constraint } => {
            if let Some(target) = referenced(table, constraint, from) {
                add(
                    H::AcquiresShareRowExclusiveLock,
                    format!(
                        "blocks writes to {target}, which {} of {table} references, while the key is added",
                        constraint.name
                    ),
                );
            }
        }
        Change::DropConstraint { table, constraint } => {
            if let Some(target) = referenced(table, constraint, from) {
                add(
                    H::AcquiresAccessExclusiveLock,
                    format!(
                        "briefly locks {target} against reads and writes to remove the triggers of {} there",
                        constraint.name
                    ),
                );
            }
        }
        // A referenced table the plan drops too is not in use afterwards.
        Change::DropTable(t) => {
            for c in t.constraints.values() {
                if let Some(target) =
                    referenced(&t.name, c, from).filter(|r| to.tables.contains_key(*r))
                {
                    add(
                        H::AcquiresAccessExclusiveLock,
                        format!(
                            "briefly locks {target} against reads and writes to remove the triggers of {} of {} there",
                            c.name, t.name
                        ),
                    );
                }
            }
        }
        _ => {}
    }
}
