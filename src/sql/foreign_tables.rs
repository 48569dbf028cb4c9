//! Foreign tables: CREATE FOREIGN TABLE and the ALTER statements of their in-place changes
//! (columns, defaults, NOT NULL, column settings, partitions, inheritance). Pure.
//!
//! A partition is written as pg_dump writes it: the table with all its columns, then `ALTER
//! TABLE parent ATTACH PARTITION` (a step of its own). A child of `INHERITS` parents lists only
//! its own columns; what its inherited ones have of their own is set after (see
//! `diff::foreign_tables::create_actions`).

use super::writer::{ident, qualified, type_ref};
use crate::model::*;

/// `CREATE FOREIGN TABLE`.
pub(super) fn create(id: &ObjectId, t: &ForeignTable) -> String {
    let columns: Vec<String> = t
        .columns
        .iter()
        .filter(|c| !c.inherited)
        .map(|c| column(id, c))
        .collect();
    let inherits = if t.inherits.is_empty() {
        String::new()
    } else {
        let parents: Vec<String> = t.inherits.iter().map(qualified).collect();
        format!(" INHERITS ({})", parents.join(", "))
    };
    format!(
        "CREATE FOREIGN TABLE {} (\n    {}\n){inherits} SERVER {}{}",
        qualified(&t.name),
        columns.join(",\n    "),
        ident(&t.server),
        super::objects::options_clause(id, &t.options)
    )
}

/// A foreign table's column as CREATE FOREIGN TABLE and ADD COLUMN write it.
pub(super) fn column(table: &ObjectId, c: &ForeignColumn) -> String {
    let mut s = format!("{} {}", ident(&c.name), type_ref(&c.data_type));
    s.push_str(&super::objects::options_clause(table, &c.options));
    if let Some(coll) = &c.collation {
        s.push_str(&format!(" COLLATE {}", qualified(coll)));
    }
    if c.not_null {
        s.push_str(" NOT NULL");
    }
    if let Some(d) = &c.default {
        s.push_str(&format!(" DEFAULT {d}"));
    }
    if let Some(g) = &c.generated {
        s.push_str(&format!(" GENERATED ALWAYS AS ({g}) STORED"));
    }
    s
}

fn name(id: &ObjectId) -> Option<&QualifiedName> {
    match id {
        ObjectId::ForeignTable { name } => Some(name),
        _ => None,
    }
}

/// ONLY: a foreign table may itself have children, which keep their own settings.
fn alter_column(id: &ObjectId, column: &str, what: &str) -> String {
    format!(
        "ALTER FOREIGN TABLE ONLY {} ALTER COLUMN {} {what}",
        name(id).map(qualified).unwrap_or_else(|| id.to_string()),
        ident(column)
    )
}

pub(super) fn set_default(id: &ObjectId, column: &str, default: Option<&str>) -> String {
    match default {
        Some(d) => alter_column(id, column, &format!("SET DEFAULT {d}")),
        None => alter_column(id, column, "DROP DEFAULT"),
    }
}

pub(super) fn set_not_null(id: &ObjectId, column: &str, not_null: bool) -> String {
    alter_column(
        id,
        column,
        if not_null {
            "SET NOT NULL"
        } else {
            "DROP NOT NULL"
        },
    )
}

pub(super) fn set_settings(
    id: &ObjectId,
    column: &str,
    from: &ColumnSettings,
    to: &ColumnSettings,
) -> String {
    match name(id) {
        Some(n) => super::columns::set_column_settings(n, column, from, to),
        None => format!("-- cannot set column settings of {id}"),
    }
}

pub(super) fn attach(id: &ObjectId, p: &PartitionOf) -> String {
    format!(
        "ALTER TABLE {} ATTACH PARTITION {} {}",
        qualified(&p.parent),
        name(id).map(qualified).unwrap_or_else(|| id.to_string()),
        p.bound
    )
}

pub(super) fn detach(id: &ObjectId, parent: &QualifiedName) -> String {
    format!(
        "ALTER TABLE {} DETACH PARTITION {}",
        qualified(parent),
        name(id).map(qualified).unwrap_or_else(|| id.to_string())
    )
}

pub(super) fn inherit(id: &ObjectId, parent: &QualifiedName, inherit: bool) -> String {
    format!(
        "ALTER FOREIGN TABLE {} {}INHERIT {}",
        name(id).map(qualified).unwrap_or_else(|| id.to_string()),
        if inherit { "" } else { "NO " },
        qualified(parent)
    )
}
