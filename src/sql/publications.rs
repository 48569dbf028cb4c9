//! Publications: CREATE, DROP and ALTER (tables and schemas added or dropped, options set), and
//! the `TABLE name (columns) WHERE (filter)` items they list.

use super::writer::{ident, idents, literal, qualified};
use crate::model::*;

/// `TABLE name [(columns)] [WHERE (filter)]` of a publication.
pub(super) fn publication_table(t: &PublicationTable) -> String {
    let cols = t
        .columns
        .as_ref()
        .map(|c| format!(" ({})", idents(c)))
        .unwrap_or_default();
    let filter = t
        .row_filter
        .as_ref()
        .map(|f| format!(" WHERE ({f})"))
        .unwrap_or_default();
    format!("TABLE {}{cols}{filter}", qualified(&t.table))
}

/// `publish = '...', publish_via_partition_root = ...` as `p` has them.
fn options(p: &Publication) -> String {
    let publish: Vec<&str> = [
        (p.insert, "insert"),
        (p.update, "update"),
        (p.delete, "delete"),
        (p.truncate, "truncate"),
    ]
    .into_iter()
    .filter_map(|(on, n)| on.then_some(n))
    .collect();
    format!(
        "publish = {}, publish_via_partition_root = {}",
        literal(&publish.join(", ")),
        p.via_root
    )
}

/// `ALTER PUBLICATION name ADD | DROP TABLE ..., TABLES IN SCHEMA ...`.
pub(super) fn alter_items(name: &str, verb: &str, tables: &[String], schemas: &[String]) -> String {
    let items: Vec<String> = tables
        .iter()
        .cloned()
        .chain(
            schemas
                .iter()
                .map(|s| format!("TABLES IN SCHEMA {}", ident(s))),
        )
        .collect();
    format!(
        "ALTER PUBLICATION {} {verb} {}",
        ident(name),
        items.join(", ")
    )
}

/// `ALTER PUBLICATION name SET (...)`: every option as `p` has it.
pub(super) fn set_options(name: &str, p: &Publication) -> String {
    format!("ALTER PUBLICATION {} SET ({})", ident(name), options(p))
}

pub(super) fn create_publication(p: &Publication) -> String {
    let mut targets = Vec::new();
    for t in &p.tables {
        targets.push(publication_table(t));
    }
    for sch in &p.schemas {
        targets.push(format!("TABLES IN SCHEMA {}", ident(sch)));
    }
    let what = if p.all_tables {
        " FOR ALL TABLES".to_string()
    } else if targets.is_empty() {
        String::new()
    } else {
        format!(" FOR {}", targets.join(", "))
    };
    format!(
        "CREATE PUBLICATION {}{what} WITH ({})",
        ident(&p.name),
        options(p)
    )
}

pub(super) fn drop_publication(p: &Publication, if_exists: &str) -> String {
    format!("DROP PUBLICATION {if_exists}{}", ident(&p.name))
}
