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

use super::{Change, Out};
use crate::model::*;

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
    let attached = |indexes: &BTreeMap<QualifiedName, Index>| {
        let mut by_parent: BTreeMap<QualifiedName, Vec<QualifiedName>> = BTreeMap::new();
        for i in indexes.values() {
            if let Some(parent) = &i.parent {
                by_parent
                    .entry(parent.clone())
                    .or_default()
                    .push(i.name.clone());
            }
        }
        by_parent
    };
    let (from_children, to_children) = (attached(from), attached(to));
    if from_children.is_empty() && to_children.is_empty() {
        return;
    }
    let children = |by_parent: &BTreeMap<QualifiedName, Vec<QualifiedName>>,
                    parent: &QualifiedName| {
        by_parent.get(parent).cloned().unwrap_or_default()
    };
    // Parent indexes the plan drops: dropped indexes, and the indexes of dropped keys.
    let mut gone: BTreeSet<QualifiedName> = out
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::DropIndex(i) => Some(i.name.clone()),
            Change::DropConstraint {
                constraint: Constraint {
                    index: Some(ix), ..
                },
                ..
            } => Some(ix.clone()),
            _ => None,
        })
        .filter(|n| from_children.contains_key(n))
        .collect();
    // Parent indexes (not a key's) the target keeps as they are but with fewer partitions'
    // indexes attached: rebuilt.
    let mut rebuilt: Vec<QualifiedName> = Vec::new();
    for (name, p) in from {
        let Some(q) = to.get(name) else { continue };
        if gone.contains(name) || p.constraint.is_some() || q.constraint.is_some() {
            continue;
        }
        // (A partition detached from the parent's table takes its indexes along.)
        let still_partition = |t: &QualifiedName| {
            target
                .tables
                .get(t)
                .and_then(|t| t.partition_of.as_ref())
                .is_some_and(|po| po.parent == q.table)
        };
        // A partition whose index the target no longer has attached to this one (under any
        // name): detached, or gone while the parent index stays (made ON ONLY, left invalid).
        let detached = children(&from_children, name).iter().any(|c| {
            let table = &from[c].table;
            still_partition(table)
                && !children(&to_children, name)
                    .iter()
                    .any(|b| &to[b].table == table)
        });
        if detached {
            out.push(Change::DropIndex(p.clone()));
            out.new_index(q, target);
            rebuilt.push(name.clone());
            gone.insert(name.clone());
        }
    }
    // Everything attached below a gone parent goes with it.
    let mut dropped: BTreeSet<QualifiedName> = BTreeSet::new();
    let mut queue: Vec<QualifiedName> = gone.iter().cloned().collect();
    while let Some(p) = queue.pop() {
        for c in children(&from_children, &p) {
            if dropped.insert(c.clone()) {
                queue.push(c);
            }
        }
    }
    // They are not renamed in place: they go, and come back under the target's name.
    out.changes
        .retain(|x| !matches!(x, Change::RenameIndex { from, .. } if dropped.contains(from)));
    // Indexes of a rebuilt parent come back attached to it, with those the target attaches.
    let mut remade: Vec<&Index> = dropped.iter().filter_map(|n| to.get(n)).collect();
    for p in &rebuilt {
        for c in children(&to_children, p) {
            if !dropped.contains(&c) {
                remade.extend(to.get(&c));
            }
        }
    }
    for b in remade {
        // Its table goes or is recreated: made with it.
        if !target.tables.contains_key(&b.table) || !source.tables.contains_key(&b.table) {
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
            // A key of its parent's is made by the parent's key when that is added.
            let made = out.changes.iter().any(|x| {
                matches!(x, Change::AddConstraint { table, constraint } if table == &b.table && constraint.name == c.name)
            });
            if c.inherited || made {
                continue;
            }
            out.push(Change::AddConstraint {
                table: b.table.clone(),
                constraint: c.clone(),
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
            continue;
        }
        if let Some(parent) = &b.parent {
            // Under a key: made by the key's own add.
            if to.get(parent).is_some_and(|p| p.constraint.is_some()) {
                continue;
            }
        }
        if out
            .changes
            .iter()
            .any(|x| matches!(x, Change::CreateIndex(i) if i.name == b.name))
        {
            continue;
        }
        out.changes
            .retain(|x| !matches!(x, Change::AttachIndex { index, .. } if index == &b.name));
        out.new_index(b, target);
        if let Some(parent) = &b.parent {
            out.push(Change::AttachIndex {
                index: b.name.clone(),
                parent: parent.clone(),
            });
        }
    }
}
