//! Ordering edges between steps on different tables that PostgreSQL ties together without a
//! recorded dependency. Pure.
//!
//! - A child's own default or NOT NULL on a column it inherits is set after the parent's
//!   change of that column: ALTER TABLE on the parent recurses and would overwrite it.
//! - `SET LOGGED` and `SET UNLOGGED` follow foreign keys: a logged table cannot reference an
//!   unlogged one, so a referenced table becomes logged before the tables referencing it, and
//!   becomes unlogged after them.
//! - A view's column default is set once the view is created (or replaced).
//! - A table-level `REVOKE` runs before the column-level `GRANT`s of the same privilege to the
//!   same role on that table: revoking a privilege on a table also revokes it on each of its
//!   columns (PostgreSQL docs, REVOKE).
//! - A partition detached before it is dropped is detached first.
//! - A partition's own index (one not attached to a parent index) is created before the keys
//!   its ancestors get: PostgreSQL builds a partition's share of a parent's key under a name it
//!   picks (`<partition>_<columns>_key`, the next free one), so the partition's own index
//!   created after it would find its name taken.

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
    for (i, c) in changes.iter().enumerate() {
        let Change::Revoke {
            target:
                ObjectId::Table { name } | ObjectId::View { name } | ObjectId::MaterializedView { name },
            grant,
        } = c
        else {
            continue;
        };
        for (j, d) in changes.iter().enumerate() {
            if let Change::Grant {
                target: ObjectId::Column { table, .. },
                grant: g,
            } = d
            {
                if table == name && g.grantee == grant.grantee && g.privilege == grant.privilege {
                    out.push((i, j));
                }
            }
        }
    }
    // A partition detached before it is dropped: the detach first.
    for (i, c) in changes.iter().enumerate() {
        let Change::DetachPartition { table, .. } = c else {
            continue;
        };
        for (j, d) in changes.iter().enumerate() {
            if matches!(d, Change::DropTable(t) if &t.name == table) {
                out.push((i, j));
            }
        }
    }
    for (i, c) in changes.iter().enumerate() {
        let Change::CreateIndex(own) = c else {
            continue;
        };
        if own.parent.is_some() {
            continue;
        }
        let ancestors = partition_ancestors(to, &own.table);
        for (j, d) in changes.iter().enumerate() {
            // (A new index on a partitioned table is created ON ONLY it, which builds nothing.)
            let Change::AddConstraint {
                table: on,
                constraint,
            } = d
            else {
                continue;
            };
            if constraint.index.is_none() {
                continue;
            }
            if ancestors.contains(on) {
                out.push((i, j));
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

/// The tables `table` is a partition of, at every level, in the target.
fn partition_ancestors(to: &Schema, table: &QualifiedName) -> Vec<QualifiedName> {
    let mut out = Vec::new();
    let mut at = table;
    while let Some(p) = to.tables.get(at).and_then(|t| t.partition_of.as_ref()) {
        if out.contains(&p.parent) {
            break;
        }
        out.push(p.parent.clone());
        at = &p.parent;
    }
    out
}
