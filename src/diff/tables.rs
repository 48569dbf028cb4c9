//! Tables, their columns, constraints and policies: created, and altered in place column by
//! column (type, default, NOT NULL, identity, generated expression, settings), constraint by
//! constraint and policy by policy, with comments and grants. Pure. Tables whose shape cannot
//! change in place never come here (`recreate`).

use std::collections::{BTreeMap, BTreeSet};

use super::columns::alter_column;
use super::{keyed, Change, Out, Usings};
use crate::model::*;

/// What column changes need to know beyond the two columns.
pub(super) struct ColumnCtx<'a> {
    /// Conversions the target's server has no cast for (see [`Schema::uncastable`]).
    pub(super) uncastable: &'a BTreeSet<(TypeRef, TypeRef)>,
    /// Conversions with a cast, but none PostgreSQL applies in an assignment (see
    /// [`Schema::unassignable`]).
    pub(super) unassignable: &'a BTreeSet<(TypeRef, TypeRef)>,
    pub(super) usings: &'a Usings,
    pub(super) sequences_before: &'a BTreeMap<QualifiedName, Sequence>,
    /// Enum types (and their arrays) of either side.
    pub(super) enum_types: &'a BTreeSet<TypeRef>,
    /// Extensions that move schema, as (old schema, new schema): a column of an extension's
    /// type keeps its type.
    pub(super) extension_moves: &'a [(String, String)],
    /// Both sides' tables (inheritance children of a table whose column goes).
    pub(super) from_tables: &'a BTreeMap<QualifiedName, Table>,
    pub(super) to_tables: &'a BTreeMap<QualifiedName, Table>,
    /// Tables recreated with their rows: their partitions are detached and attached again.
    pub(super) recreated: &'a BTreeSet<QualifiedName>,
    /// Tables with a foreign table below them by inheritance: their columns change type
    /// without `USING` (see [`super::foreign_tables::foreign_heirs_above`]).
    pub(super) foreign_heirs_above: &'a BTreeSet<QualifiedName>,
}

impl ColumnCtx<'_> {
    /// Whether two column types are the same type: equal, or an extension's type seen before
    /// and after the extension moves schema.
    pub(super) fn same_type(&self, a: &TypeRef, b: &TypeRef) -> bool {
        a == b
            || self.extension_moves.iter().any(|(from, to)| {
                a.schema.as_ref() == Some(from)
                    && b.schema.as_ref() == Some(to)
                    && (&a.name, &a.modifiers, a.array_dims)
                        == (&b.name, &b.modifiers, b.array_dims)
            })
    }
}

impl Out {
    /// The settings of a column the plan creates, when they are not the defaults.
    pub(super) fn new_column_settings(&mut self, table: &QualifiedName, c: &Column) {
        self.column_settings(table, &c.name, ColumnSettings::default(), &c.settings);
    }

    /// `to` for the settings of `column` of `table` (a table's or a view's), which has `from`
    /// at that point of the plan, when they differ.
    pub(super) fn column_settings(
        &mut self,
        table: &QualifiedName,
        column: &str,
        from: ColumnSettings,
        to: &ColumnSettings,
    ) {
        if &from != to {
            self.push(Change::SetColumnSettings {
                table: table.clone(),
                column: column.to_string(),
                from,
                to: to.clone(),
            });
        }
    }
}

