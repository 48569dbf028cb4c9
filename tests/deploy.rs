//! `apply`, `rollback`, `status` and `new` against real PostgreSQL: tracking, idempotence,
//! crash safety, concurrency, refusals and backups.

mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

use common::project::*;
use common::*;

#[test]
fn apply_applies_all_then_is_a_no_op_and_status_shows_checksums() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    let p = Project::new(TWO, &[], "");
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(r.stderr.contains("2 migration(s) applied"), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("drift check: target matches its applied migrations"),
        "{}",
        r.stderr
    );
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(r.stderr.contains("up to date"), "{}", r.stderr);
    let history = query(
        &cluster,
        &url,
        "select count(*) from pgshift.migration_history where action = 'apply'",
    );
    assert_eq!(history, ["2"]);

    let r = run(pgshift_in(&p, tmp.path()).args(["status", "--target", &url, "--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.all());
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let entries = v["migrations"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(v["drift"]["in_sync"], true, "{}", r.stdout);
    for e in entries {
        assert_eq!(e["state"]["state"], "applied");
        let checksum = e["applied"]["checksum"].as_str().unwrap();
        assert_eq!(checksum, e["local"]["checksum"].as_str().unwrap());
        assert_eq!(checksum.len(), 64);
        assert!(e["applied"]["execution_time_ms"].is_i64());
        assert!(e["applied"]["applied_by"]
            .as_str()
            .unwrap()
            .contains(" as "));
    }
    let r = run(pgshift_in(&p, tmp.path()).args(["status", "--target", &url]));
    assert!(r.stdout.contains("2 applied, 0 pending"), "{}", r.stdout);
    assert!(r.stdout.contains("drift: none"), "{}", r.stdout);
}

#[test]
fn an_edited_applied_file_is_refused_and_nothing_runs() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    let p = Project::new(&TWO[..1], &[], "");
    assert_eq!(
        run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url])).code,
        0
    );
    std::fs::write(
        p.migrations().join("1_users.sql"),
        "create table users (id bigint primary key);\n",
    )
    .unwrap();
    std::fs::write(p.migrations().join("2_posts.sql"), TWO[1].1).unwrap();
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stderr
            .contains("1_users.sql was edited after it was applied"),
        "{}",
        r.stderr
    );
    assert!(
        query(&cluster, &url, "select to_regclass('public.posts')::text") == [""; 0] || {
            let v = query(
                &cluster,
                &url,
                "select coalesce(to_regclass('public.posts')::text, 'none')",
            );
            v == ["none"]
        }
    );
    let r = run(pgshift_in(&p, tmp.path()).args(["status", "--target", &url]));
    assert_eq!(r.code, 1, "status reports the invalid history: {}", r.all());
    assert!(r.stdout.contains("EDITED"), "{}", r.stdout);
}

#[test]
fn a_failing_migration_leaves_nothing_and_is_recorded_failed() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    let bad =
        "create table half (a int);\ninsert into half values (1);\ncreate table half (b int);\n";
    let p = Project::new(&[TWO[0], ("2_bad.sql", bad)], &[], "");
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr
            .contains("2_bad.sql:3:1: relation \"half\" already exists"),
        "{}",
        r.stderr
    );
    assert_eq!(
        query(
            &cluster,
            &url,
            "select coalesce(to_regclass('public.half')::text, 'none')"
        ),
        ["none"]
    );
    assert_eq!(
        query(
            &cluster,
            &url,
            "select coalesce(to_regclass('public.users')::text, 'none')"
        ),
        ["users"]
    );
    let r = run(pgshift_in(&p, tmp.path()).args(["status", "--target", &url]));
    assert!(
        r.stdout.contains("failed") && r.stdout.contains("already exists"),
        "{}",
        r.stdout
    );
    // Fixed, it applies.
    std::fs::write(
        p.migrations().join("2_bad.sql"),
        "create table half (a int);\n",
    )
    .unwrap();
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 0, "{}", r.all());
}

