//! Hazards of columns and constraints added to or dropped from tables that exist before the
//! plan (a table the plan creates is empty and unused). One function per change kind,
//! dispatched by the exhaustive match of `hazards`.

use super::Hazard;
use crate::diff::Change as C;
use crate::model::ConstraintKind as K;

use Hazard as H;

pub(super) fn add_column(change: &C, add: &mut dyn FnMut(Hazard, String)) {
    let C::AddColumn { table, column } = change else {
        return;
    };
    add(
        H::AcquiresAccessExclusiveLock,
        format!("briefly locks {table} to add {}", column.name),
    );
    if column.not_null
        && column.default.is_none()
        && column.identity.is_none()
        && column.generated.is_none()
    {
        add(
            H::BreaksClients,
            format!(
                "NOT NULL without a default: fails if {table} has rows, and inserts that do not set {} fail",
                column.name
            ),
        );
    }
    let rewrite = if column.generated.is_some() {
        Some("a stored generated column is computed for every row")
    } else if column.identity.is_some() {
        Some("an identity column gives every row a value from its sequence")
    } else if column.rewrites_on_add && column.default.is_some() {
        Some("its default calls a volatile function, so every row gets its own value")
    } else if column.rewrites_on_add {
        Some("every row is checked against the constraints of its domain type")
    } else {
        None
    };
    if let Some(why) = rewrite {
        add(
            H::TableRewrite,
            format!("adding {} rewrites {table}: {why}", column.name),
        );
    }
}

pub(super) fn add_constraint(change: &C, add: &mut dyn FnMut(Hazard, String)) {
    let C::AddConstraint { table, constraint } = change else {
        return;
    };
    match constraint.kind {
        K::ForeignKey => {
            add(
                H::AcquiresShareRowExclusiveLock,
                format!(
                    "blocks writes to {table} while {} is checked",
                    constraint.name
                ),
            );
            if constraint.validated {
                add(
                    H::FullTableScan,
                    format!(
                        "every row of {table} is checked against {}",
                        constraint.name
                    ),
                );
            }
        }
        K::Check => {
            add(
                H::AcquiresAccessExclusiveLock,
                format!("locks {table} while {} is added", constraint.name),
            );
            if constraint.validated {
                add(
                    H::FullTableScan,
                    format!(
                        "every row of {table} is checked against {}",
                        constraint.name
                    ),
                );
            }
        }
        // Added ONLY to a partitioned table: its index holds nothing to build.
        K::PrimaryKey | K::Unique | K::Exclusion if constraint.only => add(
            H::AcquiresAccessExclusiveLock,
            format!(
                "briefly locks {table} to add {} to it alone",
                constraint.name
            ),
        ),
        K::PrimaryKey | K::Unique | K::Exclusion => {
            add(
                H::AcquiresAccessExclusiveLock,
                format!(
                    "locks {table} while the index behind {} is built",
                    constraint.name
                ),
            );
            add(
                H::IndexBuild,
                format!("builds the index behind {}", constraint.name),
            );
        }
    }
}

pub(super) fn drop_constraint(change: &C, add: &mut dyn FnMut(Hazard, String)) {
    let C::DropConstraint { table, constraint } = change else {
        return;
    };
    add(
        H::AcquiresAccessExclusiveLock,
        format!("briefly locks {table} to drop {}", constraint.name),
    );
    if matches!(constraint.kind, K::PrimaryKey | K::Unique | K::Exclusion) {
        add(
            H::IndexDropped,
            format!("drops the index behind {}", constraint.name),
        );
    }
}
