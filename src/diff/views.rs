//! Views and materialized views: options set in place when only they change, replaced in place
//! when columns are only appended (plain views), recreated otherwise, with comments and grants
//! on them and their columns. Pure.

use std::collections::BTreeMap;

use super::tables::{option_changes, same_options};
use super::{keyed, Change, Out};
use crate::model::*;

/// Builds a view change (drop or create, plain or materialized).
type ViewChange = fn(View) -> Change;

pub(super) fn diff_views(
    out: &mut Out,
    from: &BTreeMap<QualifiedName, View>,
    to: &BTreeMap<QualifiedName, View>,
    materialized: bool,
) {
    let id = |v: &View| {
        if materialized {
            ObjectId::MaterializedView {
                name: v.name.clone(),
            }
        } else {
            ObjectId::View {
                name: v.name.clone(),
            }
        }
    };
    let (drop, create): (ViewChange, ViewChange) = if materialized {
        (Change::DropMaterializedView, Change::CreateMaterializedView)
    } else {
        (Change::DropView, Change::CreateView)
    };
    let (removed, added, both) = keyed(from, to);
    for v in removed {
        out.push(drop(v.clone()));
    }
    for v in added {
        out.push(create(v.clone()));
        decorate_view(out, id(v), v);
    }
    for (a, b) in both {
        let View {
            name: _,
            definition,
            columns,
            options,
            owner: _,
            comment,
            privileges,
        } = b;
        let vid = id(b);
        // The kept columns come first, with their names and types.
        let prefix_kept = a.columns.len() <= columns.len()
            && a.columns
                .iter()
                .zip(columns)
                .all(|(x, y)| x.name == y.name && x.data_type == y.data_type);
        if &a.definition == definition && prefix_kept && a.columns.len() == columns.len() {
            // Only the options differ (storage parameters of a materialized view, a view's
            // security_barrier, security_invoker or check_option): set in place, which keeps a
            // materialized view's rows and indexes and leaves dependent views alone.
            if !same_options(&a.options, options) {
                let (set, reset) = option_changes(&a.options, options);
                out.push(Change::SetTableOptions {
                    table: b.name.clone(),
                    set,
                    reset,
                });
            }
            out.comment(vid.clone(), a.comment.as_ref(), comment.as_ref());
            out.grants(
                vid.clone(),
                &a.privileges,
                privileges,
                super::same_owner(&a.owner, &b.owner),
            );
            decorate_view_columns(out, Some(a), b);
            continue;
        }
        // CREATE OR REPLACE VIEW sets the options given, dropping the others.
        let appended_only = !materialized && prefix_kept;
        if appended_only {
            out.push(Change::ReplaceView(b.clone()));
            out.comment(vid.clone(), a.comment.as_ref(), comment.as_ref());
            out.grants(
                vid.clone(),
                &a.privileges,
                privileges,
                super::same_owner(&a.owner, &b.owner),
            );
            decorate_view_columns(out, Some(a), b);
        } else {
            out.push(drop(a.clone()));
            out.push(create(b.clone()));
            decorate_view(out, vid, b);
        }
    }
}

fn decorate_view(out: &mut Out, vid: ObjectId, v: &View) {
    out.decorate_new(vid.clone(), v.comment.as_ref(), &v.privileges);
    decorate_view_columns(out, None, v);
}

/// What a view (or materialized view) created again needs on its columns: defaults, comments,
/// grants and (materialized views) column settings.
pub fn new_view_columns(v: &View) -> Vec<Change> {
    let mut out = Out {
        changes: Vec::new(),
    };
    decorate_view_columns(&mut out, None, v);
    out.changes
}

fn decorate_view_columns(out: &mut Out, from: Option<&View>, to: &View) {
    for c in &to.columns {
        let old = from.and_then(|f| f.columns.iter().find(|o| o.name == c.name));
        let cid = ObjectId::Column {
            table: to.name.clone(),
            column: c.name.clone(),
        };
        let settings_before = old.map(|o| o.settings.clone()).unwrap_or_default();
        out.column_settings(&to.name, &c.name, settings_before, &c.settings);
        if old.and_then(|o| o.default.as_ref()) != c.default.as_ref() {
            out.push(Change::SetColumnDefault {
                table: to.name.clone(),
                column: c.name.clone(),
                default: c.default.clone(),
            });
        }
        out.comment(
            cid.clone(),
            old.and_then(|o| o.comment.as_ref()),
            c.comment.as_ref(),
        );
        out.grants(
            cid,
            old.map(|o| &o.privileges[..]).unwrap_or(&[]),
            &c.privileges,
            None,
        );
    }
}