#[test]
fn kill_9_mid_migration_keeps_nothing_releases_the_lock_and_a_rerun_applies() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    let slow = "create table slow (a int);\nselect pg_sleep(30);\n";
    let p = Project::new(&[TWO[0], ("2_slow.sql", slow)], &[], "");
    let mut child = pgshift_in(&p, tmp.path())
        .args(["apply", "--target", &url])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while query(
        &cluster,
        &url,
        "select count(*) from pg_stat_activity where query like 'select pg_sleep(30)%'",
    ) != ["1"]
    {
        assert!(
            Instant::now() < deadline,
            "the slow migration never started"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    // The server notices the dead client, rolls back and frees the lock within seconds.
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let free = query(
            &cluster,
            &url,
            &format!(
                "select pg_try_advisory_lock({0}) and pg_advisory_unlock({0})",
                pgshift::apply::lock::LOCK_KEY
            ),
        );
        if free == ["t"] {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the deploy lock was not released"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(
        query(
            &cluster,
            &url,
            "select coalesce(to_regclass('public.slow')::text, 'none')"
        ),
        ["none"]
    );
    let r = run(pgshift_in(&p, tmp.path()).args(["status", "--target", &url]));
    assert!(r.stdout.contains("1 applied, 1 pending"), "{}", r.stdout);
    std::fs::write(
        p.migrations().join("2_slow.sql"),
        "create table slow (a int);\n",
    )
    .unwrap();
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 0, "{}", r.all());
}

#[test]
fn two_applies_at_once_apply_each_migration_exactly_once() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    let migrations: Vec<(String, String)> = (1..=6)
        .map(|i| {
            (
                format!("{i}_t{i}.sql"),
                format!("create table t{i} (a int);\nselect pg_sleep(0.2);\n"),
            )
        })
        .collect();
    let refs: Vec<(&str, &str)> = migrations
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let p = Project::new(&refs, &[], "");
    let children: Vec<_> = (0..2)
        .map(|_| {
            pgshift_in(&p, tmp.path())
                .args(["apply", "--target", &url])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let counts = query(
        &cluster,
        &url,
        "select version || '=' || count(*) from pgshift.migration_history where action = 'apply' group by version order by version",
    );
    assert_eq!(counts.len(), 6, "{counts:?}");
    assert!(counts.iter().all(|c| c.ends_with("=1")), "{counts:?}");
}

/// `[safety] deny` and `--deny-hazard` refuse a deploy whose pending migrations carry a denied
/// hazard, found by the rules or declared by a generated file's notes (exit 1, nothing applied);
/// `--allow-hazard` lifts it.
#[test]
fn denied_hazards_refuse_apply_before_anything_runs() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    let widen = "alter table users alter column id type bigint;\n";
    let grant = "-- hazard authz-change: privileges on public.users change\ngrant select on users to public;\n";
    let p = Project::new(
        &[TWO[0], ("2_widen.sql", widen), ("3_grant.sql", grant)],
        &[],
        "[safety]\ndeny = [\"table-rewrite\"]\n",
    );
    let applied = || {
        query(
            &cluster,
            &url,
            "select count(*) from pg_tables where schemaname = 'public'",
        )
    };
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stderr.contains(
            "2_widen.sql:1: table-rewrite: alter table users alter column id type bigint"
        ),
        "{}",
        r.stderr
    );
    assert_eq!(applied(), ["0"], "nothing may run");
    let r = run(pgshift_in(&p, tmp.path()).args([
        "apply",
        "--target",
        &url,
        "--allow-hazard",
        "table-rewrite",
        "--deny-hazard",
        "authz-change",
    ]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stderr
            .contains("3_grant.sql:2: authz-change: grant select on users to public"),
        "{}",
        r.stderr
    );
    assert_eq!(applied(), ["0"], "nothing may run");
    let r = run(pgshift_in(&p, tmp.path()).args([
        "apply",
        "--target",
        &url,
        "--allow-hazard",
        "table-rewrite",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(applied(), ["1"]);
}

#[test]
fn a_missing_rollback_file_refuses_before_anything_runs() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    let p = Project::new(TWO, &[("2_posts.sql", "drop table posts;")], "");
    assert_eq!(
        run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url])).code,
        0
    );
    let r = run(pgshift_in(&p, tmp.path()).args(["rollback", "--target", &url, "--last", "2"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr.contains("no rollback file for 1_users.sql"),
        "{}",
        r.stderr
    );
    assert_eq!(
        query(
            &cluster,
            &url,
            "select coalesce(to_regclass('public.posts')::text, 'none')"
        ),
        ["posts"]
    );
}

#[test]
fn production_without_yes_and_without_a_terminal_is_refused_without_backup() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    let p = Project::new(
        TWO,
        &[],
        &format!("[environments.production]\nurl = '{url}'\n"),
    );
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--env", "production"]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    assert!(!p.path().join("backups").exists(), "no backup may be taken");
    assert_eq!(
        query(
            &cluster,
            &url,
            "select coalesce(to_regnamespace('pgshift')::text, 'none')"
        ),
        ["none"]
    );

    // With --yes: a backup first (owner-only), then the deploy.
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--env", "production", "--yes"]));
    assert_eq!(r.code, 0, "{}", r.all());
    let dumps: Vec<_> = std::fs::read_dir(p.path().join("backups/production"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(dumps.len(), 1);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        dumps[0].metadata().unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert!(
        r.stderr.contains("pg_restore --clean --if-exists"),
        "{}",
        r.stderr
    );
}

#[test]
fn supabase_cli_history_counts_as_applied_and_is_kept_up_to_date() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    query(
        &cluster,
        &url,
        "create schema supabase_migrations; \
         create table supabase_migrations.schema_migrations (version text primary key, statements text[], name text); \
         create table users (id int primary key, email text not null); \
         insert into supabase_migrations.schema_migrations (version, name) values ('1', 'users')",
    );
    let p = Project::new(TWO, &[], "");
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(r.stderr.contains("1 pending migration(s)"), "{}", r.stderr);
    assert_eq!(
        query(&cluster, &url, "select string_agg(version, ',' order by version) from supabase_migrations.schema_migrations"),
        ["1,2"]
    );
}

#[test]
fn non_transactional_migrations_resume_after_a_failure() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    let m = "create table big (a int);\ncreate index concurrently big_a on big (a);\ncreate index concurrently big_b on big (b);\n";
    let p = Project::new(&[("1_big.sql", m)], &[], "");
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert_eq!(
        query(
            &cluster,
            &url,
            "select statements_done from pgshift.schema_migrations"
        ),
        ["2"]
    );
    // The file is fixed in place for the statement that failed; the first two are not re-run.
    std::fs::write(
        p.migrations().join("1_big.sql"),
        m.replace("on big (b)", "on big (a, a)"),
    )
    .unwrap();
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 0, "{}", r.all());
}

