//! Real applications' schemas (`../shared/corpus/realworld`: danbooru's Rails structure.sql with
//! its operator, statistics targets and extensions; chinook; pagila) from an empty database and
//! back, through the CLI: the plan applied to an empty database gives one the schema-equal oracle
//! (pg_dump) calls equal to the schema loaded directly, and the reverse plan empties it again.

mod common;

use std::path::Path;

use common::*;

fn database(cluster: &Cluster) -> String {
    cluster.rt.block_on(async {
        let db = cluster.server.create_database().await.unwrap();
        let url = db.url.clone();
        // Kept for the test's life: the cluster goes away with the test.
        std::mem::forget(db);
        url
    })
}

/// The plan from `from` to `to` (both URLs), applied to `from` as `apply` runs a file.
fn migrate(cluster: &Cluster, tmp: &Path, from: &str, to: &str) -> Result<(), String> {
    let r = run(pgshift(tmp, tmp).args([
        "diff",
        "--from",
        from,
        "--to",
        to,
        "--allow-destructive",
        "--no-validate",
        // pg_dump compares owners (pagila sets the public schema's).
        "--owners",
    ]));
    if r.code != 0 {
        return Err(format!("diff: exit {}: {}", r.code, r.all()));
    }
    cluster
        .rt
        .block_on(pgshift::apply::executor::run_text(
            from,
            Path::new("plan.sql"),
            &r.stdout,
            pgshift::apply::executor::Secrets::Environment,
        ))
        .map(|_| ())
        .map_err(|e| format!("apply: {e}"))
}

#[test]
fn real_world_schemas_round_trip_from_empty_and_back() {
    if !shared_or_skip("the real-world schemas round trip") {
        return;
    }
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let mut failures = Vec::new();
    for name in ["danbooru", "chinook", "pagila_2024"] {
        let path = corpus().join("realworld").join(name).join("schema.sql");
        let sql = std::fs::read_to_string(&path).unwrap();
        let full = database(&cluster);
        cluster.query_at(&full, &sql);
        let work = database(&cluster);
        let blank = database(&cluster);
        let result = migrate(&cluster, tmp.path(), &work, &full)
            .and_then(|_| schema_equal(&work, &full).map_err(|e| format!("after the plan: {e}")))
            .and_then(|_| migrate(&cluster, tmp.path(), &work, &blank))
            .and_then(|_| {
                schema_equal(&work, &blank).map_err(|e| format!("after the way back: {e}"))
            });
        println!(
            "{name}: {}",
            if result.is_ok() {
                "round-trips"
            } else {
                "fails"
            }
        );
        if let Err(e) = result {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_no_leftovers(tmp.path());
}
