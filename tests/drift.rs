//! `drift` against real PostgreSQL: in sync, a manual change, two environments, and
//! migrations a target has not applied yet.

mod common;

use common::project::*;
use common::*;

#[test]
fn drift_says_which_differences_are_migrations_not_applied_yet() {
    let cluster = Cluster::start();
    let staging = database(&cluster);
    let tmp = open_tempdir();
    let p = Project::new(
        TWO,
        &[],
        &format!("[environments.staging]\nurl = '{staging}'\n"),
    );
    let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--env", "staging", "--to", "1"]));
    assert_eq!(r.code, 0, "{}", r.all());
    let r = run(pgshift_in(&p, tmp.path()).args(["drift", "--env", "staging"]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stdout
            .contains("note: 1 local migration(s) are not applied there yet (2):"),
        "{}",
        r.stdout
    );
    let r = run(pgshift_in(&p, tmp.path()).args(["drift", "--env", "staging", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["pending"], serde_json::json!(["2"]), "{}", r.stdout);
    // A database nothing recorded migrations in says nothing of pending ones.
    let bare = database(&cluster);
    query(&cluster, &bare, TWO[0].1);
    let r = run(pgshift_in(&p, tmp.path()).args(["drift", "--target", &bare]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(!r.stdout.contains("not applied there yet"), "{}", r.stdout);
}

#[test]
fn drift_reports_in_sync_then_a_manual_change_then_two_environments() {
    let cluster = Cluster::start();
    let staging = database(&cluster);
    let prod = database(&cluster);
    let tmp = open_tempdir();
    let config = format!(
        "[environments.staging]\nurl = '{staging}'\n[environments.production]\nurl = '{prod}'\nbackup = false\n"
    );
    let p = Project::new(TWO, &[], &config);
    for env in ["staging", "production"] {
        let r = run(pgshift_in(&p, tmp.path()).args(["apply", "--env", env, "--yes"]));
        assert_eq!(r.code, 0, "{}", r.all());
    }
    let r = run(pgshift_in(&p, tmp.path()).args(["drift", "--env", "staging"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(r.stdout.starts_with("in sync"), "{}", r.stdout);

    // A hotfix made by hand on staging.
    query(
        &cluster,
        &staging,
        "alter table users add column nickname text; create index users_email_idx on users (email)",
    );
    let r = run(pgshift_in(&p, tmp.path()).args(["drift", "--env", "staging"]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stdout.starts_with("DRIFT: environment `staging`"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("drop column"), "{}", r.stdout);
    assert!(r.stdout.contains("public.users"), "{}", r.stdout);
    assert!(r.stdout.contains("+    nickname text"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("DROP INDEX CONCURRENTLY IF EXISTS public.users_email_idx;"),
        "{}",
        r.stdout
    );

    let r = run(pgshift_in(&p, tmp.path()).args(["status", "--env", "staging"]));
    assert!(
        r.stdout.contains("drift: 2 object(s) differ"),
        "{}",
        r.stdout
    );
    let r = run(pgshift_in(&p, tmp.path()).args(["drift", "--env", "staging", "--format", "json"]));
    assert_eq!(r.code, 1, "{}", r.all());
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["in_sync"], false);
    let objects: Vec<&str> = v["objects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["object"].as_str().unwrap())
        .collect();
    assert!(
        objects.contains(&"index public.users_email_idx"),
        "{objects:?}"
    );
    assert!(
        objects.contains(&"column public.users.nickname"),
        "{objects:?}"
    );

    // Two environments: production is what staging should look like.
    let r = run(pgshift_in(&p, tmp.path()).args([
        "drift",
        "--env",
        "staging",
        "--against",
        "env:production",
    ]));
    assert_eq!(r.code, 1, "{}", r.all());
    let r = run(pgshift_in(&p, tmp.path()).args([
        "drift",
        "--env",
        "production",
        "--against",
        "supabase/migrations",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());

    // Errors are errors, not drift.
    let r = run(pgshift_in(&p, tmp.path()).args([
        "drift",
        "--target",
        "postgres://u:hunter2secret@127.0.0.1:1/db",
    ]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(!r.all().contains("hunter2secret"), "{}", r.all());
}