pub(super) fn diff_tables(
    out: &mut Out,
    from: &BTreeMap<QualifiedName, Table>,
    to: &BTreeMap<QualifiedName, Table>,
    ctx: &ColumnCtx,
    recreated: &BTreeSet<QualifiedName>,
) {
    let (removed, added, both) = keyed(from, to);
    for t in removed {
        // Stubs carry only policies on managed tables: drop the policies, never the table.
        if t.columns.is_empty() && t.owner.is_empty() {
            for p in t.policies.values() {
                out.push(Change::DropPolicy {
                    table: t.name.clone(),
                    policy: p.clone(),
                });
            }
            continue;
        }
        // A partition of a table that foreign keys reference carries their per-partition
        // copies, which PostgreSQL will not drop with it: it is detached first (which checks
        // that no rows reference it) when its parent stays.
        if let Some(p) = &t.partition_of {
            if to.contains_key(&p.parent)
                && super::partition_copies::referenced_with_ancestors(from, &p.parent)
            {
                out.push(Change::DetachPartition {
                    table: t.name.clone(),
                    parent: p.parent.clone(),
                });
            }
        }
        out.push(Change::DropTable(t.clone()));
    }
    for t in added {
        if t.columns.is_empty() && t.owner.is_empty() {
            for p in t.policies.values() {
                out.push(Change::CreatePolicy {
                    table: t.name.clone(),
                    policy: p.clone(),
                });
            }
            continue;
        }
        create_table(out, t, ctx.to_tables);
    }
    for (a, b) in both {
        if !recreated.contains(&a.name) {
            alter_table(out, a, b, ctx);
        }
    }
    super::partition_copies::validate_inherited_checks(out, from, to);
}

/// A new table: CREATE TABLE with its columns, then constraints, RLS, policies, comments and
/// grants as separate steps (so foreign keys can follow every table they reference).
pub(super) fn create_table(out: &mut Out, t: &Table, tables: &BTreeMap<QualifiedName, Table>) {
    out.push(Change::CreateTable(as_created(t, tables)));
    for c in t.columns.iter().filter(|c| !c.inherited) {
        out.new_column_settings(&t.name, c);
    }
    super::inherited_columns::new_inherited_columns(out, t, tables);
    let tid = ObjectId::Table {
        name: t.name.clone(),
    };
    for c in t.constraints.values() {
        // Its copies of its parents' constraints come with them; their comments are its own.
        if !c.inherited {
            out.push(Change::AddConstraint {
                table: t.name.clone(),
                constraint: c.clone(),
            });
        }
        out.comment(
            ObjectId::Constraint {
                table: t.name.clone(),
                name: c.name.clone(),
            },
            None,
            c.comment.as_ref(),
        );
    }
    if t.replica_identity != ReplicaIdentity::Default {
        out.push(Change::SetReplicaIdentity {
            table: t.name.clone(),
            identity: t.replica_identity.clone(),
        });
    }
    if t.rls_enabled {
        out.push(Change::SetRowLevelSecurity {
            table: t.name.clone(),
            enabled: true,
        });
    }
    if t.rls_forced {
        out.push(Change::SetForceRowLevelSecurity {
            table: t.name.clone(),
            forced: true,
        });
    }
    for p in t.policies.values() {
        out.push(Change::CreatePolicy {
            table: t.name.clone(),
            policy: p.clone(),
        });
        out.comment(
            ObjectId::Policy {
                table: t.name.clone(),
                name: p.name.clone(),
            },
            None,
            p.comment.as_ref(),
        );
    }
    for c in &t.columns {
        let cid = ObjectId::Column {
            table: t.name.clone(),
            column: c.name.clone(),
        };
        out.comment(cid.clone(), None, c.comment.as_ref());
        out.grants(cid, &[], &c.privileges, None);
    }
    out.decorate_new(tid, t.comment.as_ref(), &t.privileges);
}

/// `t` as CREATE TABLE writes it: a column of its own that merges with a parent's generated
/// column of the same expression is written without the expression, which it inherits.
/// PostgreSQL 15 and older refuse the expression there ("child column specifies generation
/// expression", CREATE TABLE, INHERITS); newer ones accept either. A different expression
/// (PostgreSQL 16+) stays written.
fn as_created(t: &Table, tables: &BTreeMap<QualifiedName, Table>) -> Table {
    let mut t = t.clone();
    let parents: Vec<&Table> = t.inherits.iter().filter_map(|p| tables.get(p)).collect();
    for c in t.columns.iter_mut().filter(|c| !c.inherited) {
        let from_parent = c.generated.is_some()
            && parents.iter().any(|p| {
                p.columns
                    .iter()
                    .any(|pc| pc.name == c.name && pc.generated == c.generated)
            });
        if from_parent {
            c.generated = None;
        }
    }
    t
}

