//! Constraints renamed in place: a constraint dropped and added again on the same table with
//! nothing changed but its name becomes `ALTER TABLE ... RENAME CONSTRAINT`, which neither
//! scans the rows (as validating a check or foreign key added again would) nor rebuilds a
//! key's index (renamed with the key), nor leaves a moment without the guarantee: foreign keys
//! that reference a renamed key stay as they are. Pure.
//!
//! Only where the pair is unambiguous (one dropped and one added with that definition on the
//! table) and nothing else in the plan could touch the constraint:
//! - the table is neither partitioned nor a parent of other tables (a foreign key's copies on
//!   partitions keep their names), except for a check, whose rename recurses to the copies
//!   its partitions and children inherit: renamed in place where each of them has its copy
//!   under the old name before and under the new one after;
//! - no column of the table (nor, for a foreign key, of the referenced table) changes shape,
//!   which may rebuild the constraint;
//! - neither name is held by another constraint of the table on the other side (names
//!   swapped between constraints stay drop and add);
//! - neither name is held by a constraint of one of the table's parents on either side: a
//!   child's check merged with its parent's (`conislocal` and inherited at once) cannot be
//!   renamed while the parent has it, and the parent's own add under the new name would make
//!   the child's copy before the rename; dropped and added, the child's check merges with it;
//! - the constraint uses nothing but tables, columns, indexes and constraints (a function or
//!   type the plan replaces would drop it by its old name).

use std::collections::BTreeSet;

use super::indexes::relation_named;
use super::{Change, Out};
use crate::model::*;

