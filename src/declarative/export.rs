//! A schema written as declarative files. Pure.
//!
//! The SQL is the plan from a fresh database to the schema (the one renderer, so what is
//! written is what `generate` would write), its statements grouped by the object they belong
//! to: a table's file holds its columns, constraints, indexes, triggers, policies, rules,
//! statistics, grants, comments and the sequences its columns own; each function name, view,
//! materialized view, type, sequence, extension and schema has its own; or, with the
//! per-schema layout, one file per schema and one for objects of no schema. Within a file,
//! statements keep the plan's order. File names escape every byte that is not a lower-case
//! ASCII letter, digit or `_` as `%XX`, so names that need quoting (or differ only in case)
//! make distinct, portable file names.

use std::collections::BTreeMap;

use crate::diff::Change;
use crate::model::{ObjectId, QualifiedName, Schema, Spec};
use crate::plan::PlanError;

/// How the files are cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    PerObject,
    PerSchema,
}

/// One file to write: its path relative to the export directory (`/`-separated) and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    pub path: String,
    pub text: String,
}

/// Where an object's statements go.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Home {
    /// Objects of no schema: `kind/name.sql`.
    Global { kind: &'static str, name: String },
    /// The schema itself (its comment, grants, default privileges).
    Schema(String),
    InSchema {
        schema: String,
        kind: &'static str,
        name: String,
    },
}

/// The files holding `schema`, built on `base` (the schema of a fresh database, where the
/// files are loaded); with `options.owners`, they set owners too.
pub fn export(
    base: &Schema,
    schema: &Schema,
    layout: Layout,
    options: crate::diff::Options,
) -> Result<Vec<ExportFile>, PlanError> {
    let changes = crate::diff::diff_with(base, schema, options);
    let plan = crate::plan::plan(base, schema, changes)?;
    let mut files: BTreeMap<String, (String, Vec<&str>)> = BTreeMap::new();
    for step in &plan.steps {
        let home = home(schema, &step.change);
        let (path, title) = match layout {
            Layout::PerObject => per_object(&home),
            Layout::PerSchema => per_schema(&home),
        };
        files
            .entry(path)
            .or_insert_with(|| (title, Vec::new()))
            .1
            .push(step.sql.as_str());
    }
    Ok(files
        .into_iter()
        .map(|(path, (title, statements))| {
            // A name may hold a line break: the title stays one comment line.
            let title: String = title
                .chars()
                .map(|c| if c.is_control() { '?' } else { c })
                .collect();
            let mut text = format!("-- {title}\n");
            for s in statements {
                text.push('\n');
                text.push_str(s.trim_end());
                text.push_str(";\n");
            }
            ExportFile { path, text }
        })
        .collect())
}

fn per_object(home: &Home) -> (String, String) {
    match home {
        Home::Global { kind, name } => (
            format!("{kind}/{}.sql", escape(name)),
            format!(
                "{} {}",
                words(kind),
                ObjectId::Schema { name: name.clone() }
                    .to_string()
                    .trim_start_matches("schema ")
            ),
        ),
        Home::Schema(s) => (
            format!("schemas/{}/schema.sql", escape(s)),
            ObjectId::Schema { name: s.clone() }.to_string(),
        ),
        Home::InSchema { schema, kind, name } => (
            format!("schemas/{}/{kind}/{}.sql", escape(schema), escape(name)),
            format!(
                "{} {}",
                words(kind),
                QualifiedName::new(schema.clone(), name.clone())
            ),
        ),
    }
}

fn per_schema(home: &Home) -> (String, String) {
    match home {
        Home::Global { .. } => (
            "cluster-wide.sql".to_string(),
            "objects of no schema".to_string(),
        ),
        Home::Schema(schema) | Home::InSchema { schema, .. } => (
            format!("{}.sql", escape(schema)),
            ObjectId::Schema {
                name: schema.clone(),
            }
            .to_string(),
        ),
    }
}

/// `materialized_views` as `materialized view`, for file titles.
fn words(kind: &str) -> String {
    let k = kind.replace('_', " ");
    k.strip_suffix('s').map(str::to_string).unwrap_or(k)
}