/// Storage parameters or view options that are the same set (their order is how they were
/// set, not what they mean).
pub(super) fn same_options(a: &[String], b: &[String]) -> bool {
    let sorted = |o: &[String]| {
        let mut v = o.to_vec();
        v.sort();
        v
    };
    sorted(a) == sorted(b)
}

/// The options (`name=value`) to SET and the names to RESET that turn `from` into `to`, in the
/// order `to` lists them: storage parameters of a table, attribute options of a column.
pub fn option_changes(from: &[String], to: &[String]) -> (Vec<String>, Vec<String>) {
    let key = |o: &String| o.split('=').next().unwrap_or_default().to_string();
    let mut reset: Vec<String> = from
        .iter()
        .map(key)
        .filter(|k| !to.iter().any(|o| &key(o) == k))
        .collect();
    let mut set: Vec<String> = to.iter().filter(|o| !from.contains(o)).cloned().collect();
    // PostgreSQL keeps the untouched options in place and appends the ones SET: when that does
    // not give the target's order, everything is reset and set again in order.
    let kept = from.iter().filter(|o| to.contains(o));
    if !kept.chain(&set).eq(to.iter()) {
        reset = from.iter().map(key).collect();
        set = to.to_vec();
    }
    (set, reset)
}

fn alter_table(out: &mut Out, a: &Table, b: &Table, ctx: &ColumnCtx) {
    let Table {
        name,
        columns,
        constraints,
        policies,
        unlogged,
        // A different partitioning, typed-table type or order of parents recreates the table
        // (`recreate`), which never comes here.
        partition_key: _,
        partition_of,
        inherits,
        of_type,
        replica_identity,
        rls_enabled,
        rls_forced,
        options,
        access_method,
        owner: _,
        comment,
        privileges,
    } = b;
    let tid = ObjectId::Table { name: name.clone() };
    // A typed table's columns come and go with its type's attributes (ALTER TYPE ... CASCADE),
    // and take their types from it: only their own options are compared here.
    let typed = a.of_type.is_some() && &a.of_type == of_type;
    if &a.unlogged != unlogged {
        out.push(Change::SetTableLogged {
            table: name.clone(),
            logged: !unlogged,
        });
    }
    if &a.access_method != access_method {
        out.push(Change::SetAccessMethod {
            table: name.clone(),
            method: access_method.clone(),
        });
    }
    if &a.partition_of != partition_of {
        // Bounds cannot be altered: detach and attach again; the rows stay either way.
        if let Some(p) = &a.partition_of {
            out.push(Change::DetachPartition {
                table: name.clone(),
                parent: p.parent.clone(),
            });
        }
        if let Some(p) = partition_of {
            out.push(Change::AttachPartition {
                table: name.clone(),
                parent: p.parent.clone(),
                bound: p.bound.clone(),
            });
        }
    }
    if &a.inherits != inherits {
        // INHERIT appends a parent (a new order of those that stay recreates the table).
        for p in a.inherits.iter().filter(|p| !inherits.contains(p)) {
            out.push(Change::SetInherit {
                table: name.clone(),
                parent: p.clone(),
                inherit: false,
            });
        }
        for p in inherits.iter().filter(|p| !a.inherits.contains(p)) {
            out.push(Change::SetInherit {
                table: name.clone(),
                parent: p.clone(),
                inherit: true,
            });
        }
    }
    if !same_options(&a.options, options) {
        let (set, reset) = option_changes(&a.options, options);
        out.push(Change::SetTableOptions {
            table: name.clone(),
            set,
            reset,
        });
    }
    // Columns, by name.
    for c in a
        .columns
        .iter()
        .filter(|c| !typed && !c.inherited && !columns.iter().any(|n| n.name == c.name))
    {
        drop_column(out, name, c, ctx);
    }
    // Columns it has only from a parent it leaves (NO INHERIT, DETACH) stay behind as its own:
    // those the target lacks are dropped after it leaves (a parent it keeps takes them along
    // with its own drop).
    // A partition detached during the plan (to another bound or parent, or for good), or a
    // table attached by it, takes none of its parent's column changes on the way: it gets
    // them itself (columns it must have to be attached, their NOT NULL and types).
    let relinked = &a.partition_of != partition_of
        || partition_of
            .as_ref()
            .is_some_and(|p| ctx.recreated.contains(&p.parent));
    let kept_parents: Vec<&Table> = a
        .inherits
        .iter()
        .filter(|p| inherits.contains(p))
        .chain(
            a.partition_of
                .as_ref()
                .filter(|_| !relinked)
                .map(|p| &p.parent),
        )
        .filter_map(|p| ctx.from_tables.get(p))
        .collect();
    for c in a.columns.iter().filter(|c| {
        !typed
            && c.inherited
            && !columns.iter().any(|n| n.name == c.name)
            && !kept_parents
                .iter()
                .any(|p| p.columns.iter().any(|x| x.name == c.name))
    }) {
        // Its own copy once it leaves, it passes down to its children like one it declares.
        drop_column(out, name, c, ctx);
    }
    for c in columns
        .iter()
        .filter(|c| !c.inherited || (relinked && partition_of.is_some()))
    {
        let cid = ObjectId::Column {
            table: name.clone(),
            column: c.name.clone(),
        };
        match a.columns.iter().find(|o| o.name == c.name) {
            None if typed => {
                out.new_column_settings(name, c);
                out.comment(cid.clone(), None, c.comment.as_ref());
                out.grants(cid, &[], &c.privileges, None);
                if c.not_null {
                    out.push(Change::SetColumnNotNull {
                        table: name.clone(),
                        column: c.name.clone(),
                        not_null: true,
                    });
                }
                if c.default.is_some() {
                    out.push(Change::SetColumnDefault {
                        table: name.clone(),
                        column: c.name.clone(),
                        default: c.default.clone(),
                    });
                }
            }
            Some(o) if typed => {
                let o = Column {
                    data_type: c.data_type.clone(),
                    collation: c.collation.clone(),
                    ..o.clone()
                };
                alter_column(out, name, &o, c, ctx)
            }
            None => {
                out.push(Change::AddColumn {
                    table: name.clone(),
                    column: c.clone(),
                });
                out.new_column_settings(name, c);
                out.comment(cid.clone(), None, c.comment.as_ref());
                out.grants(cid, &[], &c.privileges, None);
            }
            Some(o) => alter_column(out, name, o, c, ctx),
        }
    }
    if !relinked {
        super::inherited_columns::diff_inherited_columns(out, a, b, ctx);
    }
    // Constraints, by name: any change is drop and add.
    let (removed, added, both) = keyed(&a.constraints, constraints);
    // A table leaving its parent keeps its copies of the parent's constraints as its own:
    // those the target lacks are dropped after it leaves (the planner orders it so).
    // Only where the parent keeps its constraint or is dropped itself (the table leaves it
    // first, or the drop would take the table along): a constraint the parent drops takes the
    // copy along (the planner orders it before the table leaves).
    let left: Vec<&QualifiedName> = a
        .partition_of
        .as_ref()
        .map(|p| &p.parent)
        .filter(|p| partition_of.as_ref().map(|q| &q.parent) != Some(*p))
        .into_iter()
        .chain(a.inherits.iter().filter(|p| !inherits.contains(p)))
        .collect();
    let parent_keeps = |c: &Constraint| {
        left.iter().any(|p| {
            let get = |m: &BTreeMap<QualifiedName, Table>| {
                m.get(*p)
                    .and_then(|t| t.constraints.get(&c.name))
                    .map(|x| Constraint {
                        comment: None,
                        ..x.clone()
                    })
            };
            c.index.is_none()
                && get(ctx.from_tables).is_some()
                && (!ctx.to_tables.contains_key(*p) || get(ctx.from_tables) == get(ctx.to_tables))
        })
    };
    for c in removed
        .into_iter()
        .filter(|c| !c.inherited || parent_keeps(c))
    {
        out.push(Change::DropConstraint {
            table: name.clone(),
            constraint: c.clone(),
        });
    }
    for c in added {
        // A copy of a parent's constraint is made by the parent's (or by attaching the table):
        // only its comment, which is the copy's own, is set once it is there.
        if !c.inherited {
            out.push(Change::AddConstraint {
                table: name.clone(),
                constraint: c.clone(),
            });
        }
        out.comment(
            ObjectId::Constraint {
                table: name.clone(),
                name: c.name.clone(),
            },
            None,
            c.comment.as_ref(),
        );
    }
    for (x, y) in both {
        let cid = ObjectId::Constraint {
            table: name.clone(),
            name: y.name.clone(),
        };
        // A partition's constraint copied from its parent becomes its own when the table is
        // detached (and is adopted when it is attached): not a change of its own. NO INHERIT
        // means something for CHECK constraints only (PostgreSQL sets it on the keys of plain
        // tables and clears it on those of partitions).
        // A key added ONLY to a partitioned table is completed by attaching its partitions'
        // copies (`indexes::key_joins_parent`), not made again.
        let same = |c: &Constraint| Constraint {
            comment: None,
            index: None,
            inherited: false,
            only: false,
            no_inherit: c.no_inherit && c.kind == ConstraintKind::Check,
            ..c.clone()
        };
        // A parent it keeps that has the constraint in the target (one it leaves makes the copy
        // its own by itself).
        let still_inherited = inherits.iter().any(|p| {
            a.inherits.contains(p)
                && ctx
                    .to_tables
                    .get(p)
                    .is_some_and(|t| t.constraints.contains_key(&y.name))
        });
        if x.inherited
            && !y.inherited
            && still_inherited
            && same(x) == same(y)
            && y.kind == ConstraintKind::Check
        {
            // A copy of a parent's CHECK that the target declares as its own too: adding it
            // under the same name merges it with the copy and makes it local (PostgreSQL,
            // "merging constraint with inherited definition"); nothing is dropped.
            out.push(Change::AddConstraint {
                table: name.clone(),
                constraint: y.clone(),
            });
            out.comment(cid, x.comment.as_ref(), y.comment.as_ref());
        } else if y.inherited {
            // The copy's comment is its own; a copy made again (its parent's constraint
            // changed) starts without one.
            let remade = same(x) != same(y);
            out.comment(
                cid,
                x.comment.as_ref().filter(|_| !remade),
                y.comment.as_ref(),
            );
        } else if same(x) != same(y) {
            out.push(Change::DropConstraint {
                table: name.clone(),
                constraint: x.clone(),
            });
            out.push(Change::AddConstraint {
                table: name.clone(),
                constraint: y.clone(),
            });
            out.comment(cid, None, y.comment.as_ref());
        } else {
            out.comment(cid, x.comment.as_ref(), y.comment.as_ref());
        }
    }
    if &a.replica_identity != replica_identity {
        out.push(Change::SetReplicaIdentity {
            table: name.clone(),
            identity: replica_identity.clone(),
        });
    }
    if &a.rls_enabled != rls_enabled {
        out.push(Change::SetRowLevelSecurity {
            table: name.clone(),
            enabled: *rls_enabled,
        });
    }
    if &a.rls_forced != rls_forced {
        out.push(Change::SetForceRowLevelSecurity {
            table: name.clone(),
            forced: *rls_forced,
        });
    }
    let (removed, added, both) = keyed(&a.policies, policies);
    for p in removed {
        out.push(Change::DropPolicy {
            table: name.clone(),
            policy: p.clone(),
        });
    }
    for p in added {
        out.push(Change::CreatePolicy {
            table: name.clone(),
            policy: p.clone(),
        });
        out.comment(
            ObjectId::Policy {
                table: name.clone(),
                name: p.name.clone(),
            },
            None,
            p.comment.as_ref(),
        );
    }
    for (x, y) in both {
        let pid = ObjectId::Policy {
            table: name.clone(),
            name: y.name.clone(),
        };
        let same = |p: &Policy| Policy {
            comment: None,
            ..p.clone()
        };
        if same(x) != same(y) {
            out.push(Change::DropPolicy {
                table: name.clone(),
                policy: x.clone(),
            });
            out.push(Change::CreatePolicy {
                table: name.clone(),
                policy: y.clone(),
            });
            out.comment(pid, None, y.comment.as_ref());
        } else {
            out.comment(pid, x.comment.as_ref(), y.comment.as_ref());
        }
    }
    out.comment(tid.clone(), a.comment.as_ref(), comment.as_ref());
    out.grants(
        tid,
        &a.privileges,
        privileges,
        super::same_owner(&a.owner, &b.owner),
    );
}

