//! What PostgreSQL rebuilds itself inside `ALTER COLUMN ... TYPE`, so the plan need not drop
//! it: indexes, keys, checks and statistics over a column changed in place, plain indexes and
//! keys over the columns a recreated type or collation converts, and the settings such a rebuild
//! loses, set again after it. Pure.

use super::rebuild::inherited_copies;
use super::*;
use crate::diff::ObjectAction;
use crate::sql::writer::ident;

/// Whether index `dep` (or the key it backs) stays through the conversion of the columns a
/// recreated type or collation moves off and back ([`Change::RecreateEnum`],
/// [`Change::RecreateType`]): it keys on columns only, with no predicate and no collation of
/// its own, and uses nothing the plan recreates but a collation whose columns are converted
/// (their indexes follow them). PostgreSQL rebuilds such an index from its definition inside
/// `ALTER COLUMN ... TYPE`, like the key it backs (a primary or unique key; not an exclusion
/// constraint, whose operators belong to the type). A foreign key that references the key from
/// a converted column goes and comes back with that column (its sides' types differ between
/// the two statements), before the key is rebuilt.
pub(super) fn kept_through_conversion(
    dep: &ObjectId,
    recreated_collations: &BTreeSet<ObjectId>,
    from: &Schema,
) -> bool {
    let index = match dep {
        ObjectId::Index { name } => Some(name),
        ObjectId::Constraint { table, name } => from
            .tables
            .get(table)
            .and_then(|t| t.constraints.get(name))
            .and_then(|c| c.index.as_ref()),
        _ => None,
    };
    let Some(i) = index.and_then(|name| from.indexes.get(name)) else {
        return false;
    };
    let Some(t) = from.tables.get(&i.table) else {
        return false;
    };
    let dep = &ObjectId::Index {
        name: i.name.clone(),
    };
    // (The key columns name no collation of their own: the catalog names plain columns only,
    // and an index's own COLLATE shows in its definition.)
    let plain = i.predicate.is_none()
        && !i.body.contains(" COLLATE ")
        && i.key_columns
            .iter()
            .all(|k| t.columns.iter().any(|c| &ident(&c.name) == k));
    let key = match &i.constraint {
        None => true,
        Some(c) => t
            .constraints
            .get(c)
            .is_some_and(|c| matches!(c.kind, ConstraintKind::PrimaryKey | ConstraintKind::Unique)),
    };
    let uses_recreated = from.dependencies.iter().any(|(a, b)| {
        a == dep
            && matches!(b, ObjectId::Type { .. } | ObjectId::Collation { .. })
            && !recreated_collations.contains(b)
    });
    plain && key && !uses_recreated
}

/// The columns an `ALTER COLUMN ... TYPE` changes in place (not replaced), with the copies its
/// partitions and inheritance children have of them (the statement recurses to those).
pub(super) fn retyped_in_place(changes: &[Change], from: &Schema) -> BTreeSet<ObjectId> {
    let mut out = BTreeSet::new();
    for c in changes {
        if let Change::AlterColumnType { table, column, .. } = c {
            out.extend(inherited_copies(table, column, from));
            out.insert(c.target());
        }
    }
    out
}

/// Whether PostgreSQL rebuilds `dep` itself, inside the `ALTER COLUMN ... TYPE` of a column it
/// uses: indexes, statistics and constraints are re-created from their definitions in the same
/// statement (and left alone where the change is binary coercible), so the table keeps its keys
/// throughout. A foreign key whose columns change type on both sides is the exception: between
/// the two statements its sides may have no equality operator, so it is dropped and added again.
pub(super) fn rebuilt_by_alter_type(
    dep: &ObjectId,
    retyped: &BTreeSet<ObjectId>,
    from: &Schema,
) -> bool {
    match dep {
        ObjectId::Index { .. } | ObjectId::Statistics { .. } => true,
        ObjectId::Constraint { table, name } => {
            let Some(c) = from.tables.get(table).and_then(|t| t.constraints.get(name)) else {
                return false;
            };
            let Some(fk) = &c.foreign_key else {
                return true;
            };
            let changes = |table: &QualifiedName, columns: &[String]| {
                columns.iter().any(|column| {
                    retyped.contains(&ObjectId::Column {
                        table: table.clone(),
                        column: column.clone(),
                    })
                })
            };
            !(changes(table, &c.columns) && changes(&fk.references, &fk.referenced_columns))
        }
        _ => false,
    }
}

/// The settings PostgreSQL does not carry over when it rebuilds `dep` inside `ALTER COLUMN ...
/// TYPE` (it keeps comments, the clustered index and the replica identity): an index's column
/// statistics targets and a statistics object's target. They are set again to the target's
/// values, after the type change, in place of any change the diff planned for them.
pub(super) fn settings_lost_in_rebuild(dep: &ObjectId, to: &Schema, changes: &mut Vec<Change>) {
    match dep {
        ObjectId::Index { name } => {
            changes.retain(
                |c| !matches!(c, Change::SetIndexStatistics { index, .. } if index == name),
            );
            if let Some(i) = to.indexes.get(name).filter(|i| !i.statistics.is_empty()) {
                changes.push(Change::SetIndexStatistics {
                    index: name.clone(),
                    from: BTreeMap::new(),
                    to: i.statistics.clone(),
                });
            }
        }
        ObjectId::Statistics { .. } => {
            changes.retain(|c| {
                !matches!(c, Change::AlterObject { id, action: ObjectAction::SetStatisticsTarget(_) } if id == dep)
            });
            if let Some(Spec::Statistics(s)) = to.objects.get(dep).map(|o| &o.spec) {
                if s.target.is_some() {
                    changes.push(Change::AlterObject {
                        id: dep.clone(),
                        action: ObjectAction::SetStatisticsTarget(s.target),
                    });
                }
            }
        }
        _ => {}
    }
}