/// A name as a file name: lower-case ASCII letters, digits and `_` as they are, every other
/// byte as `%XX`.
pub fn escape(name: &str) -> String {
    if name.is_empty() {
        return "%".to_string();
    }
    let mut out = String::with_capacity(name.len());
    for b in name.bytes() {
        if b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn home(schema: &Schema, change: &Change) -> Home {
    if let Change::DefaultPrivilege { schema: s, .. } = change {
        return match s {
            Some(s) => Home::Schema(s.clone()),
            None => Home::Global {
                kind: "default_privileges",
                name: "all".into(),
            },
        };
    }
    // Grants on an extension's members go with the extension (the members exist through it);
    // those on built-in objects go together.
    if let Change::Grant { target, .. } | Change::Revoke { target, .. } = change {
        if let Some(m) = schema.member_privileges.get(target) {
            return match &m.extension {
                Some(e) => global("extensions", e.clone()),
                None => global("built_in_privileges", "all"),
            };
        }
    }
    object_home(schema, &change.target())
}

fn in_schema(kind: &'static str, name: &QualifiedName) -> Home {
    Home::InSchema {
        schema: name.schema.clone(),
        kind,
        name: name.name.clone(),
    }
}

fn global(kind: &'static str, name: impl Into<String>) -> Home {
    Home::Global {
        kind,
        name: name.into(),
    }
}

/// The file of a relation and of what belongs to it.
fn relation_home(schema: &Schema, name: &QualifiedName) -> Home {
    let kind = if schema.views.contains_key(name) {
        "views"
    } else if schema.materialized_views.contains_key(name) {
        "materialized_views"
    } else if schema
        .objects
        .contains_key(&ObjectId::ForeignTable { name: name.clone() })
    {
        "foreign_tables"
    } else {
        "tables"
    };
    in_schema(kind, name)
}

fn object_home(schema: &Schema, id: &ObjectId) -> Home {
    use ObjectId as O;
    match id {
        O::Schema { name } if name.is_empty() => global("default_privileges", "all"),
        O::Schema { name } => Home::Schema(name.clone()),
        O::Extension { name } => global("extensions", name.clone()),
        O::Collation { name } => in_schema("collations", name),
        O::Type { name } | O::ShellType { name } => in_schema("types", name),
        O::DomainConstraint { domain, .. } => in_schema("types", domain),
        O::Sequence { name } => {
            match schema.sequences.get(name).and_then(|s| s.owned_by.as_ref()) {
                Some((table, _)) => relation_home(schema, table),
                None => in_schema("sequences", name),
            }
        }
        O::Table { name } => relation_home(schema, name),
        O::Column { table, .. }
        | O::Constraint { table, .. }
        | O::Trigger { table, .. }
        | O::Policy { table, .. }
        | O::Rule { table, .. } => relation_home(schema, table),
        O::Index { name } => match schema.indexes.get(name) {
            Some(i) => relation_home(schema, &i.table),
            None => in_schema("indexes", name),
        },
        O::View { name } => in_schema("views", name),
        O::MaterializedView { name } => in_schema("materialized_views", name),
        O::ForeignTable { name } => in_schema("foreign_tables", name),
        O::Function { id } => in_schema("functions", &id.name),
        O::Aggregate { id } => in_schema("aggregates", &id.name),
        O::Statistics { name } => match schema.objects.get(id).map(|o| &o.spec) {
            Some(Spec::Statistics(s)) => relation_home(schema, &s.table),
            _ => in_schema("statistics", name),
        },
        O::Operator { name, .. } => in_schema("operators", name),
        O::OperatorFamily { name, .. } => in_schema("operator_families", name),
        O::OperatorClass { name, .. } => in_schema("operator_classes", name),
        O::Conversion { name } => in_schema("conversions", name),
        O::TextSearchParser { name } => in_schema("text_search_parsers", name),
        O::TextSearchTemplate { name } => in_schema("text_search_templates", name),
        O::TextSearchDictionary { name } => in_schema("text_search_dictionaries", name),
        O::TextSearchConfiguration { name } => in_schema("text_search_configurations", name),
        O::EventTrigger { name } => global("event_triggers", name.clone()),
        O::Publication { name } => global("publications", name.clone()),
        O::Cast { source, target } => global("casts", format!("{source} as {target}")),
        O::Language { name } => global("languages", name.clone()),
        O::Transform {
            data_type,
            language,
        } => global("transforms", format!("{data_type} {language}")),
        O::AccessMethod { name } => global("access_methods", name.clone()),
        O::ForeignDataWrapper { name } => global("foreign_data_wrappers", name.clone()),
        O::ForeignServer { name } => global("servers", name.clone()),
        O::UserMapping { user, server } => global("user_mappings", format!("{user}@{server}")),
        O::Subscription { name } => global("subscriptions", name.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_escape_to_distinct_portable_file_names() {
        assert_eq!(escape("users"), "users");
        assert_eq!(escape("Users"), "%55sers");
        assert_eq!(escape("with space"), "with%20space");
        assert_eq!(escape("a/b.c"), "a%2Fb%2Ec");
        assert_eq!(escape("café"), "caf%C3%A9");
        assert_eq!(escape(""), "%");
        assert_ne!(escape("Users"), escape("users"));
    }

    #[test]
    fn grants_on_extension_members_go_with_their_extension() {
        let member = ObjectId::Function {
            id: crate::model::FunctionId::new("public", "similarity", "text, text"),
        };
        let mut schema = Schema::default();
        schema.member_privileges.insert(
            member.clone(),
            crate::model::MemberPrivileges {
                member: member.clone(),
                extension: Some("pg_trgm".into()),
                initial: Vec::new(),
                current: Vec::new(),
            },
        );
        let grant = crate::model::Grant {
            grantee: "app".into(),
            privilege: "EXECUTE".into(),
            grantable: false,
            grantor: None,
        };
        let change = Change::Grant {
            target: member,
            grant,
        };
        assert_eq!(home(&schema, &change), global("extensions", "pg_trgm"));
    }
}
