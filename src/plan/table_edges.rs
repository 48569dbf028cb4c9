//! Ordering edges between steps on different tables that PostgreSQL ties together without a
//! recorded dependency. Pure.
//!
//! - A child's own default or NOT NULL on a column it inherits is set after the parent's
//!   change of that column: ALTER TABLE on the parent recurses and would overwrite it.
//! - `SET LOGGED` and `SET UNLOGGED` follow foreign keys: a logged table cannot reference an
//!   unlogged one, so a referenced table becomes logged before the tables referencing it, and
//!   becomes unlogged after them.
//! - A view's column default is set once the view is created (or replaced).

use crate::diff::Change;
use crate::model::*;

/// (before, after) pairs of step indexes.
pub(super) fn table_edges(from: &Schema, to: &Schema, changes: &[Change]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let parents = |t: &QualifiedName| -> Vec<QualifiedName> {
        to.tables
            .get(t)
            .map(|t| {
                t.inherits
                    .iter()
                    .chain(t.partition_of.as_ref().map(|p| &p.parent))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    };
    for (i, c) in changes.iter().enumerate() {
        let (Change::SetColumnDefault { table, column, .. }
        | Change::SetColumnNotNull { table, column, .. }) = c
        else {
            continue;
        };
        for p in parents(table) {
            let parent_column = ObjectId::Column {
                table: p,
                column: column.clone(),
            };
            for (j, d) in changes.iter().enumerate() {
                if j != i && d.target() == parent_column {
                    out.push((j, i));
                }
            }
        }
    }
    for (i, c) in changes.iter().enumerate() {
        let Change::SetColumnDefault { table, .. } = c else {
            continue;
        };
        for (j, d) in changes.iter().enumerate() {
            if let Change::CreateView(v)
            | Change::ReplaceView(v)
            | Change::CreateMaterializedView(v) = d
            {
                if &v.name == table {
                    out.push((j, i));
                }
            }
        }
    }
    let logged: Vec<(usize, &QualifiedName, bool)> = changes
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match c {
            Change::SetTableLogged { table, logged } => Some((i, table, *logged)),
            _ => None,
        })
        .collect();
    for &(i, referencing, _) in &logged {
        for s in [from, to] {
            let Some(t) = s.tables.get(referencing) else {
                continue;
            };
            for fk in t
                .constraints
                .values()
                .filter_map(|c| c.foreign_key.as_ref())
            {
                for &(j, referenced, now_logged) in &logged {
                    if i == j || referenced != &fk.references {
                        continue;
                    }
                    let edge = if now_logged { (j, i) } else { (i, j) };
                    if !out.contains(&edge) {
                        out.push(edge);
                    }
                }
            }
        }
    }
    out
}
