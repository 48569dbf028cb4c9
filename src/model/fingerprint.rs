//! The schema fingerprint: one short, versioned hash that names a schema as `diff` sees it, so a
//! generated migration can say which schema it was written for (`-- from: ... (schema v3:...)`)
//! and `apply` can check the target still is that schema before running it.
//!
//! Formula (version 3): the model's JSON, normalised, then SHA-256, the first 32 hex digits,
//! written `v3:<hex>`. The normalisation keeps exactly what the diff compares:
//! - facts of the server or of the reading, not of the schema, are left out: `server_version`,
//!   the role the schema was read as (`reader`), the probed
//!   `uncastable` conversions, the `unmodelled` objects (never compared), the `dependencies`
//!   (they follow from the definitions), and an extension's `update_targets`, `member_types`
//!   and `relocatable`, a column's `rewrites_on_add`;
//! - owners are left out unless owners are compared (`[diff] owners`, `--owners`);
//! - a constraint's backing index name, NO INHERIT on anything but a check, and the validation
//!   and name of a constraint PostgreSQL derives from another (a partition's copy of its
//!   parent's, a foreign key's copy per partition of the table it references, named by the
//!   server: `_fkey1`, `_fkey2` in the order the partitions came) are left out (the diff ignores
//!   them; version 2 kept the name, so the same schema built in another order differed);
//! - sets whose order is the order things were created in are sorted: a table's and a foreign
//!   table's columns (by name: the diff matches columns by name, and a column added later sits
//!   last), grants, default privileges, and storage parameters of tables and views.
//!
//! OIDs never reach the model (objects are keyed by name), and every map is ordered by key, so
//! the same schema built in any order, on any minor version, gives the same fingerprint. Pure.

use serde_json::Value;

use super::Schema;

/// The version tag of the formula above; a file whose fingerprint carries another is not
/// compared (see [`Found`]).
pub const VERSION: &str = "v3";

/// Top-level fields of [`Schema`] that describe the server or follow from others.
const SERVER_FACTS: &[&str] = &[
    "server_version",
    "uncastable",
    "unassignable",
    "unmodelled",
    "dependencies",
    "reader",
];

/// Fields of any object that describe the server or follow from others.
const DERIVED: &[&str] = &[
    "update_targets",
    "member_types",
    "relocatable",
    "rewrites_on_add",
];

/// `v3:<32 hex>` of `schema`; `owners`: whether owners count (as the diff's option).
pub fn fingerprint(schema: &Schema, owners: bool) -> String {
    let mut v = serde_json::to_value(schema).unwrap_or(Value::Null);
    normalise(&mut v, owners);
    // serde_json's map keeps keys sorted, so this text is canonical.
    let text = v.to_string();
    let hex = crate::migrations::checksum::checksum(text.as_bytes());
    format!("{VERSION}:{}", &hex[..32])
}

fn normalise(v: &mut Value, owners: bool) {
    if let Value::Object(top) = v {
        for k in SERVER_FACTS {
            top.remove(*k);
        }
        for key in ["tables", "views", "materialized_views"] {
            if let Some(Value::Array(items)) = top.get_mut(key) {
                for item in items {
                    if let Some(Value::Array(options)) = item.get_mut("options") {
                        sort(options);
                    }
                }
            }
        }
        if let Some(Value::Array(tables)) = top.get_mut("tables") {
            for t in tables {
                sort_columns(t);
            }
        }
        // A foreign table's columns too: the diff matches them by name, and a column added
        // later sits last.
        if let Some(Value::Array(objects)) = top.get_mut("objects") {
            for o in objects {
                let spec = &mut o["spec"];
                if spec["kind"] == "foreign_table" {
                    sort_columns(spec);
                }
            }
        }
        if let Some(Value::Array(d)) = top.get_mut("default_privileges") {
            sort(d);
        }
        if let Some(Value::Array(indexes)) = top.get_mut("indexes") {
            indexes.iter_mut().for_each(index_definition);
        }
    }
    walk(v, owners);
    // Derived constraints lost their names above: the list is ordered by content instead.
    if let Some(Value::Array(tables)) = v.get_mut("tables") {
        for t in tables {
            if let Some(Value::Array(constraints)) = t.get_mut("constraints") {
                sort(constraints);
            }
        }
    }
}

