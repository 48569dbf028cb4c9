//! Partition indexes that go with their parent. Pure.
//!
//! An index (or key) of a partition that is attached to its partitioned parent's index cannot
//! be detached or dropped on its own: PostgreSQL drops it with the parent index (or the parent's
//! key), and only then. So when the plan drops a parent index or key, the partition indexes
//! attached to it that the target still has (as the partition's own, or attached elsewhere) are
//! made again after it; and when the target detaches one from a parent index it keeps, the
//! parent index is rebuilt (dropped, created again, its other partitions' indexes made and
//! attached again).

use std::collections::{BTreeMap, BTreeSet};

use super::{index_names, Change, Out};
use crate::model::*;

/// The index `c` drops: a dropped index, or the index of a dropped key.
pub(super) fn drops_index(c: &Change) -> Option<&QualifiedName> {
    match c {
        Change::DropIndex(i) => Some(&i.name),
        Change::DropConstraint { constraint, .. } => constraint.index.as_ref(),
        _ => None,
    }
}

/// The indexes the plan drops.
fn dropped_indexes(changes: &[Change]) -> BTreeSet<QualifiedName> {
    changes.iter().filter_map(drops_index).cloned().collect()
}

/// The names of the partitions' indexes attached to each parent index.
fn by_parent<'a>(
    indexes: impl Iterator<Item = &'a Index>,
) -> BTreeMap<QualifiedName, Vec<QualifiedName>> {
    let mut by_parent: BTreeMap<QualifiedName, Vec<QualifiedName>> = BTreeMap::new();
    for i in indexes {
        if let Some(parent) = &i.parent {
            by_parent
                .entry(parent.clone())
                .or_default()
                .push(i.name.clone());
        }
    }
    by_parent
}

/// Every index attached, at any depth, below one of `parents` (which PostgreSQL drops with it).
fn attached_below<'a>(
    by_parent: &BTreeMap<QualifiedName, Vec<QualifiedName>>,
    parents: impl Iterator<Item = &'a QualifiedName>,
) -> BTreeSet<QualifiedName> {
    let mut below = BTreeSet::new();
    let mut queue: Vec<&QualifiedName> = parents.collect();
    while let Some(p) = queue.pop() {
        for c in by_parent.get(p).into_iter().flatten() {
            if below.insert(c.clone()) {
                queue.push(c);
            }
        }
    }
    below
}

/// The partitioned table `table` joins in the plan (created as its partition, or attached to
/// it): the target's parent where the source's differs.
fn joins<'a>(
    source: &Schema,
    target: &'a Schema,
    table: &QualifiedName,
) -> Option<&'a QualifiedName> {
    target
        .partition_parent(table)
        .filter(|p| source.partition_parent(table) != Some(*p))
}