#[test]
fn a_file_validating_what_it_added_not_valid_commits_the_add_first() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    let setup = "create table accounts (id int primary key, balance int);\n\
                 insert into accounts values (1, 10), (2, -5);\n";
    // No BEGIN, no directive: the validation must not run in the transaction of the ADD, so the
    // file runs statement by statement, as psql runs it.
    let m =
        "alter table accounts add constraint balance_positive check (balance >= 0) not valid;\n\
             alter table accounts validate constraint balance_positive;\n";
    let p = Project::new(&[("1_accounts.sql", setup), ("2_check.sql", m)], &[], "");
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.all().contains("2_check.sql:2:"), "{}", r.all());
    // The ADD committed on its own (new rows are checked from now on); the validation did not.
    assert_eq!(
        query(
            &cluster,
            &url,
            "select statements_done || ' ' || status from pgshift.schema_migrations where version = '2'"
        ),
        ["1 failed"]
    );
    assert_eq!(
        query(
            &cluster,
            &url,
            "select convalidated::text from pg_constraint where conname = 'balance_positive'"
        ),
        ["false"]
    );
    // The bad row fixed, a re-run resumes at the validation.
    query(
        &cluster,
        &url,
        "update accounts set balance = 0 where id = 2",
    );
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(
        query(
            &cluster,
            &url,
            "select convalidated::text from pg_constraint where conname = 'balance_positive'"
        ),
        ["true"]
    );
}