/// Orders a table's (or foreign table's) `columns` by name.
fn sort_columns(table: &mut Value) {
    if let Some(Value::Array(columns)) = table.get_mut("columns") {
        columns.sort_by(|a, b| a["name"].to_string().cmp(&b["name"].to_string()));
    }
}

/// An index as version 3 hashed it: its whole `definition` (`CREATE [UNIQUE] INDEX name body`,
/// as the catalog prints it), not its `body` (the model keeps the name and uniqueness apart
/// since; the fingerprints of existing files stay the same).
fn index_definition(index: &mut Value) {
    let Ok(i) = serde_json::from_value::<super::Index>(index.clone()) else {
        return;
    };
    if let Value::Object(map) = index {
        map.remove("body");
        map.insert(
            "definition".into(),
            Value::String(crate::sql::render::render(
                &crate::diff::Change::CreateIndex(i),
            )),
        );
    }
}

/// Drops derived fields (and owners unless they count) and sorts grant lists, at every depth.
fn walk(v: &mut Value, owners: bool) {
    match v {
        Value::Object(map) => {
            for k in DERIVED {
                map.remove(*k);
            }
            if !owners {
                map.remove("owner");
            }
            if map.contains_key("validated") && map.contains_key("kind") {
                constraint(map);
            }
            for key in ["privileges", "grants"] {
                if let Some(Value::Array(list)) = map.get_mut(key) {
                    sort(list);
                }
            }
            for (_, child) in map.iter_mut() {
                walk(child, owners);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| walk(i, owners)),
        _ => {}
    }
}

/// A table constraint as the diff compares it: its backing index's name is not compared, NO
/// INHERIT counts for checks only (PostgreSQL sets it on the keys of plain tables and clears it
/// on those of partitions), and a constraint copied from a parent is not compared beyond being
/// there (PostgreSQL leaves a partition's copy of a foreign key NOT VALID after the parent's is
/// validated).
fn constraint(map: &mut serde_json::Map<String, Value>) {
    map.remove("index");
    if map.get("kind").and_then(Value::as_str) != Some("check") {
        map.remove("no_inherit");
    }
    if map.get("inherited").and_then(Value::as_bool) == Some(true) {
        map.remove("validated");
        map.remove("name");
        if let Some(Value::String(d)) = map.get_mut("definition") {
            if let Some(valid) = d.strip_suffix(" NOT VALID") {
                *d = valid.to_string();
            }
        }
    }
}

fn sort(items: &mut [Value]) {
    items.sort_by_cached_key(|i| i.to_string());
}

/// The schema fingerprint a migration file's header gives for the schema it was written for
/// (its `-- from:` line), as `generate` writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// `(schema v3:<hex>)`: comparable with [`fingerprint`].
    Current(String),
    /// `(schema <hex>)` or `(schema v2:<hex>)` from an older pgshift: another formula, not
    /// comparable.
    Legacy(String),
}