pub(super) fn constraint_renames(out: &mut Out, from: &Schema, to: &Schema) {
    let reshaped: BTreeSet<&QualifiedName> = out
        .changes
        .iter()
        .flat_map(Change::reshaped_columns)
        .map(|(t, _, _)| t)
        .collect();
    let parents: BTreeSet<&QualifiedName> = from
        .tables
        .values()
        .chain(to.tables.values())
        .flat_map(|t| {
            t.inherits
                .iter()
                .chain(t.partition_of.as_ref().map(|p| &p.parent))
        })
        .collect();
    let plain = |table: &QualifiedName| {
        !parents.contains(table)
            && [from, to].iter().all(|s| {
                s.tables
                    .get(table)
                    .is_some_and(|t| t.partition_key.is_none())
            })
    };
    let eligible = |table: &QualifiedName, c: &Constraint| {
        !c.inherited
            && (plain(table) || (c.kind == ConstraintKind::Check && !c.no_inherit))
            && !reshaped.contains(table)
            && c.foreign_key
                .as_ref()
                .is_none_or(|fk| !reshaped.contains(&fk.references))
    };
    // `a` before (in `from`), `b` after (in `to`).
    let same = |a: &Constraint, b: &Constraint| {
        let bare = |c: &Constraint| Constraint {
            name: String::new(),
            comment: None,
            index: None,
            ..c.clone()
        };
        bare(a) == bare(b) && same_index(from, to, a, b)
    };
    let (mut dropped, mut added): (Vec<_>, Vec<_>) = (Vec::new(), Vec::new());
    for c in &out.changes {
        match c {
            Change::DropConstraint { table, constraint } if eligible(table, constraint) => {
                dropped.push((table, constraint))
            }
            Change::AddConstraint { table, constraint } if eligible(table, constraint) => {
                added.push((table, constraint))
            }
            _ => {}
        }
    }
    // The one item of `list` on `t` that `f` accepts, if exactly one is.
    fn only<'a>(
        list: &[(&QualifiedName, &'a Constraint)],
        t: &QualifiedName,
        f: impl Fn(&Constraint) -> bool,
    ) -> Option<&'a Constraint> {
        let mut found = list.iter().filter(|(t2, x)| *t2 == t && f(x));
        match (found.next(), found.next()) {
            (Some((_, x)), None) => Some(x),
            _ => None,
        }
    }
    let mut pairs: Vec<(QualifiedName, Constraint, Constraint)> = Vec::new();
    for (t, old) in &dropped {
        let Some(new) = only(&added, t, |x| same(old, x)) else {
            continue;
        };
        if only(&dropped, t, |x| same(x, new)).is_none() {
            continue;
        }
        // A name the table holds before (also the dropped one's own: dropped and added under
        // the same name, something else rebuilds it), or gives another constraint after,
        // would need an order of renames: left as drop and add.
        let holds = |s: &Schema, name: &str| {
            s.tables
                .get(*t)
                .is_some_and(|x| x.constraints.contains_key(name))
        };
        // A key's index takes the key's name: no other relation may hold it.
        let relation = |name: &str| QualifiedName::new(t.schema.clone(), name);
        let index_names_free = old.index.is_none()
            || (!relation_named(from, &relation(&new.name))
                && !relation_named(to, &relation(&old.name)));
        // A parent's constraint of either name, on either side.
        let parent_holds = |name: &str| {
            [from, to].iter().any(|s| {
                s.tables.get(*t).is_some_and(|x| {
                    x.inherits
                        .iter()
                        .chain(x.partition_of.as_ref().map(|p| &p.parent))
                        .any(|p| {
                            [from, to].iter().any(|s2| {
                                s2.tables
                                    .get(p)
                                    .is_some_and(|pt| pt.constraints.contains_key(name))
                            })
                        })
                })
            })
        };
        // A parent's check: the rename recurses to its children's copies, which must be
        // the same tables on both sides, each with an inherited copy under the old name
        // before and under the new one after.
        let copies_follow = plain(t) || {
            let tree = |s: &Schema| s.tables_under(t, true);
            let (before, after) = (tree(from), tree(to));
            before == after
                && before.iter().all(|d| {
                    let copy = |s: &Schema, name: &str, other: &str| {
                        s.tables.get(d).is_some_and(|x| {
                            x.constraints.get(name).is_some_and(|c| c.inherited)
                                && !x.constraints.contains_key(other)
                        })
                    };
                    copy(from, &old.name, &new.name) && copy(to, &new.name, &old.name)
                })
        };
        if copies_follow
            && !holds(from, &new.name)
            && !holds(to, &old.name)
            && !parent_holds(&old.name)
            && !parent_holds(&new.name)
            && index_names_free
            && simple_uses(from, t, old)
        {
            pairs.push(((*t).clone(), (*old).clone(), new.clone()));
        }
    }
    for (table, old, new) in pairs {
        let new_id = ObjectId::Constraint {
            table: table.clone(),
            name: new.name.clone(),
        };
        out.changes.retain(|c| match c {
            Change::DropConstraint {
                table: t,
                constraint,
            } => !(t == &table && constraint.name == old.name),
            Change::AddConstraint {
                table: t,
                constraint,
            } => !(t == &table && constraint.name == new.name),
            Change::Comment { target, .. } => target != &new_id,
            _ => true,
        });
        out.push(Change::RenameConstraint {
            table,
            from: old.name.clone(),
            to: new.name.clone(),
        });
        out.comment(new_id, old.comment.as_ref(), new.comment.as_ref());
    }
}

/// Whether the indexes of keys `a` (in `from`) and `b` (in `to`), if they have any, are the
/// same but for their names.
fn same_index(from: &Schema, to: &Schema, a: &Constraint, b: &Constraint) -> bool {
    match (&a.index, &b.index) {
        (None, None) => true,
        (Some(x), Some(y)) => match (from.indexes.get(x), to.indexes.get(y)) {
            (Some(x), Some(y)) => {
                x.same_definition(y)
                    && x.clustered == y.clustered
                    && x.statistics == y.statistics
                    && x.comment == y.comment
                    && x.parent.is_none()
                    && y.parent.is_none()
            }
            _ => false,
        },
        _ => false,
    }
}

/// Whether constraint `c` of `table` uses only tables, columns, indexes and constraints.
fn simple_uses(from: &Schema, table: &QualifiedName, c: &Constraint) -> bool {
    let id = ObjectId::Constraint {
        table: table.clone(),
        name: c.name.clone(),
    };
    from.dependencies
        .iter()
        .filter(|(dependent, _)| **dependent == id)
        .all(|(_, referenced)| {
            matches!(
                referenced,
                ObjectId::Table { .. }
                    | ObjectId::Column { .. }
                    | ObjectId::Index { .. }
                    | ObjectId::Constraint { .. }
            )
        })
}
