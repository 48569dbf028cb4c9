//! Fleets against real PostgreSQL, beside `fleet.rs`: dry runs linted per database, the
//! post-deploy checks on every database (`check --env`), and the schema fingerprint that settles
//! the drift checks of databases in sync.

mod common;

use common::fleet::*;
use common::*;

#[test]
fn a_dry_run_lints_each_database_and_check_runs_on_every_one() {
    let cluster = Cluster::start();
    let names: Vec<String> = (1..=3).map(|i| format!("dry_{i}")).collect();
    let urls = databases(&cluster, &names, None);
    let list: String = names
        .iter()
        .zip(&urls)
        .map(|(n, u)| format!("{n}={u}\n"))
        .collect();
    // An index on `accounts`: where `accounts` already exists (dry_1 has applied the first
    // migration) building it without CONCURRENTLY blocks writes; where the same run creates the
    // table it does not matter.
    let migrations = [
        MIGRATIONS[0],
        (
            "2_accounts_name.sql",
            "create index accounts_name_idx on accounts (name);\n",
        ),
    ];
    // The check passes where `accounts` has no row.
    let config = format!(
        "{FLEET}checks = [\"select count(*) = 0 from accounts\"]\n\
         check_commands = [\"true\"]\n"
    );
    let tmp = open_tempdir();
    let p = project(&migrations, &config, &list);
    std::fs::write(
        p.path().join("tenants.txt"),
        format!("{}={}\n", names[0], urls[0]),
    )
    .unwrap();
    let r = run(pgshift_in(p.path(), tmp.path()).args([
        "apply",
        "--env",
        "tenants",
        "--to",
        "1",
        "--no-drift-check",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    std::fs::write(p.path().join("tenants.txt"), &list).unwrap();

    let r = run(pgshift_in(p.path(), tmp.path()).args([
        "apply",
        "--env",
        "tenants",
        "--dry-run",
        "--format",
        "json",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    let v = json(&r);
    let all = targets(&v);
    assert_eq!(all[0]["outcome"], "dry_run", "{}", all[0]);
    assert_eq!(strings(&all[0]["pending"]), ["2_accounts_name.sql"]);
    let findings = all[0]["lint"]["findings"].as_array().unwrap();
    assert!(
        findings
            .iter()
            .any(|f| f["rule"] == "require-concurrent-index-creation"
                && f["path"] == "migrations/2_accounts_name.sql"
                && f["line"] == 1),
        "{}",
        all[0]
    );
    assert!(all[0]["lint"]["blocking"].as_u64().unwrap() >= 1);
    assert_eq!(all[0]["dry_run"][0]["dry_run"], "applies", "{}", all[0]);
    for t in &all[1..] {
        assert_eq!(t["outcome"], "dry_run", "{t}");
        assert_eq!(
            strings(&t["pending"]),
            ["1_accounts.sql", "2_accounts_name.sql"]
        );
        assert!(
            !t["lint"]["findings"]
                .to_string()
                .contains("require-concurrent-index-creation"),
            "{t}"
        );
        assert_eq!(t["lint"]["verdict"], "SAFE TO DEPLOY", "{t}");
    }
    // Nothing changed.
    assert_eq!(
        cluster.query_at(&urls[1], "select to_regnamespace('pgshift') is null"),
        ["t"]
    );
    // The text form names the database with its finding.
    let r = run(pgshift_in(p.path(), tmp.path()).args(["apply", "--env", "tenants", "--dry-run"]));
    assert_eq!(r.code, 0, "{}", r.all());
    let block = r
        .stdout
        .split("\n\n")
        .find(|b| b.contains("require-concurrent-index-creation"))
        .unwrap_or_else(|| panic!("{}", r.stdout));
    assert!(block.starts_with("dry_1 (1 database):"), "{block}");
    assert!(
        block.contains("migrations/2_accounts_name.sql:1:"),
        "{block}"
    );
    assert!(
        r.stdout
            .lines()
            .any(|l| l.starts_with("dry_1")
                && l.contains("NOT SAFE TO DEPLOY".to_lowercase().as_str())),
        "{}",
        r.stdout
    );

    // The checks on every database: dry_2 gets a row, so its SQL check fails there alone.
    let r = run(pgshift_in(p.path(), tmp.path()).args([
        "apply",
        "--env",
        "tenants",
        "--no-drift-check",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    cluster.query_at(&urls[1], "insert into accounts values (1, 'a')");
    let r = run(pgshift_in(p.path(), tmp.path()).args([
        "check", "--env", "tenants", "--jobs", "2", "--format", "json",
    ]));
    assert_eq!(r.code, 1, "{}", r.all());
    let v = json(&r);
    let all = targets(&v);
    assert_eq!(
        all.iter()
            .map(|t| t["outcome"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["passed", "checks_failed", "passed"],
        "{}",
        r.stdout
    );
    assert_eq!(all[1]["checks"][0]["passed"], false);
    assert_eq!(all[1]["checks"][1]["passed"], true);
    assert!(
        all[1]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("returned f instead of true"),
        "{}",
        all[1]
    );
    assert_eq!(v["summary"]["outcomes"]["passed"], 2);
    let r = run(pgshift_in(p.path(), tmp.path()).args(["check", "--env", "tenants"]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stdout.contains("3 targets: 1 checks failed, 2 passed"),
        "{}",
        r.stdout
    );
    // Fixed: exit 0.
    cluster.query_at(&urls[1], "delete from accounts");
    let r = run(pgshift_in(p.path(), tmp.path()).args(["check", "--env", "tenants"]));
    assert_eq!(r.code, 0, "{}", r.all());
}

#[test]
fn the_fingerprint_tells_equal_schemas_apart_from_changed_ones() {
    let cluster = Cluster::start();
    let names: Vec<String> = ["fp_a", "fp_b"].iter().map(|s| s.to_string()).collect();
    let urls = databases(&cluster, &names, None);
    let schema = "create type mood as enum ('ok', 'sad');\n\
        create table accounts (id int primary key, name text not null default 'x', m mood);\n\
        create index accounts_name_idx on accounts (name);\n\
        create function f(i int) returns int language sql as 'select i + 1';\n\
        create view v as select id from accounts;\n\
        alter table accounts enable row level security;\n\
        create policy p on accounts using (id > 0);\n\
        comment on table accounts is 'people';\n";
    for url in &urls {
        cluster.query_at(url, schema);
    }
    let filter = pgshift::catalog::Filter {
        excluded_schemas: ["pgshift".to_string()].into_iter().collect(),
        keep_attached_to_excluded: false,
    };
    let fingerprint = |url: &str| {
        cluster.rt.block_on(async {
            let c = pgshift::db::connect(url).await.unwrap();
            pgshift::catalog::fingerprint(&c, &filter).await.unwrap()
        })
    };
    let same = fingerprint(&urls[0]);
    assert_eq!(
        same,
        fingerprint(&urls[1]),
        "the same objects, another database"
    );
    // pgshift's own tables are not part of the schema.
    cluster.query_at(
        &urls[1],
        "create schema pgshift; create table pgshift.t (i int)",
    );
    assert_eq!(same, fingerprint(&urls[1]));
    // Each change, made and then undone, moves the fingerprint and brings it back.
    for (change, undo) in [
        (
            "alter table accounts alter column name type varchar(20)",
            "alter table accounts alter column name type text",
        ),
        (
            "alter table accounts alter column name set default 'y'",
            "alter table accounts alter column name set default 'x'",
        ),
        (
            "alter table accounts alter column name drop not null",
            "alter table accounts alter column name set not null",
        ),
        (
            "drop index accounts_name_idx; create index accounts_name_idx on accounts (lower(name))",
            "drop index accounts_name_idx; create index accounts_name_idx on accounts (name)",
        ),
        (
            "create or replace function f(i int) returns int language sql as 'select i + 2'",
            "create or replace function f(i int) returns int language sql as 'select i + 1'",
        ),
        (
            "alter policy p on accounts using (id > 1)",
            "alter policy p on accounts using (id > 0)",
        ),
        (
            "comment on table accounts is 'users'",
            "comment on table accounts is 'people'",
        ),
    ] {
        cluster.query_at(&urls[1], change);
        assert_ne!(same, fingerprint(&urls[1]), "{change}");
        cluster.query_at(&urls[1], undo);
        assert_eq!(same, fingerprint(&urls[1]), "{undo}");
    }
    // A grant revoked leaves the owner's privileges written out where there were none: the
    // fingerprints differ (the full comparison then decides), never the other way round.
    cluster.query_at(&urls[1], "grant select on accounts to public");
    let granted = fingerprint(&urls[1]);
    assert_ne!(same, granted);
    cluster.query_at(&urls[1], "revoke select on accounts from public");
    assert_ne!(granted, fingerprint(&urls[1]));
    cluster.query_at(&urls[0], "alter type mood add value 'glad'");
    assert_ne!(same, fingerprint(&urls[0]));
}
