//! `adopt` and `repair` against real PostgreSQL, on the example project's migrations: a database
//! built by replaying the first k of them is found to have exactly k applied; a manual change in
//! between leaves nothing to record; a Supabase-style history is read; repair both ways, refused
//! when the schema contradicts it and forced.

mod common;

use std::path::{Path, PathBuf};
use std::process::Stdio;

use common::*;

const K: usize = 5;

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("supabase"), &dir.path().join("supabase"));
    std::fs::write(dir.path().join("pgshift.toml"), "").unwrap();
    dir
}

fn files(p: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(p.join("supabase/migrations"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

fn version(f: &Path) -> String {
    f.file_name()
        .unwrap()
        .to_string_lossy()
        .split('_')
        .next()
        .unwrap()
        .to_string()
}

fn database(cluster: &Cluster) -> String {
    cluster.rt.block_on(async {
        let db = cluster.server.create_database().await.unwrap();
        let url = db.url.clone();
        std::mem::forget(db);
        url
    })
}

/// A database holding the first `k` migrations, run by hand (no tracking).
fn replayed(cluster: &Cluster, p: &Path, k: usize, between: Option<&str>) -> String {
    let url = database(cluster);
    for (i, f) in files(p).iter().take(k).enumerate() {
        if i + 1 == k {
            if let Some(sql) = between {
                cluster.query_at(&url, sql);
            }
        }
        cluster.query_at(&url, &std::fs::read_to_string(f).unwrap());
    }
    url
}

fn cmd(p: &Path, tmp: &Path, args: &[&str]) -> Run {
    let mut c = pgshift(p, tmp);
    c.stdin(Stdio::null()).args(args);
    run(&mut c)
}

fn count(cluster: &Cluster, url: &str, sql: &str) -> String {
    cluster.query_at(url, sql).pop().unwrap_or_default()
}

#[test]
fn adopt_finds_exactly_the_replayed_prefix_records_it_and_apply_goes_on() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let dir = project();
    let p = dir.path();
    let all = files(p);
    let url = replayed(&cluster, p, K, None);

    let r = cmd(
        p,
        tmp.path(),
        &["adopt", "--target", &url, "--format", "json"],
    );
    assert_eq!(r.code, 0, "{}", r.all());
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["matched"], K, "{}", r.stdout);
    assert_eq!(v["applied"].as_array().unwrap().len(), K);
    assert_eq!(v["pending"].as_array().unwrap().len(), all.len() - K);
    assert_eq!(v["written"], false);
    assert_eq!(
        count(
            &cluster,
            &url,
            "select count(*) from pg_namespace where nspname = 'pgshift'"
        ),
        "0"
    );

    let r = cmd(p, tmp.path(), &["adopt", "--target", &url, "--write"]);
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stdout
            .contains(&format!("the first {K} local migration(s)")),
        "{}",
        r.stdout
    );
    assert_eq!(
        count(
            &cluster,
            &url,
            "select count(*) from pgshift.schema_migrations"
        ),
        K.to_string()
    );
    assert_eq!(
        count(
            &cluster,
            &url,
            "select count(*) from pgshift.migration_history where action = 'adopt'"
        ),
        K.to_string()
    );
    let last = count(
        &cluster,
        &url,
        "select max(version) from pgshift.schema_migrations",
    );
    assert_eq!(last, version(&all[K - 1]));

    // repair: the next migration is not in the schema, so marking it applied is refused ...
    let next = version(&all[K]);
    let r = cmd(
        p,
        tmp.path(),
        &["repair", "--target", &url, "--applied", &next],
    );
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stderr.contains("refused"), "{}", r.stderr);
    assert_eq!(
        count(
            &cluster,
            &url,
            "select count(*) from pgshift.schema_migrations"
        ),
        K.to_string()
    );
    // ... unless forced, which says what it overrode;
    let r = cmd(
        p,
        tmp.path(),
        &["repair", "--target", &url, "--applied", &next, "--force"],
    );
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(r.stderr.contains("overriding"), "{}", r.stderr);
    let note = count(
        &cluster,
        &url,
        "select note from pgshift.migration_history where action = 'repair' order by id desc limit 1",
    );
    assert!(note.contains("--force"), "{note}");
    // marking it pending again agrees with the schema; the last adopted one does not.
    let r = cmd(
        p,
        tmp.path(),
        &["repair", "--target", &url, "--pending", &next],
    );
    assert_eq!(r.code, 0, "{}", r.all());
    let adopted = version(&all[K - 1]);
    let r = cmd(
        p,
        tmp.path(),
        &["repair", "--target", &url, "--pending", &adopted],
    );
    assert_eq!(r.code, 1, "{}", r.all());
    assert_eq!(
        count(
            &cluster,
            &url,
            "select count(*) from pgshift.schema_migrations"
        ),
        K.to_string()
    );

    // apply runs the rest.
    let r = cmd(p, tmp.path(), &["apply", "--target", &url]);
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(
        count(
            &cluster,
            &url,
            "select count(*) from pgshift.schema_migrations"
        ),
        all.len().to_string()
    );
}

