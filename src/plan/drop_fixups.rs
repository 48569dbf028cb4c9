//! The fix-ups drops need: what goes with a dropped table is not dropped again, and what would
//! stand in the way of a drop goes first. Pure.

use super::*;

/// Drops that go with their table: a sequence owned by a dropped table or column disappears
/// with it (so no DROP SEQUENCE), and foreign keys between dropped tables are dropped first
/// (two tables referencing each other cannot otherwise be dropped one after the other).
pub(super) fn drop_fixups(from: &Schema, to: &Schema, mut changes: Vec<Change>) -> Vec<Change> {
    // Indexes go with their table or materialized view; a rebuilt one gets its indexes back.
    let dropped_relations: BTreeSet<QualifiedName> = changes
        .iter()
        .filter_map(|c| match c {
            Change::DropTable(t) => Some(t.name.clone()),
            Change::DropMaterializedView(v) => Some(v.name.clone()),
            _ => None,
        })
        .collect();
    changes.retain(|c| !matches!(c, Change::DropIndex(i) if dropped_relations.contains(&i.table)));
    for (name, i) in &to.indexes {
        let rebuilt = dropped_relations.contains(&i.table)
            && (to.tables.contains_key(&i.table) || to.materialized_views.contains_key(&i.table));
        if !rebuilt {
            continue;
        }
        let creating = changes
            .iter()
            .any(|c| matches!(c, Change::CreateIndex(x) if &x.name == name));
        if !creating && i.constraint.is_none() && i.parent.is_none() {
            changes.push(Change::CreateIndex(i.clone()));
            for c in crate::diff::index_properties(None, i, to) {
                if !changes.contains(&c) {
                    changes.push(c);
                }
            }
        }
    }
    let dropped_tables: BTreeSet<QualifiedName> = changes
        .iter()
        .filter_map(|c| match c {
            Change::DropTable(t) => Some(t.name.clone()),
            _ => None,
        })
        .collect();
    let dropped_columns: BTreeSet<(QualifiedName, String)> = changes
        .iter()
        .filter_map(|c| match c {
            Change::DropColumn { table, column, .. } => Some((table.clone(), column.name.clone())),
            _ => None,
        })
        .collect();
    // A stashed table keeps its columns' defaults until its rows are copied, after the drop
    // phase: a sequence they use cannot go with its dropped owner then (PostgreSQL refuses to
    // drop what the stash's default uses). It is released first (OWNED BY NONE, before that
    // drop) and dropped on its own at the end.
    let stashed: BTreeSet<QualifiedName> = changes
        .iter()
        .filter_map(|c| match c {
            Change::StashTable { table, .. } => Some(table.name.clone()),
            _ => None,
        })
        .collect();
    let stash_uses = |s: &QualifiedName| {
        let seq = ObjectId::Sequence { name: s.clone() };
        from.dependencies
            .iter()
            .any(|(a, b)| *b == seq && owner_name(a, from).is_some_and(|t| stashed.contains(t)))
    };
    let mut released = Vec::new();
    changes.retain(|c| match c {
        Change::DropSequence(s) => {
            let goes_with_owner = s.owned_by.as_ref().is_some_and(|(t, col)| {
                dropped_tables.contains(t) || dropped_columns.contains(&(t.clone(), col.clone()))
            });
            if goes_with_owner && stash_uses(&s.name) {
                released.push(Change::SetSequenceOwnedBy {
                    name: s.name.clone(),
                    owned_by: None,
                    past_rows: None,
                });
            }
            !goes_with_owner || stash_uses(&s.name)
        }
        _ => true,
    });
    changes.extend(released);
    for t in &dropped_tables {
        let Some(table) = from.tables.get(t) else {
            continue;
        };
        for c in table.constraints.values() {
            // A self reference goes with its table, unless the table is partitioned: then the
            // key depends on each partition, and the partitions are dropped first.
            let refs_dropped = c.foreign_key.as_ref().is_some_and(|fk| {
                dropped_tables.contains(&fk.references)
                    && (&fk.references != t || table.partition_key.is_some())
            });
            let already = changes.iter().any(|x| matches!(x, Change::DropConstraint { table, constraint } if table == t && constraint.name == c.name));
            if refs_dropped && !c.inherited && !already {
                changes.push(Change::DropConstraint {
                    table: t.clone(),
                    constraint: c.clone(),
                });
            }
        }
    }
    // A policy of a dropped table that reads something else the plan drops (a view over the
    // table, another table) is dropped first on its own: PostgreSQL refuses to drop what it
    // reads while it stands, and it would otherwise stand until its table goes.
    let dropped: BTreeSet<ObjectId> = changes
        .iter()
        .filter(|c| c.phase() == Phase::Drop)
        .map(|c| c.target())
        .collect();
    let goes = |id: &ObjectId| match id {
        ObjectId::Column { table, .. } => {
            dropped.contains(&ObjectId::Table {
                name: table.clone(),
            }) || dropped.contains(&ObjectId::View {
                name: table.clone(),
            }) || dropped.contains(&ObjectId::MaterializedView {
                name: table.clone(),
            })
        }
        other => dropped.contains(other),
    };
    let mut more = Vec::new();
    for t in &dropped_tables {
        let Some(table) = from.tables.get(t) else {
            continue;
        };
        for p in table.policies.values() {
            let id = ObjectId::Policy {
                table: t.clone(),
                name: p.name.clone(),
            };
            let reads_dropped = from.dependencies.iter().any(|(a, b)| {
                a == &id
                    && owner_name(b, from) != Some(t)
                    && !matches!(b, ObjectId::Table { name } if name == t)
                    && goes(b)
            });
            let already = changes.iter().any(|x| matches!(x, Change::DropPolicy { table, policy } if table == t && policy.name == p.name));
            if reads_dropped && !already {
                more.push(Change::DropPolicy {
                    table: t.clone(),
                    policy: p.clone(),
                });
            }
        }
    }
    changes.extend(more);
    changes
}