/// The `-- from:` fingerprint of a migration's text (its leading comment lines only).
pub fn from_header(text: &str) -> Option<Found> {
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let Some(comment) = line.strip_prefix("--") else {
            // The header ends at the first statement.
            return None;
        };
        let Some(rest) = comment.trim_start().strip_prefix("from:") else {
            continue;
        };
        let open = rest.rfind("(schema ")?;
        let inner = rest[open + "(schema ".len()..].trim_end();
        let inner = inner.strip_suffix(')')?.trim();
        let hex = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_hexdigit());
        return match inner.split_once(':') {
            Some((VERSION, h)) if hex(h) => Some(Found::Current(inner.to_string())),
            // Another version's formula (or none: the first one): not comparable.
            Some((_, h)) if hex(h) => Some(Found::Legacy(inner.to_string())),
            None if hex(inner) => Some(Found::Legacy(inner.to_string())),
            _ => None,
        };
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Column, ColumnSettings, QualifiedName, Table};

    fn column(name: &str) -> Column {
        Column {
            name: name.into(),
            data_type: "integer".into(),
            collation: None,
            not_null: false,
            default: None,
            identity: None,
            generated: None,
            inherited: false,
            comment: None,
            privileges: vec![],
            settings: ColumnSettings::default(),
            rewrites_on_add: false,
        }
    }

    fn schema(columns: &[&str], owner: &str, version: u32) -> Schema {
        let name = QualifiedName::new("public".to_string(), "t".to_string());
        let table = Table {
            name: name.clone(),
            columns: columns.iter().map(|c| column(c)).collect(),
            constraints: Default::default(),
            policies: Default::default(),
            unlogged: false,
            partition_key: None,
            partition_of: None,
            inherits: vec![],
            of_type: None,
            replica_identity: crate::model::ReplicaIdentity::Default,
            rls_enabled: false,
            rls_forced: false,
            options: vec![],
            access_method: None,
            owner: owner.into(),
            comment: None,
            privileges: vec![],
        };
        let mut s = Schema {
            server_version: version,
            ..Default::default()
        };
        s.tables.insert(name, table);
        s
    }

    #[test]
    fn column_order_server_version_and_owners_do_not_count() {
        let a = fingerprint(&schema(&["a", "b"], "alice", 150002), false);
        assert!(a.starts_with("v3:") && a.len() == 35, "{a}");
        assert_eq!(a, fingerprint(&schema(&["b", "a"], "bob", 150010), false));
        assert_ne!(a, fingerprint(&schema(&["a", "c"], "alice", 150002), false));
        // Nor the role the schema was read as.
        let mut read = schema(&["a", "b"], "alice", 150002);
        read.reader = crate::model::Reader(Some("deployer".into()));
        assert_eq!(a, fingerprint(&read, false));
        assert_eq!(
            fingerprint(&read, true),
            fingerprint(&schema(&["a", "b"], "alice", 150002), true)
        );
        assert_ne!(
            fingerprint(&schema(&["a"], "alice", 1), true),
            fingerprint(&schema(&["a"], "bob", 1), true)
        );
    }

    #[test]
    fn headers_give_their_from_fingerprint() {
        let text = "-- migration: x\n-- from: supabase/migrations (schema v3:0123abcd)\n\
                    -- to:   env:staging (schema v3:ffff)\nselect 1;\n";
        assert_eq!(
            from_header(text),
            Some(Found::Current("v3:0123abcd".into()))
        );
        let old = "-- from: a (schema 0123456789abcdef)\n";
        assert_eq!(
            from_header(old),
            Some(Found::Legacy("0123456789abcdef".into()))
        );
        // The previous formula's fingerprints are not comparable with this one's.
        assert_eq!(
            from_header("-- from: a (schema v2:0123abcd)\n"),
            Some(Found::Legacy("v2:0123abcd".into()))
        );
        assert_eq!(from_header("select 1;\n-- from: x (schema v3:ab)\n"), None);
        assert_eq!(from_header("-- a hand-written file\nselect 1;\n"), None);
    }
}

#[cfg(test)]
mod index_tests {
    use super::*;

    #[test]
    fn an_index_is_hashed_by_its_whole_definition_as_version_3_was() {
        let index = crate::model::Index {
            name: crate::model::QualifiedName::new("app", "Weird \"Name\""),
            table: crate::model::QualifiedName::new("app", "t"),
            body: "ON app.t USING btree (x)".into(),
            method: "btree".into(),
            unique: true,
            primary: false,
            key_columns: vec!["x".into()],
            include_columns: vec![],
            predicate: None,
            constraint: None,
            parent: None,
            nulls_not_distinct: false,
            valid: true,
            comment: None,
            clustered: false,
            statistics: Default::default(),
        };
        let mut v = serde_json::to_value(&index).unwrap();
        index_definition(&mut v);
        assert_eq!(
            v["definition"],
            "CREATE UNIQUE INDEX \"Weird \"\"Name\"\"\" ON app.t USING btree (x)"
        );
        assert!(v.get("body").is_none());
    }
}