#[test]
fn a_manual_change_in_between_records_nothing_and_supabase_history_is_read() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let dir = project();
    let p = dir.path();
    let url = replayed(
        &cluster,
        p,
        K,
        Some("alter table public.tasks add column extra int"),
    );
    let r = cmd(
        p,
        tmp.path(),
        &["adopt", "--target", &url, "--write", "--format", "json"],
    );
    assert_eq!(r.code, 1, "{}", r.all());
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["matched"], serde_json::Value::Null, "{}", r.stdout);
    assert_eq!(v["closest"], K, "{}", r.stdout);
    assert!(
        v["differences"].to_string().contains("public.tasks.extra"),
        "{}",
        r.stdout
    );
    assert_eq!(v["written"], false);
    assert_eq!(
        count(
            &cluster,
            &url,
            "select count(*) from pg_namespace where nspname = 'pgshift'"
        ),
        "0"
    );

    // Another tool's history: its versions are shown, the schema decides.
    let all = files(p);
    let sb = replayed(&cluster, p, K, None);
    let mut sql =
        "create schema supabase_migrations; create table supabase_migrations.schema_migrations \
                   (version text primary key, name text, statements text[]);"
            .to_string();
    for f in all.iter().take(K) {
        sql.push_str(&format!(
            "insert into supabase_migrations.schema_migrations values ('{}', 'x', array['select 1']);",
            version(f)
        ));
    }
    sql.push_str(
        "insert into supabase_migrations.schema_migrations values ('20240101000000', 'hotfix', array['a', 'b']);",
    );
    cluster.query_at(&sb, &sql);
    let r = cmd(p, tmp.path(), &["adopt", "--target", &sb]);
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stdout.contains("20240101000000 hotfix (2 statement(s))"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains(&format!("the first {K} local migration(s)")),
        "{}",
        r.stdout
    );
}

/// A migration that changes data only leaves the schema as it was: a database that stopped
/// before it matches the prefix with it too. adopt counts it as applied (the longest prefix) and
/// names it as one the schema cannot decide; `repair --pending` then records it pending.
#[test]
fn a_data_only_migration_at_the_end_of_the_match_is_named_as_undecided() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    let m = p.join("supabase/migrations");
    std::fs::create_dir_all(&m).unwrap();
    std::fs::write(p.join("pgshift.toml"), "").unwrap();
    let first = "create table public.accounts (id int primary key, verified_at timestamptz);\n\
                 insert into public.accounts values (1, null);\n";
    std::fs::write(m.join("001_accounts.sql"), first).unwrap();
    std::fs::write(
        m.join("002_verify_existing.sql"),
        "update public.accounts set verified_at = now() where verified_at is null;\n",
    )
    .unwrap();
    std::fs::write(
        m.join("003_names.sql"),
        "alter table public.accounts add column name text;\n",
    )
    .unwrap();
    let url = database(&cluster);
    cluster.query_at(&url, first);

    let r = cmd(
        p,
        tmp.path(),
        &["adopt", "--target", &url, "--format", "json"],
    );
    assert_eq!(r.code, 0, "{}", r.all());
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["matched"], 2, "{}", r.stdout);
    assert_eq!(v["undecided"], serde_json::json!(["002"]), "{}", r.stdout);
    let r = cmd(p, tmp.path(), &["adopt", "--target", &url]);
    assert!(
        r.stdout
            .contains("the schema also matches the first 1 migration(s): 002 change(s) no schema"),
        "{}",
        r.stdout
    );

    // Recorded as the longest prefix, then put back to pending; apply runs it and the rest.
    let r = cmd(
        p,
        tmp.path(),
        &["adopt", "--target", &url, "--write", "--yes"],
    );
    assert_eq!(r.code, 0, "{}", r.all());
    let r = cmd(
        p,
        tmp.path(),
        &["repair", "--target", &url, "--pending", "002", "--yes"],
    );
    assert_eq!(r.code, 0, "{}", r.all());
    let r = cmd(p, tmp.path(), &["apply", "--target", &url]);
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(
        count(
            &cluster,
            &url,
            "select count(*) from public.accounts where verified_at is null"
        ),
        "0"
    );
}
