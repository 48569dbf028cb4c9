//! Inspecting every loadable schema of the shared corpus (real-world schemas, and both sides of
//! every migra and sqldef case that loads): inspection must succeed, and the model must name
//! exactly the tables, views, materialized views, functions, indexes, triggers, policies and
//! types that independent catalog queries list.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::*;
use pgshift::catalog::{self, Filter};
use pgshift::model::Schema;

/// Independent listings: (kind, schema, name) straight from pg_catalog.
const LISTING: &str = r#"
SELECT 'table'::text, n.nspname::text, c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r','p') AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
   AND c.oid NOT IN (SELECT objid FROM pg_depend WHERE deptype = 'e')
UNION ALL
SELECT CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized_view' END, n.nspname, c.relname
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('v','m') AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
   AND c.oid NOT IN (SELECT objid FROM pg_depend WHERE deptype = 'e')
UNION ALL
SELECT 'index', n.nspname, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_class t ON t.oid = i.indrelid
 WHERE t.relkind IN ('r','p','m') AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
   AND t.oid NOT IN (SELECT objid FROM pg_depend WHERE deptype = 'e')
UNION ALL
SELECT 'function', n.nspname, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE p.prokind <> 'a' AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
   AND p.oid NOT IN (SELECT objid FROM pg_depend WHERE deptype IN ('e', 'i'))
UNION ALL
SELECT 'aggregate', n.nspname, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE p.prokind = 'a' AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
   AND p.oid NOT IN (SELECT objid FROM pg_depend WHERE deptype = 'e')
UNION ALL
SELECT 'trigger', n.nspname, c.relname || '.' || t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND n.nspname !~ '^pg_'
UNION ALL
SELECT 'policy', n.nspname, c.relname || '.' || p.polname FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
UNION ALL
SELECT 'type', n.nspname, t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
 WHERE (t.typtype IN ('e','d','r') OR (t.typtype = 'c' AND t.typrelid IN (SELECT oid FROM pg_class WHERE relkind = 'c')))
   AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
   AND t.oid NOT IN (SELECT objid FROM pg_depend WHERE deptype = 'e')
"#;

/// Every index with the server's own definition (the model writes plain ones itself).
const INDEX_DEFINITIONS: &str = r#"
SELECT n.nspname::text, c.relname::text, pg_get_indexdef(c.oid) FROM pg_index i
  JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_class t ON t.oid = i.indrelid
 WHERE t.relkind IN ('r','p','m') AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
   AND t.oid NOT IN (SELECT objid FROM pg_depend WHERE deptype = 'e')
"#;

/// Every table constraint with the server's own definition (the model writes most of them).
const CONSTRAINT_DEFINITIONS: &str = r#"
SELECT n.nspname::text, c.relname::text, k.conname::text, pg_get_constraintdef(k.oid) FROM pg_constraint k
  JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r','p') AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
   AND c.oid NOT IN (SELECT objid FROM pg_depend WHERE deptype = 'e')
"#;

type Listing = BTreeSet<(String, String, String)>;

fn model_listing(s: &Schema) -> Listing {
    let mut out = Listing::new();
    let mut add = |k: &str, schema: &str, name: String| {
        out.insert((k.to_string(), schema.to_string(), name));
    };
    for t in s.tables.keys() {
        add("table", &t.schema, t.name.clone());
    }
    for v in s.views.keys() {
        add("view", &v.schema, v.name.clone());
    }
    for v in s.materialized_views.keys() {
        add("materialized_view", &v.schema, v.name.clone());
    }
    for i in s.indexes.keys() {
        add("index", &i.schema, i.name.clone());
    }
    for f in s.functions.keys() {
        add(
            "function",
            &f.name.schema,
            format!("{}({})", f.name.name, f.args),
        );
    }
    for f in s.aggregates.keys() {
        add(
            "aggregate",
            &f.name.schema,
            format!("{}({})", f.name.name, f.args),
        );
    }
    for (t, name) in s.triggers.keys() {
        add("trigger", &t.schema, format!("{}.{name}", t.name));
    }
    for t in s.tables.values() {
        for p in t.policies.keys() {
            add("policy", &t.name.schema, format!("{}.{p}", t.name.name));
        }
    }
    for n in s
        .enums
        .keys()
        .chain(s.domains.keys())
        .chain(s.composite_types.keys())
        .chain(s.range_types.keys())
    {
        add("type", &n.schema, n.name.clone());
    }
    out
}

struct Checker {
    cluster: Cluster,
}

impl Checker {
    fn new(roles: &BTreeSet<String>) -> Self {
        let cluster = Cluster::start();
        for r in roles {
            cluster.query(&format!(
                "DO $$ BEGIN CREATE ROLE {} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
                pgshift::sql::writer::ident(r).replace('$', "")
            ));
        }
        Checker { cluster }
    }