#[test]
fn a_failure_inside_a_transactional_section_rolls_the_section_back_and_resumes_at_its_begin() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    // The layout `generate` writes for a plan that mixes both kinds of statement.
    let m = "-- pgshift:no-transaction\n\
             BEGIN;\ncreate table big (a int);\nCOMMIT;\n\
             create index concurrently big_a on big (a);\n\
             BEGIN;\nalter table big add column c int;\nalter table big add constraint c_pos check (b > 0);\nCOMMIT;\n";
    let p = Project::new(&[("1_big.sql", m)], &[], "");
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.all().contains("1_big.sql:"), "{}", r.all());
    // The third section rolled back whole: progress points at its BEGIN (4 statements done), and the
    // column its first statement added is not there.
    assert_eq!(
        query(
            &cluster,
            &url,
            "select statements_done || ' ' || status from pgshift.schema_migrations"
        ),
        ["4 failed"]
    );
    assert_eq!(
        query(
            &cluster,
            &url,
            "select count(*) from pg_attribute where attrelid = 'big'::regclass and attname = 'c'"
        ),
        ["0"]
    );
    std::fs::write(
        p.migrations().join("1_big.sql"),
        m.replace("check (b > 0)", "check (c > 0)"),
    )
    .unwrap();
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(
        query(
            &cluster,
            &url,
            "select statements_done || ' ' || status from pgshift.schema_migrations"
        ),
        ["8 completed"]
    );
    assert_eq!(
        query(
            &cluster,
            &url,
            "select count(*) from pg_constraint where conname = 'c_pos'"
        ),
        ["1"]
    );
}