/// See the module comment. `from` and `to` are the indexes diffed (recreated tables' left out).
pub(super) fn orphaned(
    out: &mut Out,
    from: &BTreeMap<QualifiedName, Index>,
    to: &BTreeMap<QualifiedName, Index>,
    source: &Schema,
    target: &Schema,
) {
    // The indexes attached to each parent index, found once: a scan of all indexes per index
    // made the diff quadratic in the schema's size.
    let (from_children, to_children) = (by_parent(from.values()), by_parent(to.values()));
    // Tables that join a partitioned table in the plan, by that table: they get a copy of each
    // of its indexes.
    let mut joining: BTreeMap<&QualifiedName, Vec<&QualifiedName>> = BTreeMap::new();
    for t in target.tables.keys() {
        if let Some(parent) = joins(source, target, t) {
            joining.entry(parent).or_default().push(t);
        }
    }
    if from_children.is_empty() && to_children.is_empty() && joining.is_empty() {
        return;
    }
    let children = |by_parent: &BTreeMap<QualifiedName, Vec<QualifiedName>>,
                    parent: &QualifiedName| {
        by_parent.get(parent).cloned().unwrap_or_default()
    };
    // Parent indexes the plan drops.
    let mut gone: BTreeSet<QualifiedName> = dropped_indexes(&out.changes)
        .into_iter()
        .filter(|n| from_children.contains_key(n))
        .collect();
    // Parent indexes (not a key's) the target keeps as they are but with fewer partitions'
    // indexes attached: rebuilt.
    let mut rebuilt: Vec<QualifiedName> = Vec::new();
    for (name, p) in from {
        let Some(q) = to.get(name) else { continue };
        if gone.contains(name) || p.constraint != q.constraint || !p.same_definition(q) {
            continue;
        }
        // (A partition detached from the parent's table takes its indexes along.)
        let still_partition = |t: &QualifiedName| target.partition_parent(t) == Some(&q.table);
        // A partition whose index attached to this one the target does not have attached as
        // it is (or renamed): gone while the parent index stays (made ON ONLY, left invalid),
        // the partition's own, reshaped, or another index in its place. PostgreSQL detaches a
        // partition's index only with its parent index or its table.
        let renamed = |c: &QualifiedName, b: &QualifiedName| {
            out.changes.iter().any(
                |x| matches!(x, Change::RenameIndex { from, to, .. } if from == c && to == &b.name),
            )
        };
        let key = |s: &Schema, i: &Index| {
            i.constraint.as_ref().and_then(|k| {
                s.tables
                    .get(&i.table)
                    .and_then(|t| t.constraints.get(k))
                    .map(|c| (c.kind, c.definition.clone()))
            })
        };
        let detached = children(&from_children, name).iter().any(|c| {
            let table = &from[c].table;
            still_partition(table)
                && !children(&to_children, name).iter().any(|b| {
                    &to[b].table == table
                        && (renamed(c, b)
                            || b == c
                                && from[c].same_definition(&to[b])
                                && key(source, &from[c]) == key(target, &to[b]))
                })
        });
        // A table joining the parent's table that the target has without a copy of this
        // index (made ON ONLY before the table was its partition): PostgreSQL would make one,
        // so the index is made again after the table joins.
        let uncopied = joining.get(&q.table).is_some_and(|ts| {
            ts.iter().any(|t| {
                !children(&to_children, name)
                    .iter()
                    .any(|b| &to[b].table == *t)
            })
        });
        if !detached && !uncopied {
            continue;
        }
        if let Some(k) = &q.constraint {
            // A key's index: the key is dropped and added again; the partitions' keys the
            // target has as its copies are adopted by the new one (`keys_adopted`).
            let key = |s: &Schema| {
                s.tables
                    .get(&q.table)
                    .and_then(|t| t.constraints.get(k))
                    .cloned()
            };
            if let (Some(a), Some(b)) = (key(source), key(target)) {
                out.push(Change::DropConstraint {
                    table: q.table.clone(),
                    constraint: a,
                });
                out.push(Change::AddConstraint {
                    table: q.table.clone(),
                    constraint: b,
                });
                gone.insert(name.clone());
            }
            continue;
        }
        out.push(Change::DropIndex(p.clone()));
        out.new_index(q, target);
        rebuilt.push(name.clone());
        gone.insert(name.clone());
    }
    // Everything attached below a gone parent goes with it, a rebuilt parent index of a
    // sub-partitioned partition too: not dropped on its own after (it no longer exists).
    let dropped = attached_below(&from_children, gone.iter());
    out.changes.retain(
        |x| !matches!(x, Change::DropIndex(i) if dropped.contains(&i.name) && rebuilt.contains(&i.name)),
    );
    // Partitions' own keys attached to a dropped parent index go with it (`DROP INDEX ...
    // CASCADE`): not dropped again.
    out.changes.retain(|x| {
        !matches!(x, Change::DropConstraint { constraint: Constraint { index: Some(ix), .. }, .. } if dropped.contains(ix))
    });
    // They are not renamed in place: they go, and come back under the target's name.
    let renamed: Vec<QualifiedName> = out
        .changes
        .iter()
        .filter_map(|x| match x {
            Change::RenameIndex { from, table, to } if dropped.contains(from) => {
                Some(QualifiedName::new(&table.schema, to))
            }
            _ => None,
        })
        .collect();
    out.changes
        .retain(|x| !matches!(x, Change::RenameIndex { from, .. } if dropped.contains(from)));
    // Indexes of a rebuilt parent come back attached to it, with those the target attaches.
    let remade_parents: BTreeSet<QualifiedName> = out
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::CreateIndex(i) => Some(i.name.clone()),
            _ => None,
        })
        .chain(rebuilt.iter().cloned())
        .collect();
    let mut remade: Vec<&Index> = dropped
        .iter()
        .chain(&renamed)
        .filter_map(|n| to.get(n))
        .collect();
    // So do those of a parent index dropped and made again with a new definition (not a
    // key's: a key's add makes its copies).
    let made_again: Vec<QualifiedName> = out
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::DropIndex(i) => Some(i.name.clone()),
            _ => None,
        })
        .chain(gone.iter().cloned())
        .filter(|p| to.get(p).is_some_and(|q| q.constraint.is_none()))
        .collect();
    let again = made_again.iter();
    for p in rebuilt.iter().chain(again) {
        for c in children(&to_children, p) {
            if !dropped.contains(&c) && !remade.iter().any(|r| r.name == c) {
                remade.extend(to.get(&c));
            }
        }
    }
    for b in remade {
        // Its table goes: nothing to make. (A new partition is made before the parent index
        // is made again, so it gets no copy of its own.)
        if !target.tables.contains_key(&b.table) {
            continue;
        }
        if let Some(k) = &b.constraint {
            let Some(c) = target
                .tables
                .get(&b.table)
                .and_then(|t| t.constraints.get(k))
            else {
                continue;
            };
            // A key of its parent's is made by the parent's key when that is added, unless
            // that is added alone (ONLY): then it is added and attached; one the plan adds
            // anyway or keeps is not added again.
            let alone = b
                .parent
                .as_ref()
                .is_some_and(|p| super::indexes::parent_alone(p, target, to));
            let made = out.changes.iter().any(|x| {
                matches!(x, Change::AddConstraint { table, constraint } if table == &b.table && constraint.name == c.name)
            });
            let kept = source
                .tables
                .get(&b.table)
                .and_then(|t| t.constraints.get(k))
                .is_some_and(|a| a == c && !dropped.contains(&b.name));
            if !((c.inherited && !alone) || made || kept) {
                out.push(Change::AddConstraint {
                    table: b.table.clone(),
                    constraint: Constraint {
                        inherited: false,
                        ..c.clone()
                    },
                });
                out.comment(
                    ObjectId::Constraint {
                        table: b.table.clone(),
                        name: c.name.clone(),
                    },
                    None,
                    c.comment.as_ref(),
                );
                out.index_properties(None, b, target);
            }
            // A parent index (not a key's) the plan makes again is made ON ONLY: the key is
            // attached to it.
            if let Some(parent) = b
                .parent
                .as_ref()
                .filter(|p| alone || remade_parents.contains(*p))
            {
                out.push_once(Change::AttachIndex {
                    index: b.name.clone(),
                    parent: parent.clone(),
                });
            }
            continue;
        }
        if let Some(parent) = &b.parent {
            // Under a key: made by the key's own add.
            if to.get(parent).is_some_and(|p| p.constraint.is_some()) {
                continue;
            }
        }
        let attach = b.parent.as_ref().map(|parent| Change::AttachIndex {
            index: b.name.clone(),
            parent: parent.clone(),
        });
        // Made already (a rebuilt parent index of a sub-partitioned partition): attached.
        if out
            .changes
            .iter()
            .any(|x| matches!(x, Change::CreateIndex(i) if i.name == b.name))
        {
            if let Some(x) = attach {
                out.push_once(x);
            }
            continue;
        }
        // An index the plan keeps (the partition's own before) is attached as it is.
        let kept = from
            .get(&b.name)
            .is_some_and(|a| !dropped.contains(&b.name) && a.same_definition(b));
        if kept {
            if let Some(x) = attach {
                out.push_once(x);
            }
            continue;
        }
        out.changes
            .retain(|x| !matches!(x, Change::AttachIndex { index, .. } if index == &b.name));
        out.new_index(b, target);
        out.changes.extend(attach);
    }
}

