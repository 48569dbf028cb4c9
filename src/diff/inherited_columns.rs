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
/// What the table's parents do reaches it: a default, NOT NULL or type that a parent kept on
/// both sides changes on that parent is passed down first. A parent it gains (INHERIT) or
/// leaves (NO INHERIT) passes nothing down. With several parents changing one column
/// differently, what the table ends with depends on their order: it sets its own value then.
/// Comments and grants are always the table's own.
pub(super) fn diff_inherited_columns(out: &mut Out, a: &Table, b: &Table, ctx: &ColumnCtx) {
    let parents = |t: &Table| -> Vec<QualifiedName> {
        match &t.partition_of {
            Some(p) => vec![p.parent.clone()],
            None => t.inherits.clone(),
        }
    };
    let before = parents(a);
    // The parents kept on both sides, as (before, after).
    let kept: Vec<(&Table, &Table)> = parents(b)
        .iter()
        .filter(|p| before.contains(p))
        .filter_map(|p| Some((ctx.from_tables.get(p)?, ctx.to_tables.get(p)?)))
        .collect();
    let column = |t: &Table, n: &str| t.columns.iter().find(|c| c.name == n).cloned();
    for c in b.columns.iter().filter(|c| c.inherited) {
        let Some(mut o) = column(a, &c.name).filter(|o| o.inherited) else {
            continue;
        };
        let cid = ObjectId::Column {
            table: b.name.clone(),
            column: c.name.clone(),
        };
        // The column on each kept parent that has it on both sides, as (before, after).
        let from_parents: Vec<(Column, Column)> = kept
            .iter()
            .filter_map(|(pa, pb)| Some((column(pa, &c.name)?, column(pb, &c.name)?)))
            .collect();
        // A parent that drops and adds its column again gives the table a new copy, with the
        // parent's default, NOT NULL, storage and compression and nothing of its own.
        let replaced = kept.iter().find_map(|(pa, pb)| {
            let (x, y) = (column(pa, &c.name)?, column(pb, &c.name)?);
            super::columns::replaced(&pb.name, &x, &y, ctx).then_some(y)
        });
        if let Some(y) = &replaced {
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
        let from_parents: Vec<(Column, Column)> = if replaced.is_some() {
            Vec::new()
        } else {
            from_parents
        };
        // What the parents' own changes leave on this table: `None` when they disagree.
        fn passed<T: Clone + PartialEq>(own: &T, changed: Vec<&T>) -> Option<T> {
            match changed.split_first() {
                None => Some(own.clone()),
                Some((first, rest)) => rest.iter().all(|x| x == first).then(|| (*first).clone()),
            }
        }
        let default = passed(
            &o.default,
            from_parents
                .iter()
                .filter(|(x, y)| {
                    // A default dropped and set again around a type change recurses too.
                    x.default != y.default || super::columns::default_around_type(x, y, ctx)
                })
                .map(|(_, y)| &y.default)
                .collect(),
        );
        if default.as_ref() != Some(&c.default) {
            out.push(Change::SetColumnDefault {
                table: b.name.clone(),
                column: c.name.clone(),
                default: c.default.clone(),
            });
        }
        let not_null = passed(
            &o.not_null,
            from_parents
                .iter()
                .filter(|(x, y)| x.not_null != y.not_null)
                .map(|(_, y)| &y.not_null)
                .collect(),
        );
        if not_null != Some(c.not_null) {
            out.push(Change::SetColumnNotNull {
                table: b.name.clone(),
                column: c.name.clone(),
                not_null: c.not_null,
            });
        }
        // A type change of a parent's column recurses here, as on the parent.
        let retyped = from_parents
            .iter()
            .any(|(x, y)| !ctx.same_type(&x.data_type, &y.data_type) || x.collation != y.collation);
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
