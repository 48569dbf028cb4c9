//! The notes several hazards share: what a dropped column costs, narrowed bounds, an index
//! redefined, a DEFAULT partition checked, index copies an attached partition gets.

use super::Hazard;

/// The note on an index whose definition changes: what the old one served may be lost.
pub fn index_redefined(name: &crate::model::QualifiedName) -> String {
    format!(
        "{name} gets a new definition: queries that only its old definition served may slow down"
    )
}

/// The DEFAULT partition of `parent`, if it has one.
pub(super) fn default_partition<'a>(
    from: &'a crate::model::Schema,
    parent: &crate::model::QualifiedName,
) -> Option<&'a crate::model::QualifiedName> {
    from.tables.values().find_map(|t| {
        t.partition_of
            .as_ref()
            .filter(|p| &p.parent == parent && p.bound == "DEFAULT")
            .map(|_| &t.name)
    })
}

/// A new partition beside a DEFAULT partition: PostgreSQL reads every row of the default one to
/// prove none belongs to the new bound, under an exclusive lock (docs, CREATE TABLE, "PARTITION
/// OF").
pub(super) fn scans_default_partition(
    add: &mut impl FnMut(Hazard, String),
    table: &crate::model::QualifiedName,
    default: &crate::model::QualifiedName,
) {
    add(
        Hazard::FullTableScan,
        format!(
            "reads every row of the default partition {default} to prove none belongs in {table}"
        ),
    );
    add(
        Hazard::AcquiresAccessExclusiveLock,
        format!("locks the default partition {default} while it is checked"),
    );
}

/// A table attached as a partition gets a copy of each index (and key) its parent has then: one
/// it has already (the same name and definition in `to`) is adopted, the others PostgreSQL
/// builds while the table is locked (docs, ALTER TABLE, ATTACH PARTITION). The parent indexes
/// counted are those it keeps as they are (new ones are made after the attach, each building
/// its partitions' copies itself).
pub(super) fn builds_index_copies(
    add: &mut impl FnMut(Hazard, String),
    from: &crate::model::Schema,
    to: &crate::model::Schema,
    table: &crate::model::QualifiedName,
    parent: &crate::model::QualifiedName,
) {
    let parent_index = |p: &crate::model::QualifiedName| {
        matches!((from.indexes.get(p), to.indexes.get(p)), (Some(a), Some(b))
            if &b.table == parent && a.same_definition(b) && a.constraint == b.constraint)
    };
    for x in to.indexes.values().filter(|x| {
        &x.table == table
            && x.parent.as_ref().is_some_and(parent_index)
            && !from
                .indexes
                .get(&x.name)
                .is_some_and(|y| &y.table == table && y.same_definition(x))
    }) {
        add(
            Hazard::IndexBuild,
            format!(
                "builds {table}'s copy of {} while it is locked",
                x.parent.as_ref().map_or(String::new(), |p| p.to_string())
            ),
        );
    }
}

/// A table created PARTITION OF `parent`: a DEFAULT partition beside it is scanned, and an
/// existing parent is locked ACCESS EXCLUSIVE (the lock recorder sees it; ATTACH PARTITION takes
/// less there).
pub(super) fn new_partition(
    add: &mut impl FnMut(Hazard, String),
    from: &crate::model::Schema,
    table: &crate::model::QualifiedName,
    parent: &crate::model::QualifiedName,
    existing_parent: bool,
) {
    if let Some(default) = default_partition(from, parent) {
        scans_default_partition(add, table, default);
    }
    if existing_parent {
        add(
            Hazard::AcquiresAccessExclusiveLock,
            format!(
                "locks {parent} against reads and writes while {table} is created as its partition"
            ),
        );
    }
}

