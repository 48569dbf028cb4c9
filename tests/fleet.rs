//! Fleets against real PostgreSQL: one environment of many databases in a throwaway cluster,
//! deployed, re-deployed, checked for drift; canaries; the list file; passwords.

mod common;

use common::fleet::*;
use common::*;

#[test]
fn a_fleet_of_24_applies_around_a_failing_tenant_then_finishes_it_and_finds_drift() {
    let cluster = Cluster::start();
    let names: Vec<String> = (1..=24).map(|i| format!("tenant_{i:02}")).collect();
    let urls = databases(&cluster, &names, None);
    let list: String = names
        .iter()
        .zip(&urls)
        .map(|(n, u)| format!("{n}={u}\n"))
        .collect();
    // tenant_17 cannot take the second migration: `payments` exists there already.
    cluster.query_at(&urls[16], "create table payments (id int)");
    let tmp = open_tempdir();
    let p = project(MIGRATIONS, &format!("{FLEET}jobs = 6\n"), &list);

    let r =
        run(pgshift_in(p.path(), tmp.path())
            .args(["apply", "--env", "tenants", "--format", "json"]));
    assert_eq!(r.code, 1, "{}", r.all());
    let v = json(&r);
    let all = targets(&v);
    assert_eq!(all.len(), 24, "{}", r.stdout);
    for (t, name) in all.iter().zip(&names) {
        assert_eq!(t["target"], name.as_str(), "results keep the fleet's order");
        if name == "tenant_17" {
            assert_eq!(t["ok"], false);
            assert_eq!(t["outcome"], "failed");
            assert_eq!(strings(&t["applied"]), ["1_accounts.sql"]);
            let e = &t["error"];
            assert_eq!(e["file"], "migrations/2_invoices.sql", "{e}");
            assert_eq!(e["line"], 3, "{e}");
            assert!(
                e["message"].as_str().unwrap().contains("already exists"),
                "{e}"
            );
        } else {
            assert_eq!(t["ok"], true, "{t}");
            assert_eq!(t["outcome"], "applied", "{t}");
            assert_eq!(strings(&t["applied"]), ["1_accounts.sql", "2_invoices.sql"]);
            assert_eq!(t["drift"]["in_sync"], true, "{t}");
        }
    }
    assert_eq!(v["summary"]["targets"], 24);
    assert_eq!(v["summary"]["ok"], 23);
    assert_eq!(v["summary"]["outcomes"]["applied"], 23);
    assert_eq!(v["summary"]["outcomes"]["failed"], 1);
    // The 23 drift checks compared with one replay of the migrations, not 23.
    assert_eq!(v["shadow_replays"], 1, "{}", r.stdout);
    // Text lines went to stderr as targets finished, one each.
    assert_eq!(
        r.stderr
            .lines()
            .filter(|l| l.starts_with("tenant_"))
            .count(),
        24,
        "{}",
        r.stderr
    );

    // The databases say the same.
    for (name, url) in names.iter().zip(&urls) {
        let has = |rel: &str| {
            cluster.query_at(url, &format!("select to_regclass('{rel}') is not null"))[0] == "t"
        };
        let completed = cluster.query_at(
            url,
            "select count(*) from pgshift.schema_migrations where status = 'completed'",
        );
        if name == "tenant_17" {
            assert!(!has("public.invoices"), "nothing of the failed migration");
            assert!(!has("public.invoices_account_idx"));
            assert_eq!(completed, ["1"]);
            assert_eq!(
                cluster.query_at(
                    url,
                    "select status from pgshift.schema_migrations where version = '2'"
                ),
                ["failed"]
            );
        } else {
            assert!(has("public.invoices") && has("public.payments"), "{name}");
            assert_eq!(completed, ["2"], "{name}");
        }
    }

    // Fixed by hand, a re-run applies just that one.
    cluster.query_at(&urls[16], "drop table payments");
    let r =
        run(pgshift_in(p.path(), tmp.path())
            .args(["apply", "--env", "tenants", "--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.all());
    let v = json(&r);
    let applied: Vec<&serde_json::Value> = targets(&v)
        .iter()
        .filter(|t| t["outcome"] == "applied")
        .collect();
    assert_eq!(applied.len(), 1, "{}", r.stdout);
    assert_eq!(applied[0]["target"], "tenant_17");
    assert_eq!(strings(&applied[0]["applied"]), ["2_invoices.sql"]);
    assert_eq!(v["summary"]["outcomes"]["nothing_to_do"], 23);
    // An independent comparison (pg_dump based): the late tenant now equals the others.
    schema_equal(&urls[0], &urls[16]).unwrap();
    schema_equal(&urls[0], &urls[23]).unwrap();

    // Someone changes one database by hand: fleet drift finds that one, and only that one.
    cluster.query_at(&urls[4], "alter table accounts add column note text");
    let r =
        run(pgshift_in(p.path(), tmp.path())
            .args(["drift", "--env", "tenants", "--format", "json"]));
    assert_eq!(r.code, 1, "{}", r.all());
    let v = json(&r);
    assert_eq!(v["shadow_replays"], 1);
    let drifted: Vec<&serde_json::Value> =
        targets(&v).iter().filter(|t| t["ok"] == false).collect();
    assert_eq!(drifted.len(), 1, "{}", r.stdout);
    assert_eq!(drifted[0]["target"], "tenant_05");
    assert_eq!(drifted[0]["outcome"], "drifted");
    let objects = drifted[0]["objects"].to_string();
    assert!(objects.contains("public.accounts.note"), "{objects}");
    assert!(
        drifted[0]["reconcile_sql"]
            .as_str()
            .unwrap()
            .contains("DROP COLUMN"),
        "{}",
        drifted[0]["reconcile_sql"]
    );
    assert_eq!(v["summary"]["outcomes"]["in_sync"], 23);
    // The text form says the same in its table.
    let r =
        run(pgshift_in(p.path(), tmp.path()).args(["drift", "--env", "tenants", "--jobs", "8"]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stdout
            .lines()
            .any(|l| l.starts_with("tenant_05") && l.contains("DRIFT")),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("24 targets: 1 drifted, 23 in sync"),
        "{}",
        r.stdout
    );
    // Status agrees: all up to date, tenant_05 drifted from its applied migrations.
    let r =
        run(pgshift_in(p.path(), tmp.path())
            .args(["status", "--env", "tenants", "--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.all());
    let v = json(&r);
    assert_eq!(v["summary"]["outcomes"]["up_to_date"], 24, "{}", r.stdout);
    assert_eq!(targets(&v)[4]["drift"]["in_sync"], false);
    assert_eq!(targets(&v)[0]["drift"]["in_sync"], true);
}

#[test]
fn a_failing_canary_stops_the_run_before_the_others() {
    let cluster = Cluster::start();
    let names: Vec<String> = (1..=5).map(|i| format!("canary_{i}")).collect();
    let urls = databases(&cluster, &names, None);
    cluster.query_at(&urls[0], "create table payments (id int)");
    let list: String = names
        .iter()
        .zip(&urls)
        .map(|(n, u)| format!("{n}={u}\n"))
        .collect();
    let tmp = open_tempdir();
    let p = project(MIGRATIONS, FLEET, &list);
    let r = run(pgshift_in(p.path(), tmp.path()).args([
        "apply",
        "--env",
        "tenants",
        "--format",
        "json",
        "--no-drift-check",
    ]));
    assert_eq!(r.code, 1, "{}", r.all());
    let v = json(&r);
    let all = targets(&v);
    assert_eq!(all[0]["outcome"], "failed");
    for t in &all[1..] {
        assert_eq!(t["outcome"], "skipped", "{t}");
        assert!(
            t["error"]["message"]
                .as_str()
                .unwrap()
                .contains("the canary `canary_1` did not succeed"),
            "{t}"
        );
    }
    assert_eq!(v["summary"]["stopped"]["reason"], "canary_failed");
    assert_eq!(v["summary"]["stopped"]["target"], "canary_1");
    for url in &urls[1..] {
        assert_eq!(
            cluster.query_at(url, "select to_regnamespace('pgshift') is null"),
            ["t"],
            "nothing ran on the others"
        );
    }

    // --canary 2 on the text path: the first two go one by one; the first fails, the second
    // never starts.
    let r = run(pgshift_in(p.path(), tmp.path()).args([
        "apply",
        "--env",
        "tenants",
        "--canary",
        "2",
        "--no-drift-check",
    ]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stdout
            .contains("stopped: the canary `canary_1` did not succeed"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("5 targets: 1 failed, 4 skipped"),
        "{}",
        r.stdout
    );

    // With no canary and --fail-fast at one job, the failing first target stops the rest too.
    let r = run(pgshift_in(p.path(), tmp.path()).args([
        "apply",
        "--env",
        "tenants",
        "--canary",
        "0",
        "--jobs",
        "1",
        "--fail-fast",
        "--format",
        "json",
        "--no-drift-check",
    ]));
    assert_eq!(r.code, 1, "{}", r.all());
    let v = json(&r);
    assert_eq!(v["summary"]["stopped"]["reason"], "fail_fast");
    assert_eq!(v["summary"]["outcomes"]["skipped"], 4);
}

#[test]
fn the_urls_file_takes_names_comments_and_urls_and_names_its_mistakes() {
    let cluster = Cluster::start();
    let names: Vec<String> = ["eu_1", "eu_2", "us_1"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let urls = databases(&cluster, &names, None);
    let list = format!(
        "# tenants, one a line\n\
         \n\
         europe-1 = {}   # the first tenant\n\
         {}\n\
         \t# a comment after a tab\n\
         us.east={}\n",
        urls[0], urls[1], urls[2]
    );
    let tmp = open_tempdir();
    let p = project(&MIGRATIONS[..1], FLEET, &list);
    let r = run(pgshift_in(p.path(), tmp.path()).args([
        "status",
        "--env",
        "tenants",
        "--format",
        "json",
        "--no-drift-check",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    let v = json(&r);
    let got: Vec<&str> = targets(&v)
        .iter()
        .map(|t| t["target"].as_str().unwrap())
        .collect();
    assert_eq!(got, ["europe-1", urls[1].as_str(), "us.east"]);
    for t in targets(&v) {
        assert_eq!(t["outcome"], "pending");
        assert_eq!(strings(&t["pending"]), ["1_accounts.sql"]);
    }

    // A mistake names the file and line; exit 2 (a configuration error), nothing run.
    std::fs::write(
        p.path().join("tenants.txt"),
        format!("a={}\n# fine\nb=mysql://u:pw-in-file@h/db\n", urls[0]),
    )
    .unwrap();
    let r = run(pgshift_in(p.path(), tmp.path()).args(["apply", "--env", "tenants"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("tenants.txt:3"), "{}", r.stderr);
    assert!(!r.all().contains("pw-in-file"), "{}", r.all());
    assert_eq!(
        cluster.query_at(&urls[0], "select to_regnamespace('pgshift') is null"),
        ["t"]
    );
    std::fs::write(p.path().join("tenants.txt"), "# nobody yet\n").unwrap();
    let r = run(pgshift_in(p.path(), tmp.path()).args(["apply", "--env", "tenants"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("lists no database"), "{}", r.stderr);

    // `urls` inline and `urls_env`, and the fleet flags on a one-database environment.
    std::fs::write(
        p.path().join("pgshift.toml"),
        format!(
            "migrations_dir = 'migrations'\npreset = 'none'\n\
             [environments.inline]\nurls = ['x={}', '{}']\n\
             [environments.from_env]\nurls_env = 'TENANT_URLS'\n\
             [environments.one]\nurl = '{}'\n",
            urls[0], urls[1], urls[2]
        ),
    )
    .unwrap();
    let r = run(
        pgshift_in(p.path(), tmp.path()).args(["apply", "--env", "inline", "--format", "json"])
    );
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(json(&r)["summary"]["outcomes"]["applied"], 2);
    let r = run(pgshift_in(p.path(), tmp.path())
        .args(["status", "--env", "from_env", "--format", "json"])
        .env("TENANT_URLS", format!("{},{}", urls[0], urls[2])));
    assert_eq!(r.code, 0, "{}", r.all());
    let v = json(&r);
    assert_eq!(targets(&v).len(), 2);
    assert_eq!(targets(&v)[0]["outcome"], "up_to_date");
    assert_eq!(targets(&v)[1]["outcome"], "pending");
    let r = run(pgshift_in(p.path(), tmp.path()).args(["status", "--env", "from_env"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("TENANT_URLS"), "{}", r.stderr);
    // The fleet flags on one database change nothing: the single-target status.
    let r = run(pgshift_in(p.path(), tmp.path())
        .args(["status", "--env", "one", "--jobs", "2", "--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(json(&r).get("targets").is_none(), "{}", r.stdout);
    // A one-database environment is untouched by all this: the single-target output.
    let r = run(pgshift_in(p.path(), tmp.path()).args(["apply", "--env", "one"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stderr.contains("one: 1 migration(s) applied"),
        "{}",
        r.stderr
    );
    assert!(!r.stdout.contains("TARGET"), "{}", r.stdout);
}

#[test]
fn a_password_is_never_printed_even_inside_a_server_message() {
    const SECRET: &str = "Pw-s3cret-77";
    let cluster = Cluster::start();
    cluster.query(&format!(
        "create role tenant_owner login superuser password '{SECRET}'"
    ));
    let names: Vec<String> = (1..=3).map(|i| format!("secret_{i}")).collect();
    let urls = databases(&cluster, &names, Some(&format!("tenant_owner:{SECRET}")));
    // Named by their URLs (redacted), plus one that cannot be reached.
    let unreachable = format!("postgres://tenant_owner:{SECRET}@127.0.0.1:1/nowhere");
    let list = format!("{}\n{}\n{}\n{unreachable}\n", urls[0], urls[1], urls[2]);
    // The migration fails on secret_2 with a message that quotes a URL and the bare password.
    let migration = format!(
        "create table accounts (id int primary key);\n\
         do $$ begin if current_database() = 'secret_2' then raise exception \
         'cannot reach postgres://tenant_owner:{SECRET}@10.0.0.1/x (password {SECRET} refused)'; \
         end if; end $$;\n"
    );
    let tmp = open_tempdir();
    let p = project(&[("1_accounts.sql", &migration)], FLEET, &list);
    let mut outputs = Vec::new();
    for args in [
        vec!["apply", "--env", "tenants", "--canary", "0"],
        vec!["apply", "--env", "tenants", "--format", "json"],
        vec!["status", "--env", "tenants", "--format", "json"],
        vec!["status", "--env", "tenants"],
        vec!["drift", "--env", "tenants"],
        vec!["lint", "--env", "tenants", "--static-only"],
        vec!["rollback", "--env", "tenants", "--last", "1", "--dry-run"],
    ] {
        let r = run(pgshift_in(p.path(), tmp.path()).args(&args));
        assert!(
            !r.all().contains(SECRET),
            "{args:?} printed the password:\n{}",
            r.all()
        );
        outputs.push((args, r));
    }
    let (_, first) = &outputs[0];
    assert_eq!(first.code, 1, "{}", first.all());
    assert!(
        first.stdout.contains("postgres://tenant_owner:***@"),
        "targets are named by their redacted URL: {}",
        first.stdout
    );
    assert!(
        first
            .stdout
            .contains("cannot reach postgres://tenant_owner:***@10.0.0.1/x (password *** refused)"),
        "{}",
        first.stdout
    );
    assert!(
        first.stdout.contains("cannot connect to"),
        "{}",
        first.stdout
    );
    let v = json(&outputs[1].1);
    assert_eq!(v["summary"]["ok"], 2, "{}", outputs[1].1.stdout);
}

#[test]
fn each_target_gets_its_backup_checks_and_rollback_on_failure() {
    let cluster = Cluster::start();
    let names: Vec<String> = (1..=3).map(|i| format!("checked_{i}")).collect();
    let urls = databases(&cluster, &names, None);
    let list: String = names
        .iter()
        .zip(&urls)
        .map(|(n, u)| format!("{n}={u}\n"))
        .collect();
    let tmp = open_tempdir();
    // The check fails on checked_3 only; that target's run is rolled back.
    let p = project(
        &MIGRATIONS[..1],
        &format!(
            "rollbacks_dir = 'rollbacks'\n{FLEET}backup = true\nrollback_on_failure = true\n\
             checks = [\"SELECT current_database() <> 'checked_3'\"]\n"
        ),
        &list,
    );
    std::fs::create_dir_all(p.path().join("rollbacks")).unwrap();
    std::fs::write(
        p.path().join("rollbacks/1_accounts.sql"),
        "drop table accounts;\n",
    )
    .unwrap();
    let r = run(pgshift_in(p.path(), tmp.path()).args([
        "apply",
        "--env",
        "tenants",
        "--format",
        "json",
        "--no-drift-check",
    ]));
    assert_eq!(r.code, 1, "{}", r.all());
    let v = json(&r);
    let all = targets(&v);
    for (t, name) in all.iter().zip(&names) {
        let backup = t["backup"].as_str().unwrap_or_else(|| panic!("{t}"));
        assert!(
            backup.starts_with(&format!("backups/tenants/{name}/")) && backup.ends_with(".dump"),
            "{backup}"
        );
        assert!(p.path().join(backup).is_file(), "{backup}");
        assert_eq!(t["checks"][0]["kind"], "sql", "{t}");
    }
    assert_eq!(all[0]["outcome"], "applied");
    assert_eq!(all[1]["outcome"], "applied");
    assert_eq!(all[2]["outcome"], "checks_failed", "{}", all[2]);
    assert_eq!(strings(&all[2]["rolled_back"]), ["1_accounts.sql"]);
    assert!(
        all[2]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("rolled back the 1 migration(s) this run applied"),
        "{}",
        all[2]
    );
    let has_accounts = |url: &str| {
        cluster.query_at(url, "select to_regclass('public.accounts') is not null")[0] == "t"
    };
    assert!(has_accounts(&urls[0]) && has_accounts(&urls[1]));
    assert!(
        !has_accounts(&urls[2]),
        "rolled back where its check failed"
    );
    // Each check is recorded in the target's own history.
    assert_eq!(
        cluster.query_at(
            &urls[2],
            "select status from pgshift.migration_history where action = 'check'"
        ),
        ["failed"]
    );
    assert_eq!(
        cluster.query_at(
            &urls[0],
            "select status || ' ' || environment from pgshift.migration_history where action = 'check'"
        ),
        ["passed tenants"]
    );
}

#[test]
fn a_target_whose_lock_is_held_is_lock_busy_and_the_others_go_on() {
    let cluster = Cluster::start();
    let names: Vec<String> = (1..=3).map(|i| format!("locked_{i}")).collect();
    let urls = databases(&cluster, &names, None);
    let list: String = names
        .iter()
        .zip(&urls)
        .map(|(n, u)| format!("{n}={u}\n"))
        .collect();
    // Another deploy holds locked_2's lock for the whole run.
    let holder = cluster.rt.block_on(async {
        let c = pgshift::db::connect(&urls[1]).await.unwrap();
        c.query_one(
            "select pg_advisory_lock($1)",
            &[&pgshift::apply::lock::LOCK_KEY],
        )
        .await
        .unwrap();
        c
    });
    let tmp = open_tempdir();
    let p = project(&MIGRATIONS[..1], FLEET, &list);
    let r = run(pgshift_in(p.path(), tmp.path()).args([
        "apply",
        "--env",
        "tenants",
        "--lock-timeout",
        "1",
        "--no-drift-check",
        "--format",
        "json",
    ]));
    drop(holder);
    assert_eq!(r.code, 1, "{}", r.all());
    let v = json(&r);
    let outcomes: Vec<&str> = targets(&v)
        .iter()
        .map(|t| t["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, ["applied", "lock_busy", "applied"]);
    assert!(
        targets(&v)[1]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("held the lock"),
        "{}",
        r.stdout
    );
    assert_eq!(
        cluster.query_at(&urls[1], "select to_regclass('public.accounts') is null"),
        ["t"],
        "nothing ran where the lock was busy"
    );
}
