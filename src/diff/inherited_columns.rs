//! A partition's or inheritance child's columns that come from its parent: their type comes
//! with the parent's, but a default, NOT NULL, comment and column grants can be the table's
//! own (`PARTITION OF parent (col WITH OPTIONS NOT NULL DEFAULT ...)`). Pure.
//!
//! PostgreSQL passes the parent's `SET DEFAULT`, `SET NOT NULL` and `DROP NOT NULL` down to
//! its children (ALTER TABLE recurses unless ONLY), overwriting what a child had: so a child's
//! own value is set after the parent's change (the planner orders it so), and only when the
//! parent's change does not already leave it as the target has it.
//!
//! A column's settings (statistics target, storage, compression, attribute options) are each
//! table's own: the plan sets them with `ALTER TABLE ONLY`, so a parent's do not reach its
//! children. A parent's type change does (it recurses), and sets the children's storage back
//! to the new type's and forgets their compression, as on the parent; a child created
//! `PARTITION OF` or `INHERITS` copies its parent's storage and compression (not its
//! statistics target or options), once the parent's own are set (the planner orders it so).

use super::tables::ColumnCtx;
use super::{Change, Out};
use crate::model::*;

/// The changes that give `b`'s inherited columns (kept inherited from `a`) the target's own
/// default, NOT NULL, settings, comment and grants.
///
/// What the table's ancestors do reaches it: a `SET DEFAULT`, `SET/DROP NOT NULL` or type change
/// on any ancestor (kept on both sides) recurses down to it, the nearest ancestor's last (the
/// planner orders a child's change after its ancestors'). A parent it gains (INHERIT) or leaves
/// (NO INHERIT) passes nothing down. With several parents passing one column different values,
/// what the table ends with depends on their order: it sets its own value then. Comments and
/// grants are always the table's own.
pub(super) fn diff_inherited_columns(out: &mut Out, a: &Table, b: &Table, ctx: &ColumnCtx) {
    for c in b.columns.iter().filter(|c| c.inherited) {
        let Some(mut o) = column(a, &c.name).filter(|o| o.inherited).cloned() else {
            continue;
        };
        let cid = ObjectId::Column {
            table: b.name.clone(),
            column: c.name.clone(),
        };
        // An ancestor that drops and adds its column again gives the table a new copy, with
        // that ancestor's default, NOT NULL, storage and compression and nothing of its own.
        if let Some(y) = replaced_above(ctx, &b.name, &c.name) {
            o = Column {
                default: y.default.clone(),
                not_null: y.not_null,
                comment: None,
                privileges: Vec::new(),
                settings: ColumnSettings {
                    storage: y.settings.storage.clone(),
                    compression: y.settings.compression.clone(),
                    ..ColumnSettings::default()
                },
                ..o
            };
        }
        let default = passed(ctx, &b.name, &c.name, &DEFAULT).resolve(o.default.clone());
        if default.as_ref() != Some(&c.default) {
            out.push(Change::SetColumnDefault {
                table: b.name.clone(),
                column: c.name.clone(),
                default: c.default.clone(),
            });
        }
        let not_null = passed(ctx, &b.name, &c.name, &NOT_NULL).resolve(o.not_null);
        if not_null != Some(c.not_null) {
            out.push(Change::SetColumnNotNull {
                table: b.name.clone(),
                column: c.name.clone(),
                not_null: c.not_null,
            });
        }
        // A type change of an ancestor's column recurses here, as on the ancestor.
        let retyped = retyped_above(ctx, &b.name, &c.name);
        let settings_before = super::columns::settings_after(&o.settings, retyped);
        out.column_settings(&b.name, &c.name, settings_before, &c.settings);
        out.comment(cid.clone(), o.comment.as_ref(), c.comment.as_ref());
        out.grants(cid, &o.privileges, &c.privileges, None);
    }
}

fn column<'t>(t: &'t Table, name: &str) -> Option<&'t Column> {
    t.columns.iter().find(|c| c.name == name)
}

/// `table`'s parents kept on both sides, each with its column `col` on both sides, as
/// (parent before, parent after, column before, column after).
fn kept_parents<'s>(
    ctx: &ColumnCtx<'s>,
    table: &QualifiedName,
    col: &str,
) -> Vec<(&'s Table, &'s Column, &'s Column)> {
    let parents = |t: &Table| -> Vec<QualifiedName> {
        match &t.partition_of {
            Some(p) => vec![p.parent.clone()],
            None => t.inherits.clone(),
        }
    };
    let (Some(a), Some(b)) = (ctx.from_tables.get(table), ctx.to_tables.get(table)) else {
        return Vec::new();
    };
    let before = parents(a);
    parents(b)
        .iter()
        .filter(|p| before.contains(p))
        .filter_map(|p| {
            let (pa, pb) = (ctx.from_tables.get(p)?, ctx.to_tables.get(p)?);
            Some((pb, column(pa, col)?, column(pb, col)?))
        })
        .collect()
}

/// The column of the nearest ancestor that replaces its column `col` (drops and adds it).
fn replaced_above(ctx: &ColumnCtx, table: &QualifiedName, col: &str) -> Option<Column> {
    kept_parents(ctx, table, col)
        .into_iter()
        .find_map(|(p, x, y)| {
            if super::columns::replaced(&p.name, x, y, ctx) {
                Some(y.clone())
            } else {
                replaced_above(ctx, &p.name, col)
            }
        })
}

/// Whether an ancestor changes the type (or collation) of its column `col`.
fn retyped_above(ctx: &ColumnCtx, table: &QualifiedName, col: &str) -> bool {
    kept_parents(ctx, table, col)
        .into_iter()
        .any(|(p, x, y)| super::columns::retyped(x, y, ctx) || retyped_above(ctx, &p.name, col))
}