#[test]
fn bad_targets_and_config_fail_clearly_without_passwords() {
    let tmp = open_tempdir();
    let p = Project::new(TWO, &[], "");
    for args in [
        vec![
            "apply",
            "--target",
            "postgres://u:hunter2secret@127.0.0.1:1/db",
        ],
        vec![
            "status",
            "--target",
            "postgres://u:hunter2secret@127.0.0.1:notaport/db",
        ],
        vec!["apply", "--target", "mysql://u:hunter2secret@h/db"],
        vec![
            "apply",
            "--target",
            "postgres://u:hunter2secret@db.example.supabase.co:6543/postgres",
        ],
        vec!["apply", "--env", "nope"],
    ] {
        let r = run(pgshift_in(&p, tmp.path()).args(&args));
        assert_eq!(r.code, 2, "{args:?}: {}", r.all());
        assert!(!r.all().contains("hunter2secret"), "{args:?}: {}", r.all());
        assert!(r.stderr.starts_with("error: "), "{args:?}: {}", r.stderr);
    }
    let bad = Project::new(
        TWO,
        &[],
        "[environments.staging]\nurl = 'postgres://h/db'\nbakcup = true\n",
    );
    let r = run(pgshift_in(&bad, tmp.path()).args(["status", "--env", "staging"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("bakcup"), "{}", r.stderr);
}

#[test]
fn new_creates_a_migration_and_its_rollback() {
    let tmp = open_tempdir();
    let p = Project::new(&[("20990101000000_future.sql", "select 1;")], &[], "");
    let r = run(pgshift_in(&p, tmp.path()).args(["new", "Add user preferences table"]));
    assert_eq!(r.code, 0, "{}", r.all());
    let lines: Vec<&str> = r.stdout.lines().collect();
    // The clock is behind the newest version here, so the version continues from it.
    assert_eq!(
        lines[0],
        "supabase/migrations/20990101000001_add_user_preferences_table.sql"
    );
    assert_eq!(
        lines[1],
        "supabase/rollbacks/20990101000001_add_user_preferences_table.sql"
    );
    let text = std::fs::read_to_string(p.path().join(lines[0])).unwrap();
    assert!(
        text.starts_with("-- Add user preferences table\n"),
        "{text}"
    );
    let r = run(pgshift_in(&p, tmp.path()).args(["--shadow", "local", "verify"]));
    assert_eq!(r.code, 0, "{}", r.all());
}

/// A target that records its migrations and has not applied the newest yet: drift reports what
/// they change (exit 1, the target differs from the migrations) and says they are pending there,
/// not changes made by hand.
#[test]
fn a_wrong_password_is_a_clear_error_without_the_password() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    // Require a password for one role (the cluster trusts everyone else).
    let hba = query(&cluster, &url, "show hba_file");
    let old = std::fs::read_to_string(&hba[0]).unwrap();
    std::fs::write(
        &hba[0],
        format!(
            "host all pwuser 127.0.0.1/32 scram-sha-256\nlocal all pwuser scram-sha-256\n{old}"
        ),
    )
    .unwrap();
    query(
        &cluster,
        &url,
        "create role pwuser login password 'right-one'; select pg_reload_conf()",
    );
    let u = url::Url::parse(&url).unwrap();
    let bad = format!(
        "postgres://pwuser:wrong-hunter2@{}:{}{}",
        u.host_str().unwrap(),
        u.port().unwrap(),
        u.path()
    );
    let tmp = open_tempdir();
    let p = Project::new(TWO, &[], "");
    for cmd in ["apply", "status"] {
        let r = run(pgshift_in(&p, tmp.path()).args([cmd, "--target", &bad]));
        assert_eq!(r.code, 2, "{}", r.all());
        assert!(!r.all().contains("wrong-hunter2"), "{}", r.all());
        assert!(r.stderr.contains("password"), "{}", r.stderr);
    }
    let r = run(pgshift_in(&p, tmp.path()).args(["drift", "--target", &bad]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(!r.all().contains("wrong-hunter2"), "{}", r.all());
}

#[test]
fn a_deploy_that_cannot_get_the_lock_in_time_is_refused_with_exit_1() {
    let cluster = Cluster::start();
    let url = database(&cluster);
    let tmp = open_tempdir();
    let p = Project::new(TWO, &[], "");
    // Another deploy holds the lock: a session that stays open for the test's life.
    let holder = cluster.rt.block_on(async {
        let c = pgshift::db::connect(&url).await.unwrap();
        c.query_one(
            "SELECT pg_advisory_lock($1)",
            &[&pgshift::apply::lock::LOCK_KEY],
        )
        .await
        .unwrap();
        c
    });
    let r = run(pgshift_in(&p, tmp.path()).args([
        "apply",
        "--target",
        &url,
        "--lock-timeout",
        "1",
        "--no-drift-check",
    ]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stderr.contains("waiting for another deploy"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("refused: another deploy held the lock"),
        "{}",
        r.stderr
    );
    assert_eq!(
        query(
            &cluster,
            &url,
            "select coalesce(to_regclass('public.users')::text, 'none')"
        ),
        ["none"]
    );
    drop(holder);
}

#[test]
fn secrets_are_placeholders_in_plans_and_apply_fills_them_from_the_environment() {
    let cluster = Cluster::start();
    let from = database(&cluster);
    let to = database(&cluster);
    let tmp = open_tempdir();
    cluster.query_at(
        &to,
        "create foreign data wrapper w; \
         create server s foreign data wrapper w options (host 'db', password 'srv-hunter2'); \
         create user mapping for public server s options (user 'u', password 'hunter2')",
    );
    let p = Project::new(&[], &[], "");
    let r = run(pgshift_in(&p, tmp.path()).args(["inspect", &to, "--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(!r.all().contains("hunter2"), "{}", r.all());
    let r = run(pgshift_in(&p, tmp.path()).args(["diff", "--from", &from, "--to", &to]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(!r.all().contains("hunter2"), "{}", r.all());
    for var in [
        "PGSHIFT_SECRET_S_PUBLIC_PASSWORD",
        "PGSHIFT_SECRET_S_PASSWORD",
    ] {
        assert!(r.stdout.contains(&format!("'${{{var}}}'")), "{}", r.stdout);
        assert!(
            r.stdout.lines().next().unwrap().contains(var),
            "{}",
            r.stdout
        );
    }
    std::fs::write(p.migrations().join("1_fdw.sql"), &r.stdout).unwrap();
    let servers = || query(&cluster, &from, "select count(*) from pg_foreign_server");
    let r = run(pgshift_in(&p, tmp.path())
        .args(["apply", "--target", &from])
        .env("PGSHIFT_SECRET_S_PASSWORD", "srv-hunter2"));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr.contains("PGSHIFT_SECRET_S_PUBLIC_PASSWORD") && !r.stderr.contains("srv-hunter2"),
        "{}",
        r.stderr
    );
    assert_eq!(servers(), ["0"], "nothing may run");
    let r = run(pgshift_in(&p, tmp.path())
        .args(["apply", "--target", &from])
        .env("PGSHIFT_SECRET_S_PASSWORD", "srv-hunter2")
        .env("PGSHIFT_SECRET_S_PUBLIC_PASSWORD", "hunter2"));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(!r.all().contains("hunter2"), "{}", r.all());
    assert_eq!(
        query(
            &cluster,
            &from,
            "select array_to_string(umoptions, ',') from pg_user_mappings"
        ),
        ["user=u,password=hunter2"]
    );
    let r = run(pgshift_in(&p, tmp.path()).args(["diff", "--from", &from, "--to", &to]));
    assert!(r.stdout.contains("no differences"), "{}", r.all());
}
