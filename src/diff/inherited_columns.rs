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

/// The changes that give `b`'s inherited columns (kept from `a`, under the same parent) the
/// target's own default, NOT NULL, settings, comment and grants.
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
        // A type change of the parent's column recurses here, as on the parent.
        let retyped = !ctx.same_type(&x.data_type, &y.data_type) || x.collation != y.collation;
        let settings_before = super::columns::settings_after(&o.settings, retyped);
        out.column_settings(&b.name, &c.name, settings_before, &c.settings);
        out.comment(cid.clone(), o.comment.as_ref(), c.comment.as_ref());
        out.grants(cid, &o.privileges, &c.privileges, None);
    }
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
