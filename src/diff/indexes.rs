//! Indexes: created, dropped, rebuilt when their definition changes, attached to a partitioned
//! parent, and what they carry beside their definition (comment, statistics targets,
//! clustering, replica identity) set in place. Pure. Indexes made by a constraint or a parent
//! index follow it.

use std::collections::{BTreeMap, BTreeSet};

use super::{keyed, Change, Out};
use crate::model::*;

impl Out {
    /// A new index and what it carries beside its definition ([`index_properties`]).
    pub(super) fn new_index(&mut self, i: &Index, to: &Schema) {
        self.push(Change::CreateIndex(i.clone()));
        self.index_properties(None, i, to);
    }

    /// [`index_properties`], each change once (a new table sets its replica identity itself).
    pub(super) fn index_properties(&mut self, from: Option<&Index>, i: &Index, to: &Schema) {
        for c in index_properties(from, i, to) {
            self.push_once(c);
        }
    }
}

/// What an index carries beside its definition, as changes from `from` (`None` when the plan
/// creates or rebuilds it) to `i` in the target schema `to`: its comment, the statistics
/// targets of its columns, whether its table is clustered on it, and for a new index the
/// replica identity of its table when that names it (dropping an index loses all of these;
/// PostgreSQL docs, ALTER TABLE, "REPLICA IDENTITY": with the index gone the table behaves as
/// NOTHING).
pub fn index_properties(from: Option<&Index>, i: &Index, to: &Schema) -> Vec<Change> {
    let Index {
        name,
        table,
        // The definition says the rest; a new one rebuilds the index (`diff_indexes`).
        body: _,
        method: _,
        unique: _,
        primary: _,
        key_columns: _,
        include_columns: _,
        predicate: _,
        constraint: _,
        parent: _,
        nulls_not_distinct: _,
        valid: _,
        comment,
        clustered,
        statistics,
    } = i;
    let mut out = Vec::new();
    if from.and_then(|a| a.comment.as_ref()) != comment.as_ref() {
        out.push(Change::Comment {
            target: ObjectId::Index { name: name.clone() },
            comment: comment.clone(),
        });
    }
    let no_statistics = BTreeMap::new();
    let old_statistics = from.map_or(&no_statistics, |a| &a.statistics);
    if old_statistics != statistics {
        out.push(Change::SetIndexStatistics {
            index: name.clone(),
            from: old_statistics.clone(),
            to: statistics.clone(),
        });
    }
    let was_clustered = from.is_some_and(|a| a.clustered);
    if *clustered && !was_clustered {
        out.push(Change::SetCluster {
            table: table.clone(),
            index: Some(name.name.clone()),
        });
    } else if !clustered
        && was_clustered
        // CLUSTER ON another index unmarks this one.
        && !to.indexes.values().any(|x| &x.table == table && x.clustered)
    {
        out.push(Change::SetCluster {
            table: table.clone(),
            index: None,
        });
    }
    let identity = ReplicaIdentity::Index(name.name.clone());
    if from.is_none()
        && to
            .tables
            .get(table)
            .is_some_and(|t| t.replica_identity == identity)
    {
        out.push(Change::SetReplicaIdentity {
            table: table.clone(),
            identity,
        });
    }
    out
}

/// Columns whose shape changes in `changes` ([`Change::reshaped_columns`]), by table.
fn reshaped_columns(changes: &[Change]) -> std::collections::BTreeSet<(QualifiedName, String)> {
    changes
        .iter()
        .flat_map(Change::reshaped_columns)
        .map(|(t, c, _)| (t.clone(), c.to_string()))
        .collect()
}

