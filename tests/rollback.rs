//! `rollback` against real PostgreSQL: the last N and back to a version, tracked so `apply`
//! replays them, and refused (nothing run) when a migration it would roll back, or a newer
//! one, is not cleanly applied.

mod common;

use std::path::Path;

use common::project::*;
use common::*;
use pgshift::catalog::{self, Filter};

/// The target's schema (pgshift's own tracking schema left out) equals the first `n`
/// migrations replayed into a fresh database.
fn assert_schema_is_first(cluster: &Cluster, url: &str, migrations: &Path, n: usize) {
    cluster.rt.block_on(async {
        let filter = Filter {
            excluded_schemas: ["pgshift".to_string()].into(),
            keep_attached_to_excluded: false,
        };
        let files = pgshift::source::list_migrations(migrations).unwrap();
        let shadow = cluster.server.create_database().await.unwrap();
        for f in &files[..n] {
            pgshift::source::replay_file(&shadow.url, &f.path)
                .await
                .unwrap();
        }
        let a = catalog::inspect(&pgshift::db::connect(url).await.unwrap(), &filter)
            .await
            .unwrap();
        let b = catalog::inspect(&pgshift::db::connect(&shadow.url).await.unwrap(), &filter)
            .await
            .unwrap();
        assert!(a == b, "target differs from the first {n} migrations");
    });
}

#[test]
fn rollback_last_2_then_apply_tracks_the_replayed_migrations() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    let p = Project::example("");
    let total = std::fs::read_dir(p.migrations()).unwrap().count();
    assert_eq!(
        run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url])).code,
        0
    );
    assert_schema_is_first(&cluster, &url, &p.migrations(), total);
    // A dry run runs the two rollback files in a transaction that is rolled back.
    let r = run(pgshift_in(&p, tmp.path()).args([
        "rollback",
        "--target",
        &url,
        "--last",
        "2",
        "--dry-run",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(r.stderr.matches("(rolled back)").count(), 2, "{}", r.stderr);
    assert_schema_is_first(&cluster, &url, &p.migrations(), total);
    let r = run(pgshift_in(&p, tmp.path()).args(["rollback", "--target", &url, "--last", "2"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert_schema_is_first(&cluster, &url, &p.migrations(), total - 2);
    let r = run(pgshift_in(&p, tmp.path()).args(["status", "--target", &url]));
    assert!(
        r.stdout
            .contains(&format!("{} applied, 2 pending", total - 2)),
        "{}",
        r.stdout
    );
    assert_eq!(
        run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url])).code,
        0
    );
    assert_schema_is_first(&cluster, &url, &p.migrations(), total);
    // --to VERSION rolls back everything after it.
    let third = pgshift::source::list_migrations(&p.migrations()).unwrap()[2]
        .name
        .version
        .clone();
    let r = run(pgshift_in(&p, tmp.path()).args(["rollback", "--target", &url, "--to", &third]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert_schema_is_first(&cluster, &url, &p.migrations(), 3);
}

/// Rollback runs the same history checks as apply: the newest recorded migrations are counted
/// whatever their state, and one that is edited, failed, running or missing locally refuses the
/// rollback before anything runs (never a silent skip to an older one).
#[test]
fn rollback_refuses_an_unclean_newest_migration_and_never_skips_it() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    let three = [
        TWO[0],
        TWO[1],
        ("3_tags.sql", "create table tags (id int primary key);\n"),
    ];
    let rollbacks = [
        ("1_users.sql", "drop table users;\n"),
        ("2_posts.sql", "drop table posts;\n"),
        ("3_tags.sql", "drop table tags;\n"),
    ];
    let p = Project::new(&three, &rollbacks, "");
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 0, "{}", r.all());
    let untouched = |what: &str| {
        let tables = query(
            &cluster,
            &url,
            "select count(*) from pg_tables where schemaname = 'public'",
        );
        assert_eq!(tables, ["3"], "{what}: a table was dropped");
        let rows = query(
            &cluster,
            &url,
            "select count(*) from pgshift.migration_history where action = 'rollback'",
        );
        assert_eq!(rows, ["0"], "{what}: a rollback ran");
    };
    let newest = p.migrations().join("3_tags.sql");

    // Edited newest file.
    std::fs::write(&newest, "create table tags (id bigint primary key);\n").unwrap();
    for args in [["--last", "1"], ["--to", "1"]] {
        let r = run(pgshift_in(&p, tmp.path())
            .args(["rollback", "--target", &url, "--yes"])
            .args(args));
        assert_eq!(r.code, 1, "{}", r.all());
        assert!(
            r.stderr
                .contains("3_tags.sql was edited after it was applied"),
            "{}",
            r.stderr
        );
        untouched("edited");
    }
    std::fs::write(&newest, three[2].1).unwrap();

    // Failed and running newest migration.
    for status in ["failed", "running"] {
        query(
            &cluster,
            &url,
            &format!("update pgshift.schema_migrations set status = '{status}' where version = '3' returning 1"),
        );
        let r = run(pgshift_in(&p, tmp.path()).args(["rollback", "--target", &url, "--last", "1"]));
        assert_eq!(r.code, 1, "{}", r.all());
        assert!(
            r.stderr
                .contains(&format!("3_tags.sql is recorded as {status}")),
            "{}",
            r.stderr
        );
        untouched(status);
    }
    query(
        &cluster,
        &url,
        "update pgshift.schema_migrations set status = 'completed' where version = '3' returning 1",
    );

    // Newest applied migration missing locally.
    std::fs::remove_file(&newest).unwrap();
    let r = run(pgshift_in(&p, tmp.path()).args(["rollback", "--target", &url, "--last", "1"]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stderr
            .contains("version 3 (tags) is applied to the database but has no local file"),
        "{}",
        r.stderr
    );
    untouched("missing");

    // Clean again: --last 1 rolls back the newest.
    std::fs::write(&newest, three[2].1).unwrap();
    let r = run(pgshift_in(&p, tmp.path()).args(["rollback", "--target", &url, "--last", "1"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(
        query(
            &cluster,
            &url,
            "select coalesce(to_regclass('public.tags')::text, 'none') || ',' || coalesce(to_regclass('public.posts')::text, 'none')"
        ),
        ["none,posts"]
    );
}
