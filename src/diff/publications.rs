//! Publications: created, dropped, or altered in place (`ALTER PUBLICATION ... ADD | DROP |
//! SET`). Pure.
//!
//! A publication is recreated only when it turns into (or stops being) `FOR ALL TABLES`, which
//! ALTER cannot change. Anything else is altered: dropping and creating a publication that
//! subscribers use breaks their replication (their walsender decodes older WAL, where the new
//! publication does not exist yet), so its tables, schemas and options change in place.

use std::collections::{BTreeMap, BTreeSet};

use super::{Change, ObjectAction, Out};
use crate::model::*;

/// `to`'s publications against `from`'s. Runs after the tables' changes: a table the plan drops
/// (or stashes to recreate) leaves its publications with it, so it is not dropped from them,
/// and one it makes again is added again (a stashed table of a publication that does not
/// change is added back by the step that copies its rows).
pub(super) fn diff_publications(out: &mut Out, from: &Schema, to: &Schema) {
    let gone = |stashed: bool| -> BTreeSet<QualifiedName> {
        out.changes
            .iter()
            .filter_map(|c| match c {
                Change::DropTable(t) => Some(t.name.clone()),
                Change::StashTable { table: t, .. } if stashed => Some(t.name.clone()),
                _ => None,
            })
            .collect()
    };
    let (dropped, gone) = (gone(false), gone(true));
    let retyped = retyped_columns(out);
    let (removed, added, both) = super::keyed(&from.publications, &to.publications);
    for p in removed {
        out.push(Change::DropPublication(p.clone()));
    }
    for p in added {
        created(out, p);
    }
    for (a, b) in both {
        if a.all_tables != b.all_tables {
            out.push(Change::DropPublication(a.clone()));
            created(out, b);
            continue;
        }
        altered(
            out,
            a,
            b,
            to,
            if a == b { &dropped } else { &gone },
            &retyped,
        );
    }
}

/// The columns whose type the plan changes in place, by table.
fn retyped_columns(out: &Out) -> BTreeMap<QualifiedName, BTreeSet<String>> {
    let mut by_table: BTreeMap<QualifiedName, BTreeSet<String>> = BTreeMap::new();
    for c in &out.changes {
        if let Change::AlterColumnType { table, column, .. } = c {
            by_table
                .entry(table.clone())
                .or_default()
                .insert(column.clone());
        }
    }
    by_table
}

/// Whether a publication's entry for a table pins a column the plan retypes. PostgreSQL refuses
/// to change the type of a column that a publication's column list or row filter names ("cannot
/// alter type of a column used by a publication WHERE clause"), so such an entry leaves the
/// publication before and comes back after. A row filter is not parsed here: any filter on a
/// table with a retyped column counts (restating an entry that did not need it is harmless).
fn pins_retyped(t: &PublicationTable, retyped: &BTreeMap<QualifiedName, BTreeSet<String>>) -> bool {
    let Some(columns) = retyped.get(&t.table) else {
        return false;
    };
    t.row_filter.is_some()
        || t.columns
            .as_ref()
            .is_some_and(|list| list.iter().any(|c| columns.contains(c)))
}

fn created(out: &mut Out, p: &Publication) {
    out.push(Change::CreatePublication(p.clone()));
    out.decorate_new(id(p), p.comment.as_ref(), &[]);
}

fn id(p: &Publication) -> ObjectId {
    ObjectId::Publication {
        name: p.name.clone(),
    }
}

fn altered(
    out: &mut Out,
    a: &Publication,
    b: &Publication,
    to: &Schema,
    gone: &BTreeSet<QualifiedName>,
    retyped: &BTreeMap<QualifiedName, BTreeSet<String>>,
) {
    let Publication {
        name: _,
        all_tables: _,
        insert,
        update,
        delete,
        truncate,
        via_root,
        tables,
        schemas,
        owner: _,
        comment,
    } = b;
    let by_table = |p: &'_ Publication| -> BTreeMap<QualifiedName, PublicationTable> {
        p.tables
            .iter()
            .map(|t| (t.table.clone(), t.clone()))
            .collect()
    };
    let (before, after) = (by_table(a), by_table(b));
    // Out of the publication: tables that stay but leave it, or whose column list or row filter
    // changes (PostgreSQL 15 changes those only through SET, which restates every table).
    let (mut leaving, mut restated) = (Vec::new(), Vec::new());
    for (name, t) in &before {
        if gone.contains(name) || !to.tables.contains_key(name) {
            continue;
        }
        match after.get(name) {
            None => leaving.push(name.clone()),
            Some(n) if n != t || pins_retyped(t, retyped) => restated.push(name.clone()),
            Some(_) => {}
        }
    }
    let add_tables: Vec<PublicationTable> = tables
        .iter()
        .filter(|t| {
            gone.contains(&t.table)
                || before.get(&t.table) != Some(*t)
                || (pins_retyped(t, retyped) && before.contains_key(&t.table))
        })
        .cloned()
        .collect();
    let drop_schemas: Vec<String> = a
        .schemas
        .iter()
        .filter(|s| !schemas.contains(s) && to.schemas.contains_key(*s))
        .cloned()
        .collect();
    let add_schemas: Vec<String> = schemas
        .iter()
        .filter(|s| !a.schemas.contains(s))
        .cloned()
        .collect();
    for (tables, schemas, leaving) in [(leaving, drop_schemas, true), (restated, vec![], false)] {
        if !tables.is_empty() || !schemas.is_empty() {
            out.push(Change::AlterObject {
                id: id(b),
                action: ObjectAction::DropFromPublication {
                    tables,
                    schemas,
                    leaving,
                },
            });
        }
    }
    if (a.insert, a.update, a.delete, a.truncate, a.via_root)
        != (*insert, *update, *delete, *truncate, *via_root)
    {
        out.push(Change::AlterObject {
            id: id(b),
            action: ObjectAction::SetPublicationOptions(Box::new(b.clone())),
        });
    }
    if !add_tables.is_empty() || !add_schemas.is_empty() {
        out.push(Change::AlterObject {
            id: id(b),
            action: ObjectAction::AddToPublication {
                tables: add_tables,
                schemas: add_schemas,
            },
        });
    }
    out.comment(id(b), a.comment.as_ref(), comment.as_ref());
}
