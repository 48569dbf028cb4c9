//! Hazards: what can go wrong when a statement runs against a live database. The vocabulary
//! (`kind`, shown to users exactly as written there) is shared by generated plans and lint
//! findings; [`hazards`] decides, for every kind of change, which it carries (a total function:
//! a new change kind does not compile until its hazards are decided).

mod authz;
mod columns;
pub mod evidence;
mod foreign_keys;
mod kind;
pub mod locks;
mod notes;
mod objects;
mod online;
mod types;
mod untracked;

pub use kind::Hazard;
pub use notes::index_redefined;
use notes::{
    builds_index_copies, checks_domain, column_loss, default_partition, narrowed_bounds,
    new_partition, old_partitions_reached, row_security_lock, scans_default_partition, table_lock,
};

/// A hazard attached to one planned statement, with a message naming the object.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StepHazard {
    pub hazard: Hazard,
    pub message: String,
    /// The size of the table it works on, measured on the target when one is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<evidence::Evidence>,
}

/// What running `change` against a live database with schema `from` risks, on its way to `to`.
/// Objects that do not exist in `from` (created by the same plan) carry no lock or rewrite
/// hazards: nobody uses them yet. `recreated` is true when the plan drops and creates the same
/// object (a view rebuilt because a column under it changed), which does not break clients once
/// the plan committed, unless what clients see of it changes (a view column renamed).
pub fn hazards(
    change: &crate::diff::Change,
    from: &crate::model::Schema,
    to: &crate::model::Schema,
    recreated: bool,
) -> Vec<StepHazard> {
    use crate::diff::Change as C;
    use Hazard as H;
    let mut out = Vec::new();
    // A note said once per step (several columns of one table rewritten say the lock once).
    let mut add = |hazard: Hazard, message: String| {
        let h = StepHazard {
            hazard,
            message,
            evidence: None,
        };
        if !out.contains(&h) {
            out.push(h);
        }
    };
    let existing = |t: &crate::model::QualifiedName| {
        from.tables.contains_key(t) || from.materialized_views.contains_key(t)
    };
    // The brief lock the change takes on its table ([`table_lock`]), when the table exists
    // before the plan.
    let lock_existing = |add: &mut dyn FnMut(Hazard, String)| {
        if let Some((_, h, what)) = table_lock(change).filter(|(t, ..)| existing(t)) {
            add(h, what);
        }
    };
    old_partitions_reached(&mut add, change, from, to);
    if let C::AlterDomain { parked, .. } = change {
        for c in parked.iter().filter(|c| existing(&c.table)) {
            add(
                H::TableRewrite,
                format!(
                    "{}.{} holds the domain inside arrays or composite values: it is converted to text and back, rewriting the table",
                    c.table, c.column
                ),
            );
            add(
                H::AcquiresAccessExclusiveLock,
                format!(
                    "locks {} against reads and writes while {} is converted",
                    c.table, c.column
                ),
            );
        }
    }
    match change {
        // The whole recreate runs in the plan's transaction: the table is locked from the stash
        // until the plan commits.
        C::StashTable {
            table,
            lost_columns,
            ..
        } => {
            for column in lost_columns {
                for (h, message) in column_loss(&table.name, column, false) {
                    add(h, message);
                }
            }
            add(
                H::AcquiresAccessExclusiveLock,
                format!(
                    "recreates {}: its reads and writes wait until the plan commits",
                    table.name
                ),
            );
        }
        C::CopyTableData { table, columns, .. } if columns.is_empty() => {
            add(
                H::DeletesData,
                format!("keeps no column of {table}: its rows are not copied into the new table"),
            );
        }
        C::CopyTableData {
            table,
            into_partitions,
            ..
        } => {
            add(
                H::TableRewrite,
                format!("copies every row of {table} into the new table"),
            );
            if *into_partitions {
                add(
                    H::Correctness,
                    format!(
                        "a row that fits no partition of {table} makes the copy fail (nothing is applied)"
                    ),
                );
            }
        }
        C::DropTable(t) => {
            add(
                H::DeletesData,
                format!("drops table {} and all its rows", t.name),
            );
            // DROP TABLE takes ACCESS EXCLUSIVE: it waits for every query on the table, and
            // every later one waits for it (the lock recorder sees it).
            add(
                H::AcquiresAccessExclusiveLock,
                format!("locks {} against reads and writes to drop it", t.name),
            );
            if !recreated {
                add(
                    H::BreaksClients,
                    format!("clients that use {} fail", t.name),
                );
            }
            add(
                H::Irreversible,
                format!("the rollback recreates {} empty", t.name),
            );
        }
        // A generated column's values are computed from the others: nothing is lost, but it comes
        // back as the table's last column.
        C::DropColumn { table, column, .. } if column.generated.is_some() && recreated => add(
            H::BreaksClients,
            format!(
                "{table}.{} is added again with its new expression as the table's last column: SELECT * and INSERT without a column list see another column order",
                column.name
            ),
        ),
        C::DropColumn { table, column, .. } if column.generated.is_some() => add(
            H::BreaksClients,
            format!("clients that read {table}.{} fail", column.name),
        ),
        C::DropColumn { table, column, .. } => {
            for (h, message) in column_loss(table, &column.name, recreated) {
                add(h, message);
            }
            add(
                H::AcquiresAccessExclusiveLock,
                format!("briefly locks {table} against reads and writes"),
            );
        }
        // Typed tables follow their type (`types`).
        C::AlterCompositeType { cascade: true, .. } => {
            types::composite_attribute(change, from, &mut add)
        }
        C::AlterSequence {
            name,
            options,
            narrowed: true,
        } => add(
            H::Correctness,
            narrowed_bounds(&format!("the bounds of {name}"), options),
        ),
        // Routines, aggregates and extensions: `untracked::dropped` below.
        C::DropSequence(_)
        | C::DropDomain(_)
        | C::DropCompositeType(_)
        | C::DropCollation(_)
        | C::DropRangeType(_) => objects::named_dropped(change, recreated, &mut add),
        // DROP MATERIALIZED VIEW takes ACCESS EXCLUSIVE on it, as DROP TABLE does: it waits for
        // every query reading it, and they wait for it; rebuilt, it stays locked until its query
        // has filled it again and the plan commits (the lock recorder sees it).
        C::DropMaterializedView(v) if !recreated => {
            add(
                H::BreaksClients,
                format!("clients that read {} fail", v.name),
            );
            add(
                H::AcquiresAccessExclusiveLock,
                format!("locks {} against reads to drop it", v.name),
            );
        }
        C::DropView(v) if !recreated => add(
            H::BreaksClients,
            format!("clients that read {} fail", v.name),
        ),
        C::DropMaterializedView(v) | C::DropView(v) => {
            if matches!(change, C::DropMaterializedView(_)) {
                add(
                    H::AcquiresAccessExclusiveLock,
                    format!(
                        "locks {} against reads while it is dropped and filled again, until the plan commits",
                        v.name
                    ),
                );
            }
            let new = to
                .views
                .get(&v.name)
                .or_else(|| to.materialized_views.get(&v.name));
            let lost: Vec<&str> = v
                .columns
                .iter()
                .filter(|c| !new.is_some_and(|n| n.columns.iter().any(|x| x.name == c.name)))
                .map(|c| c.name.as_str())
                .collect();
            if !lost.is_empty() {
                add(
                    H::BreaksClients,
                    format!(
                        "{} is recreated without column(s) {}: clients that read them fail",
                        v.name,
                        lost.join(", ")
                    ),
                );
            }
        }
        C::DropSchema(n) => {
            add(H::BreaksClients, format!("drops schema {}", n.name));
            if from
                .default_privileges
                .iter()
                .any(|d| d.schema.as_deref() == Some(n.name.as_str()))
            {
                add(
                    H::AuthzChange,
                    format!(
                        "the default privileges for objects created in schema {} go with it",
                        n.name
                    ),
                );
            }
        }
        C::DropFunction(_) | C::DropAggregate(_) | C::DropExtension(_) => {
            untracked::dropped(change, recreated, &mut add)
        }
        C::DropEnum(e) if !recreated => add(H::BreaksClients, format!("drops type {}", e.name)),
        C::AlterColumnType {
            table,
            column,
            data_type,
            ..
        } if existing(table) => {
            add(
                H::AcquiresAccessExclusiveLock,
                format!("locks {table} against reads and writes while {column} changes type"),
            );
            add(
                H::TableRewrite,
                format!("changing {table}.{column} to {data_type} may rewrite the table and its indexes"),
            );
        }
        C::SetColumnNotNull {
            table,
            column,
            not_null: true,
        } if existing(table) => {
            add(
                H::AcquiresAccessExclusiveLock,
                format!("locks {table} while SET NOT NULL on {column} checks every row"),
            );
            add(
                H::FullTableScan,
                format!("every row of {table} is read to check {column}"),
            );
        }
        C::SetColumnNotNull {
            not_null: false, ..
        }
        | C::DropExpression { .. } => lock_existing(&mut add),
        C::RecreateEnum { .. } => types::recreate_enum(change, &existing, &mut add),
        C::RecreateType { drop, .. } if matches!(**drop, C::DropCollation(_)) => {
            types::recreate_collation(change, &existing, &mut add)
        }
        C::RecreateType { .. } => types::recreate_type(change, &existing, &mut add),
        C::AlterDomain {
            name,
            action: crate::diff::DomainAction::AddCheck(check),
            ..
        } if check.validated => checks_domain(
            &mut add,
            from,
            name,
            &format!(
                "checks every value of every column that uses domain {name} against {}",
                check.name
            ),
            "are checked",
        ),
        C::AlterDomain {
            name,
            action: crate::diff::DomainAction::ValidateCheck(check),
            ..
        } => checks_domain(
            &mut add,
            from,
            name,
            &format!("checks every value of every column that uses domain {name} against {check}"),
            "are checked",
        ),
        C::AlterDomain {
            name,
            action: crate::diff::DomainAction::SetNotNull(true),
            ..
        } => checks_domain(
            &mut add,
            from,
            name,
            &format!("checks every column that uses domain {name} for NULLs"),
            "are checked for NULLs",
        ),
        C::AddColumn { table, .. } if existing(table) => columns::add_column(change, &mut add),
        C::AddConstraint { table, .. } if existing(table) => columns::add_constraint(change, &mut add),
        C::DropConstraint { table, .. } if existing(table) => columns::drop_constraint(change, &mut add),
        // ON ONLY a partitioned table: nothing is built; the partitions' indexes are built
        // and attached as steps of their own.
        C::CreateIndex(i) if existing(&i.table) && i.partitioned() => add(
            H::AcquiresShareLock,
            format!(
                "briefly blocks writes to {} while {} is declared on it (its partitions' indexes are built separately)",
                i.table, i.name
            ),
        ),
        C::CreateIndex(i) if existing(&i.table) => {
            add(
                H::AcquiresShareLock,
                format!("blocks writes to {} while {} is built", i.table, i.name),
            );
            add(H::IndexBuild, format!("builds {} on {}", i.name, i.table));
        }
        C::DropIndex(i) if existing(&i.table) => {
            if !recreated {
                add(
                    H::IndexDropped,
                    format!("queries that used {} may slow down", i.name),
                );
            } else if to
                .indexes
                .get(&i.name)
                .is_none_or(|n| !n.same_definition(i))
            {
                add(H::IndexDropped, index_redefined(&i.name));
            }
            add(
                H::AcquiresAccessExclusiveLock,
                format!("briefly locks {}", i.table),
            );
        }
        // Policies and the row level security switches lock their table (`row_security_lock`).
        C::CreatePolicy { .. }
        | C::DropPolicy { .. }
        | C::SetRowLevelSecurity { .. }
        | C::SetForceRowLevelSecurity { .. } => {
            if let Some((table, what)) = row_security_lock(change).filter(|(t, _)| existing(t)) {
                add(
                    H::AcquiresAccessExclusiveLock,
                    format!("briefly locks {table} to {what}"),
                );
            }
            authz::changed(change, from, &mut add)
        }
        // Who may read or change what (`authz`).
        C::Grant { .. }
        | C::Revoke { .. }
        | C::SetOwner { .. }
        | C::DefaultPrivilege { .. }
        | C::SetTableOptions { .. }
        | C::CreateFunction(_)
        | C::ReplaceFunction(_) => authz::changed(change, from, &mut add),
        C::AlterIdentity {
            table,
            column,
            action,
        } => {
            use crate::diff::IdentityAction as I;
            match action {
                I::SetGenerated(true) => add(
                    H::BreaksClients,
                    format!(
                        "{table}.{column} becomes GENERATED ALWAYS: inserts that give it a value fail unless they say OVERRIDING SYSTEM VALUE, and updates of it fail"
                    ),
                ),
                I::SetOptions {
                    options,
                    narrowed: true,
                    ..
                } => add(
                    H::Correctness,
                    narrowed_bounds(&format!("the identity bounds of {table}.{column}"), options),
                ),
                I::Add { .. } | I::Drop | I::SetGenerated(false) | I::SetOptions { .. } => {}
            }
            lock_existing(&mut add);
        }
        C::SetExtensionSchema { name, schema } => add(
            H::BreaksClients,
            format!("the objects of extension {name} move to schema {schema}: SQL that names them by their old schema fails"),
        ),
        C::UpdateExtension { name, version } => add(
            H::ExtensionUpgrade,
            format!("extension {name} moves to version {version}"),
        ),
        C::SetColumnSettings {
            table,
            column,
            from,
            to,
        } if existing(table)
            && (from.storage != to.storage || from.compression != to.compression) =>
        {
            add(
                H::AcquiresAccessExclusiveLock,
                format!(
                    "briefly locks {table} to change how {} is stored (existing rows stay as they are)",
                    crate::model::id::display_ident(column)
                ),
            )
        }
        C::CreateTable(t) => {
            if let Some(p) = &t.partition_of {
                new_partition(&mut add, from, &t.name, &p.parent, existing(&p.parent));
            }
        }
        C::AttachPartition { table, parent, .. } if existing(table) => {
            if let Some(default) = default_partition(from, parent) {
                scans_default_partition(&mut add, table, default);
            }
            builds_index_copies(&mut add, from, to, table, parent);
            add(
                H::AcquiresAccessExclusiveLock,
                format!("locks {table} while it becomes a partition of {parent}"),
            );
            add(
                H::FullTableScan,
                format!(
                    "reads every row of {table} to prove it fits the partition bound (a matching CHECK constraint added beforehand skips this)"
                ),
            )
        }
        C::SetInherit {
            table,
            parent,
            inherit,
        } if existing(table) => {
            add(
                H::AcquiresAccessExclusiveLock,
                format!("locks {table} against reads and writes while its parents change"),
            );
            add(
                H::Correctness,
                if *inherit {
                    format!("the rows of {table} appear in queries on {parent} from now on")
                } else {
                    format!("the rows of {table} no longer appear in queries on {parent}")
                },
            )
        }
        C::DetachPartition { table, parent } => {
            add(
                H::AcquiresAccessExclusiveLock,
                format!("locks {parent} and {table} against reads and writes while {table} leaves it"),
            );
            add(
                H::Correctness,
                format!("the rows of {table} no longer appear in queries on {parent}"),
            );
            // Detached to be dropped: held back with the drop.
            if !to.tables.contains_key(table) {
                add(
                    H::DeletesData,
                    format!("{table} is detached to be dropped with its rows"),
                );
            }
        }
        C::SetTableLogged { table, logged } if existing(table) => {
            add(
                H::AcquiresAccessExclusiveLock,
                format!("locks {table} against reads and writes while it is rewritten"),
            );
            add(
                H::TableRewrite,
                if *logged {
                    format!("rewrites {table} and its indexes into the write-ahead log")
                } else {
                    format!(
                        "rewrites {table} and its indexes; from then on a crash empties the table"
                    )
                },
            )
        }
        C::SetAccessMethod { table, method } if existing(table) => {
            let method = method.as_deref().unwrap_or("heap");
            add(
                H::AcquiresAccessExclusiveLock,
                format!("locks {table} against reads and writes while it is rewritten"),
            );
            add(
                H::TableRewrite,
                format!("rewrites {table} and its indexes with access method {method}"),
            )
        }
        C::CreateTrigger(_)
        | C::DropTrigger(_)
        | C::SetTriggerEnabled { .. }
        | C::SetColumnDefault { .. }
        | C::SetReplicaIdentity { .. } => {
            if let C::SetReplicaIdentity { table, .. } = change {
                let what = format!("logical replication of {table} changes what it sends");
                add(H::Correctness, what);
            }
            // A view's INSTEAD OF triggers (and its column defaults) lock the view the same way.
            let on = |t: &crate::model::QualifiedName| existing(t) || from.views.contains_key(t);
            if let Some((_, h, what)) = table_lock(change).filter(|(t, ..)| on(t)) {
                add(h, what);
            }
        }
        // Columns replaced, and the online forms the safety passes write (`plan::safety`).
        C::ReplaceColumn { .. } => online::replace_column(change, &existing, &mut add),
        C::CreateIndexConcurrently { .. } => {
            online::create_index_concurrently(change, &mut add)
        }
        C::DropIndexConcurrently {
            leftover: false, ..
        } => online::drop_index_concurrently(change, from, to, &mut add),
        C::RenameIndex { .. } => online::rename_index(change, &mut add),
        C::RenameConstraint { table, from, .. } => add(
            H::AcquiresAccessExclusiveLock,
            format!("briefly locks {table} to rename constraint {from}"),
        ),
        C::AddConstraintNotValid { .. } => {
            online::add_constraint_not_valid(change, &mut add)
        }
        C::ValidateConstraint { .. } => {
            online::validate_constraint(change, &mut add)
        }
        C::AddKeyUsingIndex { table, .. } if existing(table) => {
            online::add_key_using_index(change, &mut add)
        }
        C::SetNotNullOnline { .. } => {
            online::set_not_null_online(change, &mut add)
        }
        // No hazard of its own (or none in the cases the arms above leave out).
        C::DropIndexConcurrently { leftover: true, .. }
        | C::AddKeyUsingIndex { .. }
        | C::CreateSchema(_)
        | C::CreateExtension(_)
        | C::CreateEnum(_)
        | C::DropEnum(_)
        | C::AddEnumValue { .. }
        | C::CreateDomain(_)
        | C::AlterDomain { .. }
        | C::CreateCompositeType(_)
        | C::AlterCompositeType { .. }
        | C::CreateCollation(_)
        | C::CreateAggregate(_)
        | C::CreateEventTrigger(_)
        | C::DropEventTrigger(_)
        | C::SetEventTriggerEnabled { .. }
        | C::CreatePublication(_)
        | C::DropPublication(_)
        | C::CreateRangeType(_)
        | C::CreateSequence(_)
        | C::AlterSequence { .. }
        | C::SetSequenceOwnedBy { .. }
        | C::AddColumn { .. }
        | C::AlterColumnType { .. }
        | C::SetColumnNotNull { .. }
        | C::AddConstraint { .. }
        | C::DropConstraint { .. }
        | C::SetColumnSettings { .. }
        | C::AttachPartition { .. }
        | C::AttachIndex { .. }
        | C::SetInherit { .. }
        | C::SetTableLogged { .. }
        | C::SetAccessMethod { .. }
        // Only what a later CLUSTER without an index name uses, and planner statistics.
        | C::SetCluster { .. }
        | C::SetIndexStatistics { .. }
        | C::SetSequenceLogged { .. }
        | C::CreateIndex(_)
        | C::DropIndex(_)
        | C::CreateView(_)
        | C::ReplaceView(_)
        | C::CreateMaterializedView(_)
        | C::Comment { .. }
        | C::Unsupported { .. } => {}
        C::CreateObject(spec) => objects::created(spec, from, &mut add),
        C::DropObject(spec) => objects::dropped(spec, from, recreated, &mut add),
        C::AlterObject { id, action } => objects::altered(id, action, &mut add),
    }
    // The other end of a foreign key added or dropped.
    foreign_keys::referenced_locks(change, from, to, &mut add);
    out
}