/// A table that joins a partitioned parent (created `PARTITION OF` it, or attached to it) gets
/// a copy of every index (and key) the parent has then: PostgreSQL adopts a matching index the
/// table has (the first it finds) or makes one, named by itself (`<table>_<columns>_idx`,
/// `_key`, `_pkey`, numbered to be unique). So that the copies are the target's:
/// - where the target's copy is an index the table already has, the other indexes PostgreSQL
///   could adopt in its place are dropped before the attach and made again after;
/// - where it is not, the copy PostgreSQL makes is renamed to the target's name;
/// - where it is the table's own key that a plain parent index adopted, the copy PostgreSQL
///   makes becomes that key (`ADD CONSTRAINT ... USING INDEX`).
///
/// `fresh` are the tables the plan creates (new or recreated).
pub(super) fn joining_partitions(
    out: &mut Out,
    source: &Schema,
    target: &Schema,
    fresh: &BTreeSet<QualifiedName>,
) {
    // Parent indexes that exist when the table joins: kept by the plan as they are.
    let dropped = dropped_indexes(&out.changes);
    let kept = |p: &QualifiedName| {
        !dropped.contains(p)
            && matches!((source.indexes.get(p), target.indexes.get(p)), (Some(a), Some(b)) if a.same_definition(b) && a.constraint == b.constraint)
    };
    let mut extra = Vec::new();
    for (t, table) in &target.tables {
        let is_fresh = fresh.contains(t);
        if target.partition_parent(t).is_none() || !is_fresh && joins(source, target, t).is_none() {
            continue;
        }
        // The table's indexes before it joins (none for a table the plan creates).
        let before: Vec<&Index> = if is_fresh {
            Vec::new()
        } else {
            source.indexes.values().filter(|i| &i.table == t).collect()
        };
        // What the plan drops before the table joins is free again (unless the target has it).
        let mut taken = index_names::taken(source, &t.schema, t, !is_fresh);
        for name in index_names::freed(&out.changes, source, &t.schema) {
            taken.remove(&name);
        }
        taken.extend(index_names::taken(target, &t.schema, t, false));
        let mut copies: Vec<&Index> = target
            .indexes
            .values()
            .filter(|i| &i.table == t && i.parent.as_ref().is_some_and(&kept))
            .collect();
        copies.sort_by_key(|i| i.parent.clone());
        for x in copies {
            let Some(p) = x.parent.as_ref().and_then(|p| target.indexes.get(p)) else {
                continue;
            };
            let adopted = before
                .iter()
                .any(|y| y.name == x.name && y.same_definition(x));
            // Others PostgreSQL could take in its place: out of the way during the attach.
            for y in before.iter().filter(|y| {
                y.name != x.name && y.constraint.is_none() && index_names::same_shape(y, p)
            }) {
                if !out
                    .changes
                    .iter()
                    .any(|c| matches!(c, Change::DropIndex(i) if i.name == y.name))
                {
                    extra.push(Change::DropIndex((*y).clone()));
                    if let Some(again) = target.indexes.get(&y.name).filter(|i| i.parent.is_none())
                    {
                        extra.push(Change::CreateIndex(again.clone()));
                    }
                }
            }
            if adopted {
                continue;
            }
            // The table's own key, adopted by a plain parent index: PostgreSQL makes a plain
            // copy (named as one), which becomes the key (ADD CONSTRAINT ... USING INDEX
            // takes an attached index and renames it to the key's name).
            let own_key = x
                .constraint
                .as_ref()
                .filter(|_| p.constraint.is_none())
                .and_then(|k| table.constraints.get(k))
                .filter(|k| !k.inherited);
            if let Some(key) = own_key {
                let plain = Index {
                    constraint: None,
                    primary: false,
                    ..x.clone()
                };
                let name = index_names::copy_name(&plain, table, &|n| taken.contains(n));
                taken.insert(name.clone());
                out.changes.retain(|c| {
                    !matches!(c, Change::AddConstraint { table: kt, constraint } if kt == t && constraint.name == key.name)
                });
                extra.push(Change::AddKeyUsingIndex {
                    table: t.clone(),
                    constraint: key.clone(),
                    index: name,
                    replaces: false,
                });
                continue;
            }
            let name = index_names::copy_name(x, table, &|n| taken.contains(n));
            taken.insert(name.clone());
            if name != x.name.name {
                extra.push(Change::RenameIndex {
                    table: t.clone(),
                    from: QualifiedName::new(&t.schema, &name),
                    to: x.name.name.clone(),
                });
            }
        }
    }
    out.changes.extend(extra);
}

