//! The peer corpus: every case of `../shared/corpus/migra` and `../shared/corpus/sqldef` whose
//! `a.sql` and `b.sql` both load (LOADABLE.tsv), both ways (a to b, b to a), through the same
//! oracle as the acceptance corpus: plan, apply to a fresh copy of the source, then our own
//! inspect must find nothing left to diff and `../shared/tools/schema-equal` (pg_dump) must find
//! the schemas equal. Prints pass counts per source and direction. Cases that still fail are
//! listed with their reason in `tests/peer/KNOWN_FAILURES.tsv` (each line is a gap to close);
//! the test fails when an unlisted case fails or a listed one passes. `cargo test` runs every
//! sixteenth case; `cargo test --test peer_corpus -- --ignored` runs them all, and with
//! PGSHIFT_WRITE_KNOWN_FAILURES=1 rewrites the list from that run.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use common::*;
use pgshift::catalog::{self, Filter};
use pgshift::diff::{diff_with, Options};
use pgshift::plan::plan;

/// Owners are managed: the oracle (pg_dump) compares them, and several cases change them.
const OPTIONS: Options = Options { owners: true };

struct Case {
    /// `source/case`.
    name: String,
    dir: PathBuf,
    roles: Vec<String>,
    /// psqldef cases that ran as a non-superuser with `search_path foo, public`.
    user: Option<String>,
}

fn cases() -> Vec<Case> {
    let root = corpus();
    let loadable = std::fs::read_to_string(root.join("LOADABLE.tsv"))
        .expect("../shared/corpus/LOADABLE.tsv (the corpus sits beside the project)");
    let mut out = Vec::new();
    for line in loadable.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 4 || cols[2] != "y" || cols[3] != "y" {
            continue;
        }
        let dir = root.join(cols[0]).join(cols[1]);
        let meta: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("meta.json")).unwrap()).unwrap();
        let roles = meta["required_roles"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|r| r.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let user = meta["options"]["user"].as_str().map(str::to_string);
        out.push(Case {
            name: format!("{}/{}", cols[0], cols[1]),
            dir,
            roles,
            user,
        });
    }
    out
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// A database loaded with one side of a case (as the case's user when it names one).
async fn load(
    cluster: &Cluster,
    case: &Case,
    file: &str,
) -> Result<pgshift::shadow::ShadowDatabase, String> {
    let db = cluster
        .server
        .create_database()
        .await
        .map_err(|e| e.to_string())?;
    let sql = std::fs::read_to_string(case.dir.join(file)).map_err(|e| e.to_string())?;
    let url = match &case.user {
        Some(user) => {
            let c = pgshift::db::connect(&db.url)
                .await
                .map_err(|e| e.to_string())?;
            c.batch_execute(&format!(
                "CREATE SCHEMA foo AUTHORIZATION {u}; GRANT ALL ON SCHEMA public TO {u}",
                u = quote(user)
            ))
            .await
            .map_err(|e| e.to_string())?;
            pgshift::source::replay_url(&db.url, Some(user), Some("foo, public"))
                .map_err(|e| e.to_string())?
        }
        None => db.url.clone(),
    };
    pgshift::source::replay_text(&url, Path::new(file), &sql)
        .await
        .map_err(|e| format!("load {file}: {}", first_line(&e.to_string())))?;
    Ok(db)
}

async fn drop_db(cluster: &Cluster, db: pgshift::shadow::ShadowDatabase) {
    if let Ok(admin) = cluster.server.admin().await {
        let _ = admin
            .batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                quote(&db.name)
            ))
            .await;
    }
}

/// A copy of a database made from it as a template (a file copy: much faster than loading the
/// SQL again). The template must have no sessions; the ones just closed may take a moment.
async fn copy_of(
    cluster: &Cluster,
    template: &pgshift::shadow::ShadowDatabase,
) -> Result<pgshift::shadow::ShadowDatabase, String> {
    let db = cluster
        .server
        .create_database()
        .await
        .map_err(|e| e.to_string())?;
    let admin = cluster.server.admin().await.map_err(|e| e.to_string())?;
    admin
        .batch_execute(&format!("DROP DATABASE {}", quote(&db.name)))
        .await
        .map_err(|e| e.to_string())?;
    let mut last = String::new();
    for _ in 0..50 {
        match admin
            .batch_execute(&format!(
                "CREATE DATABASE {} TEMPLATE {} STRATEGY FILE_COPY",
                quote(&db.name),
                quote(&template.name)
            ))
            .await
        {
            Ok(()) => return Ok(db),
            Err(e) => {
                last = pgshift::db::error_text(&e);
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            }
        }
    }
    Err(format!("copy: {last}"))
}