/// Whether an index's definition names `column` (as a whole word, quoted or not): a change of
/// the column's shape may take the index along. Errs towards yes.
fn names_column(i: &Index, column: &str) -> bool {
    let d = &i.body;
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    d.match_indices(column).any(|(k, _)| {
        let before = d[..k].chars().next_back();
        let after = d[k + column.len()..].chars().next();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

/// Whether a relation (table, view, sequence, index) of `schema` has `name`.
pub(super) fn relation_named(schema: &Schema, name: &QualifiedName) -> bool {
    schema.tables.contains_key(name)
        || schema.views.contains_key(name)
        || schema.materialized_views.contains_key(name)
        || schema.sequences.contains_key(name)
        || schema.indexes.contains_key(name)
}

/// Indexes created by constraints, and partition indexes attached to a partitioned parent, are
/// made by their constraint or parent: they are not diffed on their own.
pub(super) fn managed_index(i: &Index) -> bool {
    i.constraint.is_some() || i.parent.is_some()
}

/// Whether the partitioned index `p` exists when the plan creates partitions of its table, so
/// each new partition gets its copy from PostgreSQL (PostgreSQL docs, CREATE TABLE, PARTITION
/// OF): it exists before the plan, or it is itself such a copy, made with its table (a new or
/// recreated partition, `fresh`) from an index that is there then.
fn there_for_new_partitions(
    p: &QualifiedName,
    from: &BTreeMap<QualifiedName, Index>,
    target: &Schema,
    fresh: &BTreeSet<QualifiedName>,
) -> bool {
    from.contains_key(p)
        || target.indexes.get(p).is_some_and(|i| {
            i.constraint.is_none()
                && fresh.contains(&i.table)
                && i.parent
                    .as_ref()
                    .is_some_and(|gp| there_for_new_partitions(gp, from, target, fresh))
        })
}

pub(super) fn diff_indexes(
    out: &mut Out,
    from: &BTreeMap<QualifiedName, Index>,
    to: &BTreeMap<QualifiedName, Index>,
    source: &Schema,
    target: &Schema,
    fresh: &BTreeSet<QualifiedName>,
) {
    let (mut removed, mut added, mut both) = keyed(from, to);
    // An index name is unique per schema, not per table: the same name on another table (a
    // table dropped and another made, a partition detached and renamed while its copy keeps
    // its name) is another index, dropped with or before its old table and made on the new.
    both.retain(|&(a, b)| {
        let same_table = a.table == b.table;
        if !same_table {
            removed.push(a);
            added.push(b);
        }
        same_table
    });
    // A partition's index attached to the same parent index under another name (made with the
    // partition on one side, by hand and attached on the other): renamed.
    let alike = |a: &Index, b: &Index| {
        a.table == b.table
            && a.method == b.method
            && a.unique == b.unique
            && a.primary == b.primary
            && a.key_columns == b.key_columns
            && a.include_columns == b.include_columns
            && a.predicate == b.predicate
            && a.nulls_not_distinct == b.nulls_not_distinct
    };
    // A partition the plan detaches keeps the indexes (and keys) it had for its parent's, as
    // its own and under their names: where the target has the same one under another name, it
    // is renamed (renaming a key's index renames the key).
    let detached = |t: &QualifiedName| {
        source.partition_parent(t).is_some()
            && source.partition_parent(t) != target.partition_parent(t)
    };
    let kept_own = |a: &Index, b: &Index| {
        a.parent.is_some()
            && b.parent.is_none()
            && a.constraint.is_some() == b.constraint.is_some()
            && alike(a, b)
            && detached(&b.table)
            && b.constraint.as_ref().is_none_or(|k| k == &b.name.name)
    };
    // A plain index of a table both sides keep, under another name with the same definition
    // (a rename in the application's migrations): renamed, not built again. Not where a column
    // it names changes shape, which may take the index along (the planner rebuilds such indexes
    // by their definition), nor for an index a failed concurrent build left invalid.
    let reshaped = reshaped_columns(&out.changes);
    let renamed_plain = |a: &Index, b: &Index| {
        a.constraint.is_none()
            && b.constraint.is_none()
            && a.parent.is_none()
            && b.parent.is_none()
            && a.valid
            && b.valid
            && alike(a, b)
            && a.same_definition(b)
            && target.tables.contains_key(&b.table) == source.tables.contains_key(&a.table)
            && !reshaped
                .iter()
                .any(|(t, column)| t == &a.table && names_column(a, column))
            && !relation_named(source, &b.name)
    };
    let mut renamed: Vec<(&Index, &Index)> = Vec::new();
    // Plain indexes first, so that a partitioned parent renamed in the same plan is known when
    // its partitions' indexes are matched.
    removed.retain(|a| {
        if a.parent.is_some() {
            return true;
        }
        match added.iter().position(|b| renamed_plain(a, b)) {
            Some(k) => {
                renamed.push((a, added.remove(k)));
                false
            }
            None => true,
        }
    });
    let parent_renames: BTreeMap<QualifiedName, QualifiedName> = renamed
        .iter()
        .map(|(a, b)| (a.name.clone(), b.name.clone()))
        .collect();
    // A partition's index attached to the same parent index under another name (made with the
    // partition on one side, by hand and attached on the other; or renamed by the application,
    // its parent possibly renamed too, which keeps it attached): renamed.
    let same_child = |a: &Index, b: &Index| {
        let parent_after = a
            .parent
            .as_ref()
            .map(|p| parent_renames.get(p).unwrap_or(p));
        a.constraint.is_some() == b.constraint.is_some()
            && a.parent.is_some()
            && parent_after == b.parent.as_ref()
            && alike(a, b)
            && a.parent.as_ref().is_some_and(|p| from.contains_key(p))
    };
    removed.retain(|a| {
        match added
            .iter()
            .position(|b| same_child(a, b) || kept_own(a, b) || renamed_plain(a, b))
        {
            Some(k) => {
                renamed.push((a, added.remove(k)));
                false
            }
            None => true,
        }
    });
    for (a, b) in renamed {
        if let Some(k) = &b.constraint {
            // The rename makes the key (renaming a key's index renames the key): the table
            // diff's add of it, and its drop of the old one, go.
            out.changes.retain(|c| {
                !matches!(c, Change::AddConstraint { table, constraint } if table == &b.table && &constraint.name == k)
                    && !matches!(c, Change::DropConstraint { table, constraint } if table == &a.table && a.constraint.as_ref() == Some(&constraint.name))
            });
        }
        out.push(Change::RenameIndex {
            table: b.table.clone(),
            from: a.name.clone(),
            to: b.name.name.clone(),
        });
        out.index_properties(Some(a), b, target);
    }
    // A detached partition keeps its copies of the parent's indexes: those the target lacks
    // are dropped (after the detach, which the planner orders). Where the parent index is
    // dropped on its own it takes them along first; where its table is dropped, the table
    // goes after the detach (it would take the partition along), so they stay.
    // So does one of its copies of the parent's keys: the key is dropped.
    let left_behind = |i: &Index| {
        i.parent.is_some()
            && detached(&i.table)
            && target.tables.contains_key(&i.table)
            && i.parent
                .as_ref()
                .is_some_and(|p| match (from.get(p), to.get(p)) {
                    (Some(x), Some(y)) if x.same_definition(y) && x.constraint == y.constraint => {
                        true
                    }
                    (Some(x), _) => !target.tables.contains_key(&x.table),
                    _ => false,
                })
    };
    for i in removed
        .into_iter()
        .filter(|i| !managed_index(i) || left_behind(i))
    {
        let key = i.constraint.as_ref().and_then(|k| {
            source
                .tables
                .get(&i.table)
                .and_then(|t| t.constraints.get(k))
        });
        match (&i.constraint, key) {
            (None, _) => out.push(Change::DropIndex(i.clone())),
            (Some(_), Some(k)) => {
                out.push_once(Change::DropConstraint {
                    table: i.table.clone(),
                    constraint: k.clone(),
                });
            }
            (Some(_), None) => {}
        }
    }
    // A new index on a partitioned table is created ON ONLY the parent (as the catalog gives
    // it); each partition's index is built on its own (concurrently where the partition
    // exists) under its own name, and attached, which makes the parent index valid.
    // So is a partition's index that an existing parent index lacks (a parent created ON ONLY
    // with some partitions' indexes not attached yet, which the target completes): no step makes
    // it with its partition, which is attached on both sides.
    let joins_parent = |i: &Index| {
        i.parent.as_ref().is_some_and(|p| {
            !there_for_new_partitions(p, from, target, fresh)
                || (source.partition_parent(&i.table).is_some()
                    && source.partition_parent(&i.table) == target.partition_parent(&i.table))
        })
    };
    let new_parent = |i: &Index| i.constraint.is_none() && joins_parent(i);
    for i in &added {
        if !managed_index(i) {
            out.new_index(i, target);
        } else if !new_parent(i) {
            // A partition's key whose index the target has attached to its parent's index
            // (PostgreSQL adopts a matching key's index): made by its constraint, then attached.
            key_joins_parent(out, i, source, target, from, to);
            // Made by its constraint or with its partition; what it carries is set after.
            out.index_properties(None, i, target);
        }
    }
    for i in added.iter().filter(|i| new_parent(i)) {
        let Some(parent) = &i.parent else {
            continue;
        };
        out.new_index(i, target);
        out.push(Change::AttachIndex {
            index: i.name.clone(),
            parent: parent.clone(),
        });
    }
    for (a, b) in both {
        let Index {
            name,
            table: _,
            body: _,
            method: _,
            unique: _,
            primary: _,
            key_columns: _,
            include_columns: _,
            predicate: _,
            constraint: _,
            parent: _,
            nulls_not_distinct: _,
            valid: _,
            // Compared by `index_properties`.
            comment: _,
            clustered: _,
            statistics: _,
        } = b;
        // The body and uniqueness hold table, method, keys, INCLUDE and predicate.
        if managed_index(b) || managed_index(a) {
            let mut rebuilt = false;
            if a.constraint.is_some() != b.constraint.is_some() {
                // The constraint's own drop or add takes or makes its index; the standalone
                // index is dropped first or created after.
                let iid = ObjectId::Index { name: name.clone() };
                if !managed_index(b) {
                    out.new_index(b, target);
                    continue;
                } else if !managed_index(a) {
                    out.push(Change::DropIndex(a.clone()));
                    key_joins_parent(out, b, source, target, from, to);
                    rebuilt = true;
                } else if let (None, Some(parent)) = (&a.parent, &b.parent) {
                    // The partition's own key becomes an index attached to a parent index:
                    // the key's drop takes its index, made again and attached.
                    out.new_index(b, target);
                    out.push(Change::AttachIndex {
                        index: name.clone(),
                        parent: parent.clone(),
                    });
                    continue;
                } else if a.parent.as_ref().is_some_and(|p| kept_key(from, to, p)) {
                    // Attached to a parent key the target keeps as it is.
                    out.unsupported(
                        iid,
                        "an index moving between a partitioned parent and a constraint",
                    );
                }
                // Attached to a parent index: goes with it, which `partition_indexes` rebuilds
                // when the target keeps it (its parent's own change, a plain index becoming a
                // key or back, drops it with the parent and makes it again with the new one).
            } else if a.parent != b.parent && b.parent.is_some() && b.constraint.is_some() {
                // A partition's own key the target has attached to a parent index.
                key_joins_parent(out, b, source, target, from, to);
            } else if a.constraint.is_none() && a.parent != b.parent {
                // A partition's own index joining its parent's partitioned index. ATTACH
                // PARTITION of the table adopts matching indexes already; leaving happens only
                // with DETACH PARTITION of the table, which takes its indexes along.
                if let Some(parent) = &b.parent {
                    if a.parent.is_none() && !a.same_definition(b) {
                        out.push(Change::DropIndex(a.clone()));
                        out.new_index(b, target);
                    }
                    out.push(Change::AttachIndex {
                        index: name.clone(),
                        parent: parent.clone(),
                    });
                }
                // Leaving a parent index the target keeps rebuilds that (`partition_indexes`).
            }
            // A constraint added again (its definition changed) builds its index anew.
            let readded = out.changes.iter().any(|c| {
                matches!(c, Change::AddConstraint { constraint: Constraint { index: Some(ix), .. }, .. } if ix == name)
            });
            let before = (!rebuilt && !readded).then_some(a);
            out.index_properties(before, b, target);
            continue;
        }
        if !a.same_definition(b) && !rebuilt_alike(a, b, source, target) {
            out.push(Change::DropIndex(a.clone()));
            out.new_index(b, target);
        } else {
            out.index_properties(Some(a), b, target);
        }
    }
}

/// Whether `a` becomes `b` when PostgreSQL rebuilds it inside the type changes of its table's
/// columns: their definitions differ only by casts of a retyped column to its old or new
/// built-in type (see [`Index::body_without_casts`]). The type change then rebuilds it as the
/// target has it, and the table keeps the index (and its uniqueness) throughout.
fn rebuilt_alike(a: &Index, b: &Index, source: &Schema, target: &Schema) -> bool {
    let (Some(x), Some(y)) = (source.tables.get(&a.table), target.tables.get(&b.table)) else {
        return false;
    };
    let spellings = |t: &TypeRef| -> Vec<String> {
        if t.schema.is_some() || t.is_array() {
            return Vec::new();
        }
        let mut out = vec![t.name.clone()];
        if let Some(m) = &t.modifiers {
            out.insert(0, format!("{}{m}", t.name));
        }
        out
    };
    let casts: Vec<(String, Vec<String>)> = y
        .columns
        .iter()
        .filter_map(|new| {
            let old = x.columns.iter().find(|o| o.name == new.name)?;
            (old.data_type != new.data_type && new.generated.is_none()).then(|| {
                let mut types = spellings(&old.data_type);
                types.extend(spellings(&new.data_type));
                (new.name.clone(), types)
            })
        })
        .collect();
    !casts.is_empty()
        && a.unique == b.unique
        && a.body_without_casts(&casts) == b.body_without_casts(&casts)
}

/// `parent` is the index of a key the target has added to its partitioned table alone (ONLY).
pub(super) fn parent_alone(
    parent: &QualifiedName,
    target: &Schema,
    to: &BTreeMap<QualifiedName, Index>,
) -> bool {
    to.get(parent)
        .and_then(|x| {
            let k = x.constraint.as_ref()?;
            target.tables.get(&x.table)?.constraints.get(k)
        })
        .is_some_and(|k| k.only)
}

/// `parent` is a key's index on both sides, the same.
fn kept_key(
    from: &BTreeMap<QualifiedName, Index>,
    to: &BTreeMap<QualifiedName, Index>,
    parent: &QualifiedName,
) -> bool {
    matches!((from.get(parent), to.get(parent)), (Some(x), Some(y)) if x.constraint.is_some() && x.same_definition(y) && x.constraint == y.constraint)
}

/// A partition's key (its index `i`) that the target has attached to a parent index.
/// PostgreSQL adopts a matching key's index when the parent index is built: where the key is
/// the table's own and the parent index is new, it is attached. Where it is the partition's
/// copy of a key the parent already has (built ON ONLY, which the target completes), nothing
/// makes it: it is added, then attached.
fn key_joins_parent(
    out: &mut Out,
    i: &Index,
    source: &Schema,
    target: &Schema,
    from: &BTreeMap<QualifiedName, Index>,
    to: &BTreeMap<QualifiedName, Index>,
) {
    let (Some(k), Some(parent)) = (&i.constraint, &i.parent) else {
        return;
    };
    let Some(key) = target
        .tables
        .get(&i.table)
        .and_then(|t| t.constraints.get(k))
    else {
        return;
    };
    let attached_before = source.partition_parent(&i.table).is_some()
        && source.partition_parent(&i.table) == target.partition_parent(&i.table);
    let rebuilt = out
        .changes
        .iter()
        .any(|c| super::partition_indexes::drops_index(c) == Some(parent));
    let parent_kept = !rebuilt
        && matches!((from.get(parent), to.get(parent)), (Some(x), Some(y)) if x.same_definition(y) && x.constraint == y.constraint && x.primary == y.primary);
    if !key.inherited {
        if !from.contains_key(parent) || attached_before {
            out.push(Change::AttachIndex {
                index: i.name.clone(),
                parent: parent.clone(),
            });
        }
    } else if (parent_kept && attached_before) || parent_alone(parent, target, to) {
        // A parent key added alone (ONLY) makes no copies either.
        out.push_once(Change::AddConstraint {
            table: i.table.clone(),
            constraint: Constraint {
                inherited: false,
                ..key.clone()
            },
        });
        out.push_once(Change::AttachIndex {
            index: i.name.clone(),
            parent: parent.clone(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(table: &str, name: &str) -> Index {
        Index {
            name: QualifiedName::new("app", name),
            table: QualifiedName::new("app", table),
            body: format!("ON app.{table} USING btree (lower(x))"),
            method: "btree".into(),
            unique: false,
            primary: false,
            key_columns: vec!["lower(x)".into()],
            include_columns: vec![],
            predicate: None,
            constraint: None,
            parent: None,
            nulls_not_distinct: false,
            valid: true,
            comment: None,
            clustered: false,
            statistics: BTreeMap::new(),
        }
    }

    fn with_indexes(indexes: &[Index]) -> Schema {
        let mut s = Schema::default();
        for i in indexes {
            s.indexes.insert(i.name.clone(), i.clone());
        }
        s
    }

    #[test]
    fn a_new_index_gets_its_comment_statistics_clustering_and_replica_identity() {
        let mut i = index("Mixed Case", "weird \"name\"");
        i.comment = Some("lookups".into());
        i.clustered = true;
        i.statistics.insert(1, 3000);
        let mut to = with_indexes(&[i.clone()]);
        let mut t = crate::model::Table {
            name: i.table.clone(),
            columns: vec![],
            constraints: Default::default(),
            policies: Default::default(),
            unlogged: false,
            partition_key: None,
            partition_of: None,
            inherits: vec![],
            of_type: None,
            replica_identity: ReplicaIdentity::Index(i.name.name.clone()),
            rls_enabled: false,
            rls_forced: false,
            options: vec![],
            access_method: None,
            owner: "app".into(),
            comment: None,
            privileges: vec![],
        };
        to.tables.insert(t.name.clone(), t.clone());
        // Rendered with quoted names in `sql::indexes`' tests.
        assert_eq!(
            index_properties(None, &i, &to),
            vec![
                Change::Comment {
                    target: ObjectId::Index {
                        name: i.name.clone()
                    },
                    comment: Some("lookups".into()),
                },
                Change::SetIndexStatistics {
                    index: i.name.clone(),
                    from: BTreeMap::new(),
                    to: BTreeMap::from([(1, 3000)]),
                },
                Change::SetCluster {
                    table: i.table.clone(),
                    index: Some(i.name.name.clone()),
                },
                Change::SetReplicaIdentity {
                    table: i.table.clone(),
                    identity: ReplicaIdentity::Index(i.name.name.clone()),
                },
            ]
        );
        // Unchanged in place: nothing (the table's own diff says its replica identity).
        assert!(index_properties(Some(&i), &i, &to).is_empty());
        t.replica_identity = ReplicaIdentity::Default;
        to.tables.insert(t.name.clone(), t);
        assert_eq!(index_properties(None, &i, &to).len(), 3);
    }

    #[test]
    fn clustering_moves_with_one_statement_and_goes_with_set_without_cluster() {
        let mut a = index("t", "a");
        let b = index("t", "b");
        a.clustered = true;
        let mut b_clustered = b.clone();
        b_clustered.clustered = true;
        let a_plain = index("t", "a");
        // From a to b: CLUSTER ON b unmarks a; nothing is said for a.
        let to = with_indexes(&[a_plain.clone(), b_clustered.clone()]);
        assert!(index_properties(Some(&a), &a_plain, &to).is_empty());
        assert_eq!(
            index_properties(Some(&b), &b_clustered, &to),
            vec![Change::SetCluster {
                table: QualifiedName::new("app", "t"),
                index: Some("b".into()),
            }]
        );
        // No index of the table clustered any more.
        let to = with_indexes(&[a_plain.clone(), b.clone()]);
        assert_eq!(
            index_properties(Some(&a), &a_plain, &to),
            vec![Change::SetCluster {
                table: QualifiedName::new("app", "t"),
                index: None,
            }]
        );
    }
}
