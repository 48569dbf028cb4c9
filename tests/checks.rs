//! Post-deploy checks against real PostgreSQL: SQL and command checks after `apply`,
//! `pgshift check`, and `--rollback-on-failure` when a check or a migration fails.

mod common;

use std::path::Path;

use common::*;

fn project(
    migrations: &[(&str, &str)],
    rollbacks: &[(&str, &str)],
    config: &str,
) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (sub, files) in [("migrations", migrations), ("rollbacks", rollbacks)] {
        let d = dir.path().join("supabase").join(sub);
        std::fs::create_dir_all(&d).unwrap();
        for (name, sql) in files {
            std::fs::write(d.join(name), sql).unwrap();
        }
    }
    std::fs::write(dir.path().join("pgshift.toml"), config).unwrap();
    dir
}

fn database(cluster: &Cluster) -> String {
    cluster.rt.block_on(async {
        let db = cluster.server.create_database().await.unwrap();
        let url = db.url.clone();
        std::mem::forget(db);
        url
    })
}

fn pg(dir: &Path, tmp: &Path, url: &str) -> std::process::Command {
    let mut c = pgshift(dir, tmp);
    c.stdin(std::process::Stdio::null()).env("STAGING_URL", url);
    c
}

fn config(checks: &str, commands: &str) -> String {
    format!(
        "[environments.staging]\nurl_env = \"STAGING_URL\"\nchecks = [{checks}]\ncheck_commands = [{commands}]\ncheck_timeout = 10\n"
    )
}

const A: (&str, &str) = (
    "1_a.sql",
    "create table public.a (id bigint primary key);\n",
);
const B: (&str, &str) = (
    "2_b.sql",
    "create table public.b (id bigint primary key);\n",
);
const C: (&str, &str) = ("3_c.sql", "alter table public.a add column note text;\n");

fn exists(cluster: &Cluster, url: &str, table: &str) -> bool {
    cluster.query_at(
        url,
        &format!("select to_regclass('public.{table}') is not null"),
    )[0] == "t"
}

#[test]
fn checks_run_after_apply_and_alone_and_failures_are_recorded() {
    let tmp = open_tempdir();
    let cluster = Cluster::start();
    let url = database(&cluster);
    let good = config(
        "\"select count(*) = 0 from public.a\", \"select to_regclass('public.a') is not null\"",
        "\"true\"",
    );
    let p = project(&[A], &[], &good);
    let r = run(pg(p.path(), tmp.path(), &url).args(["apply", "--env", "staging"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(r.all().matches("check ok").count(), 3, "{}", r.all());

    let r =
        run(pg(p.path(), tmp.path(), &url).args(["check", "--env", "staging", "--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.all());
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["passed"], true);
    assert_eq!(v["checks"].as_array().unwrap().len(), 3);

    let bad = config(
        "\"select false\", \"select 1/0 = 1\"",
        "\"echo boom >&2; exit 3\"",
    );
    std::fs::write(p.path().join("pgshift.toml"), &bad).unwrap();
    let r = run(pg(p.path(), tmp.path(), &url).args(["check", "--env", "staging"]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.all().contains("returned f instead of true"),
        "{}",
        r.all()
    );
    assert!(r.all().contains("division by zero"), "{}", r.all());
    assert!(r.all().contains("exited with 3: boom"), "{}", r.all());

    // After a deploy, a failing check exits 1 and is recorded; the migration stays applied.
    std::fs::write(p.path().join("supabase/migrations/2_b.sql"), B.1).unwrap();
    let r = run(pg(p.path(), tmp.path(), &url).args(["apply", "--env", "staging"]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(exists(&cluster, &url, "b"));
    assert_eq!(
        cluster.query_at(
            &url,
            "select count(*) from pgshift.migration_history where action = 'check' and status = 'failed' and version = '2'"
        ),
        ["3"]
    );
}

#[test]
fn rollback_on_failure_undoes_this_runs_migrations() {
    let tmp = open_tempdir();
    let cluster = Cluster::start();
    let url = database(&cluster);
    let reference = database(&cluster);
    let rollbacks = [
        ("2_b.sql", "drop table public.b;\n"),
        ("3_c.sql", "alter table public.a drop column note;\n"),
    ];
    let p = project(&[A], &rollbacks, &config("", ""));
    for u in [&url, &reference] {
        let r = run(pg(p.path(), tmp.path(), u).args(["apply", "--env", "staging"]));
        assert_eq!(r.code, 0, "{}", r.all());
    }
    // A failing check after two new migrations: both are rolled back, newest first.
    for (name, sql) in [B, C] {
        std::fs::write(p.path().join("supabase/migrations").join(name), sql).unwrap();
    }
    std::fs::write(
        p.path().join("pgshift.toml"),
        config("\"select false\"", ""),
    )
    .unwrap();
    let r = run(pg(p.path(), tmp.path(), &url).args([
        "apply",
        "--env",
        "staging",
        "--rollback-on-failure",
    ]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.all().contains("2 migration(s) rolled back"),
        "{}",
        r.all()
    );
    assert!(!exists(&cluster, &url, "b"));
    if shared_available() {
        schema_equal(&url, &reference).unwrap();
    }

    // A migration of the run that fails: the ones before it are rolled back (config key).
    std::fs::write(
        p.path().join("pgshift.toml"),
        config("", "") + "rollback_on_failure = true\n",
    )
    .unwrap();
    std::fs::write(
        p.path().join("supabase/migrations/3_c.sql"),
        "alter table public.nowhere add column note text;\n",
    )
    .unwrap();
    let r = run(pg(p.path(), tmp.path(), &url).args(["apply", "--env", "staging"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.all().contains("1 migration(s) rolled back"),
        "{}",
        r.all()
    );
    assert!(!exists(&cluster, &url, "b"));

    // Without a rollback file the automatic rollback stops before running anything.
    std::fs::remove_file(p.path().join("supabase/rollbacks/2_b.sql")).unwrap();
    let r = run(pg(p.path(), tmp.path(), &url).args(["apply", "--env", "staging"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.all()
            .contains("automatic rollback stopped: no rollback file for 2_b.sql"),
        "{}",
        r.all()
    );
    assert!(exists(&cluster, &url, "b"));
}
