//! Ordering around a type or collation the plan recreates in one step
//! ([`Change::RecreateEnum`], [`Change::RecreateType`]). Pure.
//!
//! The step moves the columns (and the domains and ranges built over it) that keep the type off
//! it and back. Whatever leaves the type for good (a column retyped or given another
//! collation, a domain or composite type changed to another, or dropped) is changed by its own
//! step, and that step must run before the old type or collation is dropped: PostgreSQL
//! refuses the drop while anything still uses it ("cannot drop type ... because other objects
//! depend on it"). What leaves is read from the dependencies: what uses a dropped object in
//! `from` and not in `to`.

use std::collections::BTreeSet;

use crate::diff::{Change, Phase};
use crate::model::*;

/// (before, after) pairs of step indexes.
pub(super) fn type_edges(from: &Schema, to: &Schema, changes: &[Change]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, c) in changes.iter().enumerate() {
        for dependent in leaving(from, to, c) {
            for (j, d) in changes.iter().enumerate() {
                let moves_off = match dependent {
                    ObjectId::Column { table, column } => {
                        d.phase() == Phase::Create
                            && d.reshaped_columns()
                                .iter()
                                .any(|&(t, col, own)| own && t == table && col == column)
                    }
                    // Its drop (a late drop is moved before: see [`leaving_drops`]), or the
                    // change of a type's definition; not its creation anew, which may wait for
                    // what the step converts.
                    other => {
                        &d.target() == other
                            && (d.phase() == Phase::Drop
                                || matches!(
                                    d,
                                    Change::AlterCompositeType { .. } | Change::RecreateType { .. }
                                ))
                    }
                };
                if j != i && moves_off && !out.contains(&(j, i)) {
                    out.push((j, i));
                }
            }
        }
    }
    out
}

/// The objects other than columns that leave a type or collation the plan recreates: their
/// drops cannot wait for the cleanup at the end, which comes after the recreating step.
pub(super) fn leaving_drops(from: &Schema, to: &Schema, changes: &[Change]) -> BTreeSet<ObjectId> {
    changes
        .iter()
        .flat_map(|c| leaving(from, to, c))
        .filter(|d| !matches!(d, ObjectId::Column { .. }))
        .cloned()
        .collect()
}

/// What uses, in `from`, an object the recreating step `c` drops, and no longer does in `to`.
fn leaving<'a>(from: &'a Schema, to: &Schema, c: &Change) -> Vec<&'a ObjectId> {
    let dropped = dropped_by_recreate(c);
    if dropped.is_empty() {
        return Vec::new();
    }
    from.dependencies
        .iter()
        .filter(|(dependent, used)| {
            dropped.contains(used) && !to.dependencies.contains(dependent, used)
        })
        .map(|(dependent, _)| dependent)
        .collect()
}

/// The types and collations a recreating step drops: the type itself (and a range's
/// multirange), and the domains and ranges it recreates with it.
fn dropped_by_recreate(c: &Change) -> Vec<ObjectId> {
    match c {
        Change::RecreateEnum { old, .. } => vec![ObjectId::Type {
            name: old.name.clone(),
        }],
        Change::RecreateType {
            drop, dependents, ..
        } => {
            let mut v = Vec::new();
            for d in std::iter::once(&**drop).chain(dependents.iter().map(|(d, _)| d)) {
                v.push(d.target());
                if let Change::DropRangeType(r) = d {
                    if let Some(m) = &r.multirange_name {
                        v.push(ObjectId::Type { name: m.clone() });
                    }
                }
            }
            v
        }
        _ => Vec::new(),
    }
}