    /// Loads `files` into a fresh database, inspects it and compares with the listing.
    /// Returns an error text, or None when all is well.
    fn check(&self, files: &[PathBuf], user: Option<&str>) -> Option<String> {
        self.cluster.rt.block_on(async {
            let db = match self.cluster.server.create_database().await {
                Ok(d) => d,
                Err(e) => return Some(format!("create database: {e}")),
            };
            let mut url = db.url.clone();
            if let Some(user) = user {
                // Cases that ran as a non-superuser with `search_path foo, public`.
                let c = pgshift::db::connect(&db.url).await.ok()?;
                let u = pgshift::sql::writer::ident(user);
                c.batch_execute(&format!(
                    "CREATE SCHEMA foo AUTHORIZATION {u}; GRANT ALL ON SCHEMA public TO {u}"
                ))
                .await
                .ok()?;
                url = pgshift::source::replay_url(&db.url, Some(user), Some("foo, public")).ok()?;
            }
            for f in files {
                if let Err(e) = pgshift::source::replay_file(&url, f).await {
                    return Some(format!("replay: {e}"));
                }
            }
            let client = pgshift::db::connect(&db.url).await.ok()?;
            let schema = match catalog::inspect(&client, &Filter::default()).await {
                Ok(s) => s,
                Err(e) => return Some(format!("inspect: {e}")),
            };
            client.batch_execute("SET search_path = ''").await.ok()?;
            let expected: Listing = client
                .query(LISTING, &[])
                .await
                .unwrap()
                .iter()
                .map(|r| (r.get(0), r.get(1), r.get(2)))
                .collect();
            let got = model_listing(&schema);
            let definitions: Vec<(String, String, String)> = client
                .query(INDEX_DEFINITIONS, &[])
                .await
                .unwrap()
                .iter()
                .map(|r| (r.get(0), r.get(1), r.get(2)))
                .collect();
            let constraints: Vec<(String, String, String, String)> = client
                .query(CONSTRAINT_DEFINITIONS, &[])
                .await
                .unwrap()
                .iter()
                .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
                .collect();
            drop(client);
            for (schema_name, table, name, server) in constraints {
                let key = pgshift::model::QualifiedName::new(schema_name, table);
                let model = schema
                    .tables
                    .get(&key)
                    .and_then(|t| t.constraints.get(&name))
                    .map(|c| c.definition.as_str());
                if model != Some(server.as_str()) {
                    return Some(format!(
                        "constraint {name} on {key}: the model's definition {model:?} is not the server's {server:?}"
                    ));
                }
            }
            for (schema_name, name, server) in definitions {
                let key = pgshift::model::QualifiedName::new(schema_name, name);
                // The model's index as the plan writes it.
                let model = schema.indexes.get(&key).map(|i| {
                    pgshift::sql::render::render(&pgshift::diff::Change::CreateIndex(i.clone()))
                });
                if model.as_deref() != Some(server.as_str()) {
                    return Some(format!(
                        "index {key}: the model's definition {model:?} is not the server's {server:?}"
                    ));
                }
            }
            let admin = pgshift::db::connect(self.cluster.server.admin_url())
                .await
                .ok()?;
            let _ = admin
                .batch_execute(&format!(
                    "DROP DATABASE {} WITH (FORCE)",
                    pgshift::sql::writer::ident(&db.name)
                ))
                .await;
            if expected != got {
                let missing: Vec<_> = expected.difference(&got).collect();
                let extra: Vec<_> = got.difference(&expected).collect();
                return Some(format!(
                    "listing differs: missing {missing:?}, extra {extra:?}"
                ));
            }
            // The JSON form must round-trip.
            let json = serde_json::to_string(&schema).unwrap();
            let back: Schema = serde_json::from_str(&json).unwrap();
            if back != schema {
                return Some("JSON does not round-trip".into());
            }
            None
        })
    }
}

fn meta(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    serde_json::from_str(&text).unwrap_or_default()
}

fn required_roles(meta: &serde_json::Value) -> Vec<String> {
    let mut roles: Vec<String> = meta["required_roles"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|r| r.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    roles.extend(meta["options"]["user"].as_str().map(String::from));
    roles
}

/// (source, case) pairs whose a.sql and b.sql both load, per LOADABLE.tsv.
fn loadable_cases() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(corpus().join("LOADABLE.tsv")).expect("LOADABLE.tsv");
    text.lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f.len() >= 4 && f[2] == "y" && f[3] == "y")
                .then(|| (f[0].to_string(), f[1].to_string()))
        })
        .collect()
}

/// The real-world schemas and every sixth corpus case, so `cargo test` (and CI) stays within its
/// time budget; every case runs with `cargo test --test catalog_corpus -- --ignored` (about five
/// minutes on two cores).
#[test]
fn inspect_names_every_object_of_a_sample_of_corpus_schemas() {
    if shared_or_skip("the catalog corpus sample") {
        inspect_corpus(6);
    }
}

#[test]
#[ignore = "every corpus schema takes about five minutes; run it with --ignored"]
fn inspect_names_every_object_of_every_loadable_corpus_schema() {
    if shared_or_skip("the catalog corpus") {
        inspect_corpus(1);
    }
}

/// Inspects the real-world schemas and every `step`-th loadable corpus case (all with 1).
fn inspect_corpus(step: usize) {
    // (label, files, user)
    let mut work: Vec<(String, PathBuf, Option<String>)> = Vec::new();
    let mut roles = BTreeSet::new();
    for name in ["chinook", "danbooru", "pagila_2024"] {
        work.push((
            format!("realworld/{name}"),
            corpus().join("realworld").join(name).join("schema.sql"),
            None,
        ));
    }
    for (source, case) in loadable_cases().into_iter().step_by(step) {
        let dir = corpus().join(&source).join(&case);
        let m = meta(&dir.join("meta.json"));
        roles.extend(required_roles(&m));
        let user = m["options"]["user"].as_str().map(String::from);
        for side in ["a.sql", "b.sql"] {
            work.push((
                format!("{source}/{case}/{side}"),
                dir.join(side),
                user.clone(),
            ));
        }
    }
    let total = work.len();
    let failures: Vec<String> = on_threads(
        work,
        CORPUS_THREADS,
        || Checker::new(&roles),
        |checker, (label, file, user)| {
            checker
                .check(&[file], user.as_deref())
                .map(|e| format!("{label}: {e}"))
        },
    )
    .into_iter()
    .flatten()
    .collect();
    println!(
        "inspected {total} corpus schemas, {} failures",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {total} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
