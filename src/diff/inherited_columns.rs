//! A partition's or inheritance child's columns that come from its parent: their type comes
//! with the parent's, but a default, NOT NULL, comment and column grants can be the table's
//! own (`PARTITION OF parent (col WITH OPTIONS NOT NULL DEFAULT ...)`). Pure.
//!
//! PostgreSQL passes the parent's `SET DEFAULT`, `SET NOT NULL` and `DROP NOT NULL` down to
//! its children (ALTER TABLE recurses unless ONLY), overwriting what a child had: so a child's
//! own value is set after the parent's change (the planner orders it so), and only when the
//! parent's change does not already leave it as the target has it.

use super::tables::ColumnCtx;
use super::{Change, Out};
use crate::model::*;

/// The changes that give `b`'s inherited columns (kept from `a`, under the same parent) the
/// target's own default, NOT NULL, comment and grants.
pub(super) fn diff_inherited_columns(out: &mut Out, a: &Table, b: &Table, ctx: &ColumnCtx) {
    // One parent on both sides, the same: the columns' inherited values come from it.
    let parent = |t: &Table| match (&t.partition_of, t.inherits.as_slice()) {
        (Some(p), []) => Some(p.parent.clone()),
        (None, [p]) => Some(p.clone()),
        _ => None,
    };
    let Some(p) = parent(b).filter(|p| parent(a).as_ref() == Some(p)) else {
        return;
    };
    let (Some(pa), Some(pb)) = (ctx.from_tables.get(&p), ctx.to_tables.get(&p)) else {
        return;
    };
    let column = |t: &Table, n: &str| t.columns.iter().find(|c| c.name == n).cloned();
    for c in b.columns.iter().filter(|c| c.inherited) {
        let (Some(o), Some(x), Some(y)) = (
            column(a, &c.name).filter(|o| o.inherited),
            column(pa, &c.name),
            column(pb, &c.name),
        ) else {
            continue;
        };
        let cid = ObjectId::Column {
            table: b.name.clone(),
            column: c.name.clone(),
        };
        // What the parent's own change leaves on this table.
        let default = if x.default != y.default {
            &y.default
        } else {
            &o.default
        };
        if default != &c.default {
            out.push(Change::SetColumnDefault {
                table: b.name.clone(),
                column: c.name.clone(),
                default: c.default.clone(),
            });
        }
        let not_null = if x.not_null != y.not_null {
            y.not_null
        } else {
            o.not_null
        };
        if not_null != c.not_null {
            out.push(Change::SetColumnNotNull {
                table: b.name.clone(),
                column: c.name.clone(),
                not_null: c.not_null,
            });
        }
        out.comment(cid.clone(), o.comment.as_ref(), c.comment.as_ref());
        out.grants(cid, &o.privileges, &c.privileges);
    }
}
/// A new table's columns that it inherits start with its parent's default and NOT NULL (CREATE
/// TABLE copies them); its own differ (`PARTITION OF parent (col WITH OPTIONS NOT NULL)`): set
/// after it is created (a column of its own primary key needs no NOT NULL).
pub(super) fn new_table_inherited_columns(
    out: &mut Out,
    t: &Table,
    tables: &std::collections::BTreeMap<QualifiedName, Table>,
) {
    let in_key = |n: &str| {
        t.constraints.values().any(|k| {
            k.kind == ConstraintKind::PrimaryKey && !k.inherited && k.columns.iter().any(|x| x == n)
        })
    };
    let parents: Vec<&Table> = t
        .partition_of
        .as_ref()
        .map(|p| &p.parent)
        .into_iter()
        .chain(&t.inherits)
        .filter_map(|p| tables.get(p))
        .collect();
    for c in t.columns.iter().filter(|c| c.inherited) {
        let Some(pc) = parents
            .iter()
            .find_map(|p| p.columns.iter().find(|x| x.name == c.name))
        else {
            continue;
        };
        if c.not_null && !pc.not_null && !in_key(&c.name) {
            out.push(Change::SetColumnNotNull {
                table: t.name.clone(),
                column: c.name.clone(),
                not_null: true,
            });
        }
        if c.default != pc.default {
            out.push(Change::SetColumnDefault {
                table: t.name.clone(),
                column: c.name.clone(),
                default: c.default.clone(),
            });
        }
    }
}