/// Drops column `c` of table `name`. Inheritance children that keep the column as their own in
/// the target (children still, or children that leave the table, whose copy NO INHERIT makes
/// their own): the table drops it ONLY (their copies become local, values kept), and the other
/// children drop theirs. The same whether the table declares the column or has it only from a
/// parent it leaves (NO INHERIT makes it the table's own first).
fn drop_column(out: &mut Out, name: &QualifiedName, c: &Column, ctx: &ColumnCtx) {
    let children = |tables: &'_ BTreeMap<QualifiedName, Table>| {
        tables
            .values()
            .filter(|t| t.inherits.contains(name))
            .map(|t| t.name.clone())
            .collect::<Vec<_>>()
    };
    let keeps = |t: &QualifiedName| {
        ctx.to_tables.get(t).is_some_and(|t| {
            // A recreated child is stashed (and detached) before: its rows come back
            // from the stash, whatever the parent does.
            let leaves = !t.inherits.contains(name) && !ctx.recreated.contains(&t.name);
            t.columns
                .iter()
                .any(|x| x.name == c.name && (!x.inherited || leaves))
        })
    };
    let only = children(ctx.to_tables)
        .iter()
        .chain(&children(ctx.from_tables))
        .any(keeps);
    out.push(Change::DropColumn {
        table: name.clone(),
        column: c.clone(),
        only,
    });
    if only {
        for child in children(ctx.from_tables).iter().filter(|t| !keeps(t)) {
            let kept_table = ctx.to_tables.contains_key(child);
            let column = ctx
                .from_tables
                .get(child)
                .and_then(|t| t.columns.iter().find(|x| x.name == c.name));
            if let (true, Some(column)) = (kept_table, column) {
                out.push(Change::DropColumn {
                    table: child.clone(),
                    column: column.clone(),
                    only: false,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn options_are_set_and_reset_in_the_targets_order() {
        // A new key is appended, a dropped one reset, a changed value set again.
        assert_eq!(
            option_changes(&s(&["a=1", "b=2"]), &s(&["a=1", "c=3"])),
            (s(&["c=3"]), s(&["b"]))
        );
        assert_eq!(
            option_changes(&s(&["a=1", "b=2"]), &s(&["a=1", "b=5"])),
            (s(&["b=5"]), s(&[]))
        );
        // Appending cannot give this order: everything is reset and set again.
        assert_eq!(
            option_changes(&s(&["a=1", "b=2"]), &s(&["b=2", "a=1"])),
            (s(&["b=2", "a=1"]), s(&["a", "b"]))
        );
        assert_eq!(option_changes(&s(&["a=1"]), &s(&[])), (s(&[]), s(&["a"])));
    }
}