/// A constraint or trigger added to a partitioned table the plan creates reaches its
/// partitions, and those the plan attaches (tables that existed, with their rows) pay for it as
/// an existing table would: a key or exclusion constraint builds its index on each (not
/// concurrently: writes wait; a matching index one already has is adopted, under the same lock),
/// a CHECK or foreign key reads each one's rows under the lock it takes, a trigger is cloned
/// onto each under SHARE ROW EXCLUSIVE.
pub(super) fn old_partitions_reached(
    add: &mut impl FnMut(Hazard, String),
    change: &crate::diff::Change,
    from: &crate::model::Schema,
    to: &crate::model::Schema,
) {
    use crate::diff::Change as C;
    use crate::model::ConstraintKind as K;
    let table = match change {
        C::AddConstraint { table, .. } => table,
        C::CreateTrigger(t) => &t.table,
        _ => return,
    };
    // An existing table's own change is its arm's business in `hazards`.
    if from.tables.contains_key(table) || from.materialized_views.contains_key(table) {
        return;
    }
    let mut queue = vec![table];
    while let Some(parent) = queue.pop() {
        for t in to.tables.values() {
            if t.partition_of.as_ref().map(|p| &p.parent) != Some(parent) {
                continue;
            }
            queue.push(&t.name);
            if !from.tables.contains_key(&t.name) {
                continue;
            }
            let p = &t.name;
            let constraint = match change {
                C::AddConstraint { constraint, .. } => constraint,
                C::CreateTrigger(trigger) => {
                    let what = format!(
                        "briefly blocks writes to {p} to add trigger {} to it",
                        trigger.name
                    );
                    add(Hazard::AcquiresShareRowExclusiveLock, what);
                    continue;
                }
                _ => return,
            };
            let c = &constraint.name;
            // A matching index the partition already had is adopted, not built.
            let adopted = constraint.index.as_ref().is_some_and(|parent_index| {
                to.indexes.values().any(|i| {
                    i.table == t.name
                        && i.parent.as_ref() == Some(parent_index)
                        && from
                            .indexes
                            .get(&i.name)
                            .is_some_and(|a| a.same_definition(i))
                })
            });
            let (lock, what) = match constraint.kind {
                K::PrimaryKey | K::Unique | K::Exclusion => {
                    if !adopted {
                        add(
                            Hazard::IndexBuild,
                            format!("builds the index behind {c} on {p}, which has rows, without CONCURRENTLY"),
                        );
                    }
                    (Hazard::AcquiresShareLock, "blocks writes to")
                }
                K::Check => (Hazard::AcquiresAccessExclusiveLock, "locks"),
                K::ForeignKey => (Hazard::AcquiresShareRowExclusiveLock, "blocks writes to"),
            };
            if matches!(constraint.kind, K::Check | K::ForeignKey) && constraint.validated {
                add(
                    Hazard::FullTableScan,
                    format!("every row of {p} is checked against {c}"),
                );
            }
            add(lock, format!("{what} {p} while {c} is added to it"));
        }
    }
}

/// The table a policy change or row level security switch locks, and what it does there.
/// ALTER TABLE ... [NO] FORCE / ENABLE / DISABLE ROW LEVEL SECURITY takes ACCESS EXCLUSIVE (docs,
/// "ALTER TABLE": no weaker lock is noted for these forms), and so do CREATE POLICY and DROP
/// POLICY (the lock recorder sees it), so reads and writes queue behind them.
pub(super) fn row_security_lock(
    change: &crate::diff::Change,
) -> Option<(&crate::model::QualifiedName, String)> {
    use crate::diff::Change as C;
    Some(match change {
        C::CreatePolicy { table, policy } => (table, format!("create policy {}", policy.name)),
        C::DropPolicy { table, policy } => (table, format!("drop policy {}", policy.name)),
        C::SetRowLevelSecurity { table, enabled } => {
            let verb = if *enabled { "enable" } else { "disable" };
            (table, format!("{verb} row level security"))
        }
        C::SetForceRowLevelSecurity { table, forced } => (
            table,
            if *forced {
                "force row level security on its owner".to_string()
            } else {
                "stop forcing row level security on its owner".to_string()
            },
        ),
        _ => return None,
    })
}

/// A check of domain `name`'s values (a constraint added or validated, NOT NULL set): every
/// column of it is read (`scan` says how), and each table checked is held under SHARE while its
/// rows are, so writes to it wait (`checked` ends that message).
pub(super) fn checks_domain(
    add: &mut impl FnMut(Hazard, String),
    from: &crate::model::Schema,
    name: &crate::model::QualifiedName,
    scan: &str,
    checked: &str,
) {
    add(Hazard::FullTableScan, scan.to_string());
    for table in tables_checked_for_domain(from, name) {
        add(
            Hazard::AcquiresShareLock,
            format!("blocks writes to {table} while its values of {name} {checked}"),
        );
    }
}

/// The tables of `from` whose rows PostgreSQL checks when a constraint is added to domain
/// `name`: those with a column of it, or of a domain over it (arrays and composite types that
/// hold it are not checked; docs, ALTER DOMAIN, Notes).
fn tables_checked_for_domain(
    from: &crate::model::Schema,
    name: &crate::model::QualifiedName,
) -> std::collections::BTreeSet<crate::model::QualifiedName> {
    let mut domains = vec![name.clone()];
    let mut i = 0;
    while i < domains.len() {
        let base = domains[i].clone();
        for d in from.domains.values() {
            if d.base_type.names(&base) && !d.base_type.is_array() && !domains.contains(&d.name) {
                domains.push(d.name.clone());
            }
        }
        i += 1;
    }
    from.tables
        .values()
        .filter(|t| {
            t.columns
                .iter()
                .any(|c| !c.data_type.is_array() && domains.iter().any(|d| c.data_type.names(d)))
        })
        .map(|t| t.name.clone())
        .collect()
}