/// A key added to a partitioned table makes a copy of it on each partition, adopting a matching
/// key the partition has (named as it is) or making one named by PostgreSQL. Where the target's
/// copy has another name and the partition does not have it when the parent's key is added
/// (new, or dropped with a parent index), the partition's key is added first, to be adopted.
pub(super) fn keys_adopted(out: &mut Out, source: &Schema, target: &Schema) {
    let added: Vec<QualifiedName> = out
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::AddConstraint {
                constraint: Constraint {
                    index: Some(ix), ..
                },
                ..
            } => Some(ix.clone()),
            _ => None,
        })
        .collect();
    if added.is_empty() {
        return;
    }
    // Indexes gone when the parent's key is added: dropped, or attached (at any depth) to a
    // dropped parent index or key.
    let mut gone = dropped_indexes(&out.changes);
    let below = attached_below(&by_parent(source.indexes.values()), gone.iter());
    gone.extend(below);
    // Relation and constraint names by schema, on either side (the partitions' own new indexes
    // are made before their parent's key is added).
    let mut names: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut extra = Vec::new();
    for parent in &added {
        for x in target
            .indexes
            .values()
            .filter(|x| x.parent.as_ref() == Some(parent))
        {
            let (Some(k), Some(table)) = (&x.constraint, target.tables.get(&x.table)) else {
                continue;
            };
            let Some(key) = table.constraints.get(k) else {
                continue;
            };
            let before = source
                .tables
                .get(&x.table)
                .and_then(|t| t.constraints.get(k))
                .filter(|_| !gone.contains(&x.name));
            let same_key = |a: &Constraint| a.kind == key.kind && a.definition == key.definition;
            let has = source.indexes.get(&x.name).is_some_and(|y| {
                !gone.contains(&y.name) && y.same_definition(x) && y.constraint == x.constraint
            }) && before.is_some_and(same_key);
            let adding = out.changes.iter().chain(&extra).any(|c| {
                matches!(c, Change::AddConstraint { table, constraint } if table == &x.table && &constraint.name == k)
            });
            if has || adding {
                continue;
            }
            // The partition's key under that name but of another kind or shape goes first.
            let replaced = before.filter(|a| !same_key(a));
            if let Some(old) = replaced {
                extra.push(Change::DropConstraint {
                    table: x.table.clone(),
                    constraint: old.clone(),
                });
            }
            let in_schema = names.entry(&x.table.schema).or_insert_with(|| {
                let mut all = index_names::taken(source, &x.table.schema, &x.table, true);
                all.extend(index_names::taken(target, &x.table.schema, &x.table, true));
                all
            });
            let taken = |n: &str| n != x.name.name && in_schema.contains(n);
            if replaced.is_none() && index_names::copy_name(x, table, &taken) == x.name.name {
                continue;
            }
            extra.push(Change::AddConstraint {
                table: x.table.clone(),
                constraint: Constraint {
                    inherited: false,
                    ..key.clone()
                },
            });
        }
    }
    out.changes.extend(extra);
}
