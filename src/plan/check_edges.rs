//! Ordering edges between a parent's check constraint and its children's check of the same
//! name, which PostgreSQL merges without a recorded dependency. Pure.
//!
//! - A copy of a parent's constraint (one the child has only because the parent has it) is
//!   validated once the parent's constraint, which makes it, exists.
//! - A child's own check that it also inherits (`conislocal` and `coninhcount > 0`: the
//!   model's `inherited` is false) is added, and validated, before any ancestor's check of the
//!   same name is added: adding the parent's check then merges into the child's, but adding
//!   the child's after the parent's is refused when the copy the parent made is `NOT VALID`
//!   and the child's is valid ("conflicts with NOT VALID constraint", PostgreSQL's
//!   `MergeWithExistingConstraint`).
//! - Such a child's check is dropped after its ancestors' checks of the same name: PostgreSQL
//!   refuses to drop a check while it is inherited ("cannot drop inherited constraint"), even
//!   one the child declared too; dropping the parent's leaves the child's as its own.

use super::table_edges::ancestors;
use crate::diff::Change;
use crate::model::*;

/// (before, after) pairs of step indexes.
pub(super) fn check_edges(from: &Schema, to: &Schema, changes: &[Change]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, c) in changes.iter().enumerate() {
        let Change::DropConstraint { table, constraint } = c else {
            continue;
        };
        if constraint.kind != ConstraintKind::Check || constraint.inherited {
            continue;
        }
        for p in ancestors(from, table) {
            for (j, d) in changes.iter().enumerate() {
                if matches!(d, Change::DropConstraint { table: t, constraint: k }
                    if t == &p && k.name == constraint.name && k.kind == ConstraintKind::Check)
                    && !out.contains(&(j, i))
                {
                    out.push((j, i));
                }
            }
        }
    }
    for (i, c) in changes.iter().enumerate() {
        let (table, name, validate) = match c {
            Change::ValidateConstraint { table, constraint } => (table, constraint, true),
            Change::AddConstraint { table, constraint }
            | Change::AddConstraintNotValid { table, constraint }
                if constraint.kind == ConstraintKind::Check =>
            {
                (table, &constraint.name, false)
            }
            _ => continue,
        };
        let own = to
            .tables
            .get(table)
            .and_then(|t| t.constraints.get(name))
            .is_some_and(|k| !k.inherited && k.kind == ConstraintKind::Check);
        if !own && !validate {
            continue;
        }
        for p in ancestors(to, table) {
            for (j, d) in changes.iter().enumerate() {
                if adds(d, &p, name, own) {
                    let edge = if own { (i, j) } else { (j, i) };
                    if !out.contains(&edge) {
                        out.push(edge);
                    }
                }
            }
        }
    }
    out
}

/// Whether `d` adds the constraint `name` (a check when `check`) to `parent`.
fn adds(d: &Change, parent: &QualifiedName, name: &str, check: bool) -> bool {
    matches!(d,
        Change::AddConstraint { table, constraint }
        | Change::AddConstraintNotValid { table, constraint }
        if table == parent && constraint.name == name
            && (!check || constraint.kind == ConstraintKind::Check))
}