/// What dropping a column with values costs: its data, its readers (unless the plan recreates
/// it), and a rollback that brings it back empty.
pub(super) fn column_loss(
    table: &crate::model::QualifiedName,
    column: &str,
    recreated: bool,
) -> Vec<(Hazard, String)> {
    let mut out = vec![(
        Hazard::DeletesData,
        format!("drops column {table}.{column} and its values"),
    )];
    if !recreated {
        out.push((
            Hazard::BreaksClients,
            format!("clients that read {table}.{column} fail"),
        ));
    }
    out.push((
        Hazard::Irreversible,
        format!("the rollback re-adds {table}.{column} empty"),
    ));
    out
}

/// The note on sequence bounds that narrow (`what`: whose bounds).
pub(super) fn narrowed_bounds(what: &str, options: &crate::model::SequenceOptions) -> String {
    format!(
        "{what} narrow to {} to {}: if it already gave out a value outside them, the step fails until setval() moves it inside",
        options.min_value, options.max_value
    )
}

/// The table a change locks briefly, the lock's hazard, and what it does there. CREATE TRIGGER
/// and ALTER TABLE ... ENABLE / DISABLE TRIGGER take SHARE ROW EXCLUSIVE (docs, "Explicit
/// Locking"): writes wait, reads go on. DROP TRIGGER, ALTER COLUMN SET / DROP DEFAULT, DROP NOT
/// NULL and REPLICA IDENTITY take ACCESS EXCLUSIVE (the lock recorder sees it; the docs name no
/// weaker lock for them), so reads queue behind them too; so do the identity subcommands (ADD /
/// DROP IDENTITY, SET GENERATED, SET sequence options) and DROP EXPRESSION.
pub(super) fn table_lock(
    change: &crate::diff::Change,
) -> Option<(&crate::model::QualifiedName, Hazard, String)> {
    use crate::diff::{Change as C, IdentityAction};
    Some(match change {
        C::CreateTrigger(t) => (
            &t.table,
            Hazard::AcquiresShareRowExclusiveLock,
            format!(
                "briefly blocks writes to {} to add trigger {}",
                t.table, t.name
            ),
        ),
        C::SetTriggerEnabled { table, name, .. } => (
            table,
            Hazard::AcquiresShareRowExclusiveLock,
            format!("briefly blocks writes to {table} to switch trigger {name}"),
        ),
        C::DropTrigger(t) => (
            &t.table,
            Hazard::AcquiresAccessExclusiveLock,
            format!("briefly locks {} to drop trigger {}", t.table, t.name),
        ),
        C::SetColumnDefault {
            table,
            column,
            default,
        } => (
            table,
            Hazard::AcquiresAccessExclusiveLock,
            match default {
                Some(_) => format!("briefly locks {table} to set the default of {column}"),
                None => format!("briefly locks {table} to drop the default of {column}"),
            },
        ),
        C::SetColumnNotNull {
            table,
            column,
            not_null: false,
        } => (
            table,
            Hazard::AcquiresAccessExclusiveLock,
            format!("briefly locks {table} to drop NOT NULL from {column}"),
        ),
        C::SetReplicaIdentity { table, .. } => (
            table,
            Hazard::AcquiresAccessExclusiveLock,
            format!("briefly locks {table} to set its replica identity"),
        ),
        C::AlterIdentity {
            table,
            column,
            action,
        } => (
            table,
            Hazard::AcquiresAccessExclusiveLock,
            match action {
                IdentityAction::Add { .. } => {
                    format!("briefly locks {table} to make {column} an identity column")
                }
                IdentityAction::Drop => {
                    format!("briefly locks {table} to drop the identity of {column}")
                }
                IdentityAction::SetGenerated(_) => {
                    format!("briefly locks {table} to change when {column} is generated")
                }
                IdentityAction::SetOptions { .. } => {
                    format!("briefly locks {table} to change the identity sequence of {column}")
                }
            },
        ),
        C::DropExpression { table, column } => (
            table,
            Hazard::AcquiresAccessExclusiveLock,
            format!("briefly locks {table} to make {column} a plain column"),
        ),
        _ => return None,
    })
}