/// A case both ways: each side loaded once; each direction plans from one side to the other,
/// applies the plan to a copy of its source and compares the result with its target.
async fn both_ways(cluster: &Cluster, case: &Case) -> [Result<usize, String>; 2] {
    let a_db = match load(cluster, case, "a.sql").await {
        Ok(d) => d,
        Err(e) => return [Err(e.clone()), Err(e)],
    };
    let b_db = match load(cluster, case, "b.sql").await {
        Ok(d) => d,
        Err(e) => {
            drop_db(cluster, a_db).await;
            return [Err(e.clone()), Err(e)];
        }
    };
    let filter = Filter::default();
    let schemas = async {
        let a = catalog::inspect_url(&a_db.url, &filter)
            .await
            .map_err(|e| e.to_string())?;
        let b = catalog::inspect_url(&b_db.url, &filter)
            .await
            .map_err(|e| e.to_string())?;
        Ok::<_, String>((a, b))
    }
    .await;
    let out = match schemas {
        Err(e) => [Err(e.clone()), Err(e)],
        Ok((a, b)) => [
            direction(cluster, &a_db, &a, &b_db, &b).await,
            direction(cluster, &b_db, &b, &a_db, &a).await,
        ],
    };
    drop_db(cluster, a_db).await;
    drop_db(cluster, b_db).await;
    out
}

async fn direction(
    cluster: &Cluster,
    from_db: &pgshift::shadow::ShadowDatabase,
    from: &pgshift::model::Schema,
    to_db: &pgshift::shadow::ShadowDatabase,
    to: &pgshift::model::Schema,
) -> Result<usize, String> {
    let p = plan(from, to, diff_with(from, to, OPTIONS))
        .map_err(|e| format!("plan: {}", first_line(&e.to_string().replace('\n', " "))))?;
    let work = copy_of(cluster, from_db).await?;
    let result = async {
        pgshift::apply::validate::run_plan(
            &work.url,
            "forward.sql",
            &p,
            &pgshift::plan::ScriptOptions::default(),
            to,
        )
        .await
        .map_err(|e| format!("apply: {}", first_line(&e.to_string())))?;
        let reached = catalog::inspect_url(&work.url, &Filter::default())
            .await
            .map_err(|e| e.to_string())?;
        let left = diff_with(&reached, to, OPTIONS);
        if !left.is_empty() {
            return Err(format!(
                "{} differences remain: {}",
                left.changes.len(),
                left.changes
                    .iter()
                    .take(2)
                    .map(|c| format!("{} {}", c.verb(), c.target()))
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
        }
        schema_equal(&work.url, &to_db.url).map_err(|e| format!("schema-equal: {e}"))?;
        Ok(p.steps.len())
    }
    .await;
    drop_db(cluster, work).await;
    result
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").chars().take(300).collect()
}

const KNOWN: KnownFailures = KnownFailures {
    rel: "tests/peer/KNOWN_FAILURES.tsv",
    header:
        "# case direction\treason (written by the peer corpus test; each line is a gap to close)",
};

/// Every sixteenth case, so `cargo test` (and CI) stays within its time budget; the full corpus
/// (about 18 minutes on two cores) runs with `cargo test --test peer_corpus -- --ignored`.
#[test]
fn peer_corpus_sample_round_trips_both_ways() {
    if shared_or_skip("the peer corpus sample") {
        run_corpus(16);
    }
}

#[test]
#[ignore = "the whole peer corpus takes about 18 minutes; run it with --ignored"]
fn peer_corpus_round_trips_both_ways() {
    if shared_or_skip("the peer corpus") {
        run_corpus(1);
    }
}

/// Runs every `step`-th loadable case (all with 1) and checks the known-failures list for them.
fn run_corpus(step: usize) {
    let everything = cases();
    assert!(
        everything.len() >= 800,
        "only {} loadable peer cases",
        everything.len()
    );
    let mut all: Vec<Case> = everything.into_iter().step_by(step).collect();
    // PGSHIFT_CASES=substring runs only the matching cases (while working on a gap).
    let only = std::env::var("PGSHIFT_CASES").ok();
    if let Some(only) = &only {
        all.retain(|c| c.name.contains(only.as_str()));
    }
    let roles: BTreeSet<String> = all
        .iter()
        .flat_map(|c| c.roles.iter().cloned().chain(c.user.clone()))
        .collect();
    let setup = || {
        let cluster = Cluster::start();
        let create: String = roles
            .iter()
            .map(|r| format!("CREATE ROLE {} LOGIN;\n", quote(r)))
            .collect();
        cluster.query(&create);
        cluster
    };
    let results: Vec<(String, Result<usize, String>)> =
        on_threads(all.iter().collect(), CORPUS_THREADS, setup, |cluster, c| {
            let [ab, ba] = cluster.rt.block_on(both_ways(cluster, c));
            cluster.drop_shadow_databases();
            [
                (format!("{} a->b", c.name), ab),
                (format!("{} b->a", c.name), ba),
            ]
        })
        .into_iter()
        .flatten()
        .collect();
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (name, r) in &results {
        let source = name.split('/').next().unwrap().to_string();
        let dir = name.rsplit(' ').next().unwrap();
        let e = counts.entry(format!("{source} {dir}")).or_default();
        e.1 += 1;
        if r.is_ok() {
            e.0 += 1;
        }
    }
    for (k, (pass, total)) in &counts {
        println!("peer corpus {k}: {pass} of {total} round-trip");
    }
    if only.is_some() {
        for (name, r) in &results {
            if let Err(e) = r {
                println!("{name}: {e}");
            }
        }
    }
    if std::env::var_os("PGSHIFT_WRITE_KNOWN_FAILURES").is_some() && step == 1 && only.is_none() {
        KNOWN.write(&results);
        return;
    }
    let problems = KNOWN.problems(&results);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
