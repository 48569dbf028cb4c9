//! Publications: CREATE and DROP, and the `TABLE name (columns) WHERE (filter)` items they list.

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
        "CREATE PUBLICATION {}{what} WITH (publish = {}, publish_via_partition_root = {})",
        ident(&p.name),
        literal(&publish.join(", ")),
        p.via_root
    )
}

pub(super) fn drop_publication(p: &Publication, if_exists: &str) -> String {
    format!("DROP PUBLICATION {if_exists}{}", ident(&p.name))
}