/// A column property that ALTER TABLE passes down to inheritance children and partitions: how
/// to read it, and whether the plan's own statements for a column a table declares change it
/// (a default dropped and set again around a type change counts: both statements recurse).
struct Recursing<T> {
    of: fn(&Column) -> T,
    declared_change: fn(&Column, &Column, &ColumnCtx) -> bool,
}

const DEFAULT: Recursing<Option<String>> = Recursing {
    of: |c| c.default.clone(),
    declared_change: |x, y, ctx| {
        x.default != y.default || super::columns::default_around_type(x, y, ctx)
    },
};

const NOT_NULL: Recursing<bool> = Recursing {
    of: |c| c.not_null,
    declared_change: |x, y, _| x.not_null != y.not_null,
};

/// What the plan's statements on a table's ancestors leave on its copy of a column.
enum Passed<T> {
    Nothing,
    Value(T),
    /// Different values from different parents: which one wins depends on their order.
    Unknown,
}

impl<T: PartialEq> Passed<T> {
    fn merge(self, other: Passed<T>) -> Passed<T> {
        match (self, other) {
            (Passed::Nothing, x) | (x, Passed::Nothing) => x,
            (Passed::Value(a), Passed::Value(b)) if a == b => Passed::Value(a),
            _ => Passed::Unknown,
        }
    }

    /// The value the table ends with, given its own before: `None` when it cannot be known.
    fn resolve(self, own: T) -> Option<T> {
        match self {
            Passed::Nothing => Some(own),
            Passed::Value(v) => Some(v),
            Passed::Unknown => None,
        }
    }
}

/// What reaches `table`'s column `col` from its ancestors: from each kept parent, the value that
/// parent sets itself (which recurses), else what reaches that parent from its own ancestors.
fn passed<T: PartialEq>(
    ctx: &ColumnCtx,
    table: &QualifiedName,
    col: &str,
    what: &Recursing<T>,
) -> Passed<T> {
    kept_parents(ctx, table, col)
        .into_iter()
        .map(|(p, x, y)| match emitted(ctx, &p.name, x, y, what) {
            Some(v) => Passed::Value(v),
            None => passed(ctx, &p.name, col, what),
        })
        .fold(Passed::Nothing, Passed::merge)
}

/// The value the plan sets on `table`'s column (`x` before, `y` after) itself, if it does.
fn emitted<T: PartialEq>(
    ctx: &ColumnCtx,
    table: &QualifiedName,
    x: &Column,
    y: &Column,
    what: &Recursing<T>,
) -> Option<T> {
    // A replaced column is added again with its new values, which its children take.
    if super::columns::replaced(table, x, y, ctx) {
        return Some((what.of)(y));
    }
    if !x.inherited || !y.inherited {
        // A column the table declares: its own changes are planned as such.
        return (what.declared_change)(x, y, ctx).then(|| (what.of)(y));
    }
    // A column it has only by inheritance: set when what reaches it is not the target's.
    let reaches = match passed(ctx, table, &y.name, what) {
        Passed::Nothing => (what.of)(x),
        Passed::Value(v) => v,
        Passed::Unknown => return Some((what.of)(y)),
    };
    (reaches != (what.of)(y)).then(|| (what.of)(y))
}

/// The changes that give a new table's inherited columns (it is created `PARTITION OF` or
/// `INHERITS`, taking its parent's default, NOT NULL, storage and compression) the target's
/// own default, NOT NULL and settings where they differ from what the parent passes down. Its comments and grants are set with
/// the table's other columns.
pub(super) fn new_inherited_columns(
    out: &mut Out,
    t: &Table,
    tables: &std::collections::BTreeMap<QualifiedName, Table>,
) {
    let parents: Vec<&Table> = match &t.partition_of {
        Some(p) => tables.get(&p.parent).into_iter().collect(),
        None => t.inherits.iter().filter_map(|p| tables.get(p)).collect(),
    };
    for c in t.columns.iter().filter(|c| c.inherited) {
        let from_parents: Vec<&Column> = parents
            .iter()
            .filter_map(|p| p.columns.iter().find(|x| x.name == c.name))
            .collect();
        let Some(first) = from_parents.first() else {
            continue;
        };
        // PostgreSQL takes a default the parents agree on (they cannot differ for a purely
        // inherited column) and NOT NULL when any parent has it.
        if first.default != c.default {
            // No default of its own under a parent's: `SET DEFAULT NULL`, which PostgreSQL
            // stores as no default at all (a plain NULL makes no pg_attrdef entry). Unlike
            // `DROP DEFAULT`, it is not a drop, so it runs after the table is created.
            out.push(Change::SetColumnDefault {
                table: t.name.clone(),
                column: c.name.clone(),
                default: Some(c.default.clone().unwrap_or_else(|| "NULL".into())),
            });
        }
        // A column of the table's own primary key is NOT NULL through the key.
        let in_key = t.constraints.values().any(|k| {
            k.kind == ConstraintKind::PrimaryKey && !k.inherited && k.columns.contains(&c.name)
        });
        let not_null = from_parents.iter().any(|x| x.not_null) || in_key;
        if not_null != c.not_null {
            out.push(Change::SetColumnNotNull {
                table: t.name.clone(),
                column: c.name.clone(),
                not_null: c.not_null,
            });
        }
        // The storage and compression come from the (first) parent, the rest is the default.
        let created = ColumnSettings {
            storage: first.settings.storage.clone(),
            compression: first.settings.compression.clone(),
            ..ColumnSettings::default()
        };
        out.column_settings(&t.name, &c.name, created, &c.settings);
    }
}
