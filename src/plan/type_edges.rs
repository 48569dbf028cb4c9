//! Ordering edges around a type or collation the plan recreates in one step
//! ([`Change::RecreateEnum`], [`Change::RecreateType`]). Pure.
//!
//! The step moves the columns that keep the type off it and back. A column that leaves the
//! type for good (retyped to another type, or to another collation) is altered by its own
//! step, and that step must run before the old type or collation is dropped: PostgreSQL
//! refuses the drop while any column still uses it ("cannot drop type ... because other
//! objects depend on it"). Which columns leave is read from the dependencies: those that use
//! a dropped object in `from` and not in `to`.

use crate::diff::{Change, Phase};
use crate::model::*;

/// (before, after) pairs of step indexes.
pub(super) fn type_edges(from: &Schema, to: &Schema, changes: &[Change]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, c) in changes.iter().enumerate() {
        let dropped = dropped_by_recreate(c);
        if dropped.is_empty() {
            continue;
        }
        for (dependent, used) in from.dependencies.iter() {
            if !dropped.contains(used) || to.dependencies.contains(dependent, used) {
                continue;
            }
            let ObjectId::Column { table, column } = dependent else {
                continue;
            };
            for (j, d) in changes.iter().enumerate() {
                if j != i
                    && d.phase() == Phase::Create
                    && d.reshaped_columns()
                        .iter()
                        .any(|&(t, col, own)| own && t == table && col == column)
                    && !out.contains(&(j, i))
                {
                    out.push((j, i));
                }
            }
        }
    }
    out
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
