//! Migration files as people write them, against real PostgreSQL: `COPY ... FROM stdin` blocks
//! (text and CSV) and psql meta-commands, through verify, apply and rollback.

mod common;

use std::path::Path;

use common::*;

const INVOICES: &str =
    "create table public.invoices (id int primary key, note text, amount numeric);\n\
COPY public.invoices (id, note) FROM stdin;\n\
1\tit's paid; thanks\n\
2\t\\N\n\
3\ttab\\there\n\
\\.\n\
update public.invoices set amount = id * 10;\n";

const RATES: &str = "\\set ON_ERROR_STOP on\n\
\\echo loading rates\n\
create table public.rates (code text primary key, rate numeric, label text);\n\
copy public.rates from stdin with (format csv, header true);\n\
code,rate,label\n\
EUR,1.1,\"euro, \"\"common\"\"\"\n\
JPY,0.007,\n\
\\.\n";

/// A project with these migrations (and rollbacks) under `supabase/`.
fn project(migrations: &[(&str, &str)], rollbacks: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (sub, files) in [("migrations", migrations), ("rollbacks", rollbacks)] {
        let d = dir.path().join("supabase").join(sub);
        std::fs::create_dir_all(&d).unwrap();
        for (name, sql) in files {
            std::fs::write(d.join(name), sql).unwrap();
        }
    }
    std::fs::write(dir.path().join("pgshift.toml"), "").unwrap();
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

fn pg(dir: &Path, tmp: &Path) -> std::process::Command {
    let mut c = pgshift(dir, tmp);
    c.stdin(std::process::Stdio::null());
    c
}

#[test]
fn copy_blocks_verify_apply_and_roll_back() {
    let tmp = open_tempdir();
    let p = project(
        &[("1_invoices.sql", INVOICES), ("2_rates.sql", RATES)],
        &[
            ("1_invoices.sql", "drop table public.invoices;\n"),
            ("2_rates.sql", "drop table public.rates;\n"),
        ],
    );
    let r = run(pg(p.path(), tmp.path()).args(["--shadow", "local", "verify"]));
    assert_eq!(r.code, 0, "{}", r.all());

    let cluster = Cluster::start();
    let url = database(&cluster);
    let r = run(pg(p.path(), tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(
        cluster.query_at(
            &url,
            "select string_agg(id || '=' || coalesce(note, 'NULL') || '/' || amount, '|' order by id) from public.invoices"
        ),
        ["1=it's paid; thanks/10|2=NULL/20|3=tab\there/30"]
    );
    assert_eq!(
        cluster.query_at(
            &url,
            "select string_agg(code || ':' || rate || ':' || coalesce(label, 'NULL'), '|' order by code) from public.rates"
        ),
        ["EUR:1.1:euro, \"common\"|JPY:0.007:NULL"]
    );
    let r = run(pg(p.path(), tmp.path()).args(["rollback", "--target", &url, "--last", "1"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(
        cluster.query_at(&url, "select to_regclass('public.rates') is null"),
        ["t"]
    );
    assert_no_leftovers(tmp.path());
}

#[test]
fn a_bad_row_is_reported_at_its_line_and_nothing_is_applied() {
    let tmp = open_tempdir();
    let bad = "create table public.t (id int, n int);\n\
COPY public.t (id, n) FROM stdin;\n\
1\t2\n\
2\tnot a number\n\
\\.\n";
    let p = project(&[("1_t.sql", bad)], &[]);
    let cluster = Cluster::start();
    let url = database(&cluster);
    let r = run(pg(p.path(), tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("1_t.sql:4:1:"), "{}", r.stderr);
    assert!(r.stderr.contains("not a number"), "{}", r.stderr);
    assert_eq!(
        cluster.query_at(&url, "select to_regclass('public.t') is null"),
        ["t"]
    );
}

#[test]
fn meta_commands_that_cannot_run_are_refused_by_name_and_line() {
    let tmp = open_tempdir();
    let sql = "create table public.a (id int);\n\\connect other\ncreate table public.b (id int);\n";
    let p = project(&[("1_a.sql", sql)], &[]);
    let cluster = Cluster::start();
    let url = database(&cluster);
    let r = run(pg(p.path(), tmp.path()).args(["apply", "--target", &url]));
    assert_ne!(r.code, 0, "{}", r.all());
    assert!(r.stderr.contains("1_a.sql"), "{}", r.stderr);
    assert!(r.stderr.contains("line 2"), "{}", r.stderr);
    assert!(r.stderr.contains("\\connect"), "{}", r.stderr);
    assert_eq!(
        cluster.query_at(&url, "select to_regclass('public.a') is null"),
        ["t"]
    );
    let r = run(pg(p.path(), tmp.path()).args(["lint", "supabase/migrations/1_a.sql"]));
    assert!(r.all().contains("\\connect"), "{}", r.all());
}

#[test]
fn includes_run_in_place_and_errors_name_the_included_file() {
    let tmp = open_tempdir();
    let p = project(
        &[(
            "1_base.sql",
            "\\ir ../sql/users.sql\ninsert into public.users values (1);\n",
        )],
        &[],
    );
    let sql = p.path().join("supabase/sql");
    std::fs::create_dir_all(&sql).unwrap();
    std::fs::write(
        sql.join("users.sql"),
        "-- shared definition\ncreate table public.users (id int primary key);\n",
    )
    .unwrap();
    let r = run(pg(p.path(), tmp.path()).args(["--shadow", "local", "verify"]));
    assert_eq!(r.code, 0, "{}", r.all());
    let cluster = Cluster::start();
    let url = database(&cluster);
    let r = run(pg(p.path(), tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(
        cluster.query_at(&url, "select count(*) from public.users"),
        ["1"]
    );
    // Editing the included file edits the applied migration.
    let shared = sql.join("users.sql");
    let original = std::fs::read_to_string(&shared).unwrap();
    std::fs::write(&shared, format!("{original}-- edited\n")).unwrap();
    let r = run(pg(p.path(), tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stderr.contains("1_base.sql"), "{}", r.stderr);
    std::fs::write(&shared, original).unwrap();

    std::fs::write(
        sql.join("bad.sql"),
        "create table public.more (id int);\ninsert into public.more values ('x');\n",
    )
    .unwrap();
    std::fs::write(
        p.path().join("supabase/migrations/2_more.sql"),
        "\\i supabase/sql/bad.sql\n",
    )
    .unwrap();
    let r = run(pg(p.path(), tmp.path()).args(["apply", "--target", &url]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("bad.sql:2:"), "{}", r.stderr);
    assert_eq!(
        cluster.query_at(&url, "select to_regclass('public.more') is null"),
        ["t"]
    );
}

/// Lint reads what a migration includes: a dangerous statement in an included file is reported
/// at that file's line, once even when two migrations include it.
#[test]
fn lint_reports_statements_of_included_files_at_their_lines() {
    let tmp = open_tempdir();
    let p = project(
        &[
            (
                "1_base.sql",
                "create table public.users (id int primary key);\n",
            ),
            ("2_cleanup.sql", "\\ir ../sql/cleanup.sql\nselect 1;\n"),
            ("3_again.sql", "\\ir ../sql/cleanup.sql\n"),
        ],
        &[],
    );
    let sql = p.path().join("supabase/sql");
    std::fs::create_dir_all(&sql).unwrap();
    std::fs::write(
        sql.join("cleanup.sql"),
        "-- old data goes\n\ndrop table public.users;\n",
    )
    .unwrap();
    let r = run(pg(p.path(), tmp.path()).args(["lint", "--static-only", "--format", "json"]));
    assert_eq!(r.code, 1, "{}", r.all());
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let hits: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "ban-drop-table")
        .collect();
    assert_eq!(hits.len(), 1, "{}", r.stdout);
    assert!(
        hits[0]["path"] == "supabase/sql/cleanup.sql",
        "{}",
        r.stdout
    );
    assert_eq!(hits[0]["line"], 3, "{}", r.stdout);
}
