//! Copies of a parent's constraints on its partitions and inheritance children: the validation
//! of a copy of a `NOT VALID` check, and whether a table is referenced through the tables it is a
//! partition of. Pure.

use super::{Change, Out};
use crate::model::*;
use std::collections::BTreeMap;

/// A partition's or child's copy of its parent's `NOT VALID` check is validated on its own
/// where the target has it so (a table created after the parent's check, or validated by
/// hand): adding the check to the parent makes every copy `NOT VALID` too.
pub(super) fn validate_inherited_checks(
    out: &mut Out,
    from: &BTreeMap<QualifiedName, Table>,
    to: &BTreeMap<QualifiedName, Table>,
) {
    for t in to.values() {
        let parents: Vec<&Table> = t
            .partition_of
            .as_ref()
            .map(|p| &p.parent)
            .into_iter()
            .chain(&t.inherits)
            .filter_map(|p| to.get(p))
            .collect();
        for c in t.constraints.values() {
            if !(c.inherited && c.validated && c.kind == ConstraintKind::Check) {
                continue;
            }
            let parent_unvalidated = parents.iter().any(|p| {
                p.constraints
                    .get(&c.name)
                    .is_some_and(|x| x.kind == ConstraintKind::Check && !x.validated)
            });
            let valid_before = from
                .get(&t.name)
                .and_then(|x| x.constraints.get(&c.name))
                .is_some_and(|x| x.validated && x.definition == c.definition);
            if parent_unvalidated && !valid_before {
                out.push(Change::ValidateConstraint {
                    table: t.name.clone(),
                    constraint: c.name.clone(),
                });
            }
        }
    }
}

/// Whether a foreign key references `table` or a table it is a partition of (at any level).
pub(super) fn referenced_with_ancestors(
    tables: &BTreeMap<QualifiedName, Table>,
    table: &QualifiedName,
) -> bool {
    let mut t = Some(table);
    while let Some(name) = t {
        if tables.values().any(|x| {
            x.constraints.values().any(|c| {
                c.foreign_key
                    .as_ref()
                    .is_some_and(|fk| &fk.references == name)
            })
        }) {
            return true;
        }
        t = tables
            .get(name)
            .and_then(|x| x.partition_of.as_ref())
            .map(|p| &p.parent);
    }
    false
}
