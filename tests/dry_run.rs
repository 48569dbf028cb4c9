//! `apply --dry-run` against real PostgreSQL: the pending migrations run in one transaction
//! that is rolled back, files with their own transactions and concurrent statements included.

mod common;

use common::project::*;
use common::*;

#[test]
fn dry_run_proves_pending_migrations_and_changes_nothing() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    let p = Project::new(TWO, &[], "");
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url, "--dry-run"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stderr.contains("ok    2_posts.sql (rolled back)"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("lint: SAFE TO DEPLOY"), "{}", r.stderr);
    assert_eq!(
        query(
            &cluster,
            &url,
            "select coalesce(to_regclass('public.users')::text, 'none')"
        ),
        ["none"]
    );
    std::fs::write(
        p.migrations().join("3_bad.sql"),
        "alter table nope add column a int;",
    )
    .unwrap();
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url, "--dry-run"]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stderr.contains("FAIL  3_bad.sql"), "{}", r.stderr);
    std::fs::remove_file(p.migrations().join("3_bad.sql")).unwrap();
    std::fs::write(
        p.migrations().join("3_drop.sql"),
        "create table gone (id int);\n",
    )
    .unwrap();
    std::fs::write(
        p.migrations().join("4_drop.sql"),
        "drop table users cascade;\n",
    )
    .unwrap();
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url, "--dry-run"]));
    assert!(r.stderr.contains("error[ban-drop-table]"), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("lint: NOT SAFE TO DEPLOY: 1 blocking finding"),
        "{}",
        r.stderr
    );
}

#[test]
fn dry_run_runs_files_with_their_own_transactions_and_concurrent_statements() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    let p = Project::new(
        &[
            (
                "1_users.sql",
                "BEGIN;\ncreate table users (id int primary key, email text not null);\nCOMMIT;\n",
            ),
            (
                "2_index.sql",
                "create index concurrently users_email on users (email);\nvacuum users;\n",
            ),
            (
                "3_block.sql",
                "begin;\nalter table users add column name text;\nrollback;\n\
                 begin;\nalter table users add column nick text;\ncommit;\n",
            ),
        ],
        &[],
        "",
    );
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url, "--dry-run"]));
    assert_eq!(r.code, 0, "{}", r.all());
    for file in ["1_users.sql", "2_index.sql", "3_block.sql"] {
        assert!(
            r.stderr.contains(&format!("ok    {file} (rolled back)")),
            "{}",
            r.stderr
        );
    }
    assert!(
        r.stderr
            .contains("2_index.sql:2: not run in the dry run: VACUUM changes no schema"),
        "{}",
        r.stderr
    );
    // The file's ROLLBACK undid its block: a later file using that column fails, as it would on
    // the target.
    std::fs::write(
        p.migrations().join("4_use.sql"),
        "BEGIN;\nupdate users set name = nick;\nCOMMIT;\n",
    )
    .unwrap();
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url, "--dry-run"]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stderr.contains("FAIL  4_use.sql"), "{}", r.stderr);
    assert!(r.stderr.contains("column \"name\""), "{}", r.stderr);
    // Nothing was changed.
    assert_eq!(
        query(
            &cluster,
            &url,
            "select coalesce(to_regclass('public.users')::text, 'none')"
        ),
        ["none"]
    );
}

#[test]
fn rollback_dry_run_runs_the_rollback_files_and_reports_a_failing_one() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    let p = Project::new(
        TWO,
        &[
            ("1_users.sql", "drop table users;\n"),
            ("2_posts.sql", "drop table post;\n"),
        ],
        "",
    );
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 0, "{}", r.all());
    let r = run(pgshift_in(&p, tmp.path()).args([
        "rollback",
        "--target",
        &url,
        "--last",
        "1",
        "--dry-run",
    ]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stderr.contains("FAIL  2_posts.sql"), "{}", r.stderr);
    assert!(r.stderr.contains("\"post\" does not exist"), "{}", r.stderr);
    assert_eq!(
        query(&cluster, &url, "select to_regclass('public.posts')::text"),
        ["posts"]
    );
}
