//! Hazards with evidence from the target, against a real PostgreSQL: a table of a few MB made in
//! the test and a small one; with `[safety] large_table = "1MB"` (a scaled threshold), rewriting
//! the large table blocks and the small one is a note, in `lint --target` and in `diff` (which
//! refuses the plan until `--allow-hazard`), and every such hazard carries the table's rows and
//! size.

mod common;

use common::*;

const CHANGE: &str = "SET lock_timeout = '3s';\n\
                      ALTER TABLE events ALTER COLUMN n TYPE bigint;\n\
                      ALTER TABLE tags ALTER COLUMN n TYPE bigint;\n";

fn project(config: &str) -> tempfile::TempDir {
    let dir = open_tempdir();
    std::fs::create_dir_all(dir.path().join("supabase/migrations")).unwrap();
    std::fs::write(dir.path().join("change.sql"), CHANGE).unwrap();
    std::fs::write(
        dir.path().join("pgshift.toml"),
        format!("preset = 'none'\n[shadow]\nprovider = 'local'\n{config}"),
    )
    .unwrap();
    dir
}

/// The lint finding line of `table`'s statement.
fn finding<'a>(out: &'a str, table: &str) -> &'a str {
    out.lines()
        .find(|l| l.contains("[changing-column-type]") && l.contains(&format!("`{table}`")))
        .unwrap_or_else(|| panic!("no changing-column-type finding on {table}:\n{out}"))
}

#[test]
fn large_tables_block_and_small_ones_are_notes() {
    let tmp = open_tempdir();
    let cluster = Cluster::start();
    let db = cluster
        .rt
        .block_on(cluster.server.create_database())
        .unwrap();
    // About 4 MB of rows in events, one page in tags.
    cluster.query_at(
        &db.url,
        "create table events (id bigint primary key, n int, payload text);\n\
         insert into events select g, g, repeat(md5(g::text), 2) from generate_series(1, 30000) g;\n\
         create table tags (id bigint primary key, n int);\n\
         insert into tags values (1, 1), (2, 2);\n\
         analyze events; analyze tags;",
    );
    let bytes: i64 = cluster.query_at(&db.url, "select pg_total_relation_size('events')")[0]
        .parse()
        .unwrap();
    assert!(bytes > 2 << 20, "events is {bytes} bytes");

    let p = project("[safety]\nlarge_table = '1MB'\n");
    let lint = |extra: &[&str]| {
        let mut args = vec!["lint", "change.sql", "--target", &db.url, "--static-only"];
        args.extend_from_slice(extra);
        run(pgshift(p.path(), tmp.path()).args(&args))
    };
    let r = lint(&[]);
    assert_eq!(r.code, 1, "{}", r.all());
    let big = finding(&r.stdout, "events");
    assert!(big.contains(": error[changing-column-type]"), "{big}");
    assert!(
        big.contains("(public.events: ~30,000 rows, ")
            && big.ends_with("; at least [safety] large_table = 1 MB: blocking)"),
        "{big}"
    );
    let small = finding(&r.stdout, "tags");
    assert!(small.contains(": warning[changing-column-type]"), "{small}");
    assert!(
        small.contains("(public.tags: ~2 rows, ")
            && small.ends_with("; under [safety] large_table = 1 MB: a note)"),
        "{small}"
    );
    assert!(
        r.stdout
            .trim_end()
            .ends_with("NOT SAFE TO DEPLOY: 1 blocking finding"),
        "{}",
        r.stdout
    );
    // Allowed hazards are warnings.
    let r = lint(&[
        "--allow-hazard",
        "table-rewrite",
        "--allow-hazard",
        "acquires-access-exclusive-lock",
    ]);
    assert_eq!(r.code, 0, "{}", r.all());

    // Without a threshold the rule keeps its own severity; the sizes are still shown.
    let q = project("");
    let r = run(pgshift(q.path(), tmp.path()).args([
        "lint",
        "change.sql",
        "--target",
        &db.url,
        "--static-only",
    ]));
    assert_eq!(r.code, 1, "{}", r.all());
    let small = finding(&r.stdout, "tags");
    assert!(
        small.contains(": error[changing-column-type]")
            && small.contains("(public.tags: ~2 rows, "),
        "{small}"
    );
    assert!(!small.contains("large_table"), "{small}");

    // diff from the live database: the plan is refused while it rewrites the large table.
    std::fs::write(
        p.path().join("after.sql"),
        "create table events (id bigint primary key, n bigint, payload text);\n\
         create table tags (id bigint primary key, n int);\n",
    )
    .unwrap();
    let diff = |extra: &[&str]| {
        let mut args = vec![
            "diff",
            "--from",
            &db.url,
            "--to",
            "after.sql",
            "--no-validate",
        ];
        args.extend_from_slice(extra);
        run(pgshift(p.path(), tmp.path()).args(&args))
    };
    let r = diff(&[]);
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stderr.contains("[safety] large_table"), "{}", r.stderr);
    assert!(
        r.stderr.contains("public.events: ~30,000 rows"),
        "{}",
        r.stderr
    );
    let r = diff(&[
        "--allow-hazard",
        "table-rewrite",
        "--allow-hazard",
        "acquires-access-exclusive-lock",
    ]);
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stdout.lines().any(|l| l
            .starts_with("-- hazard table-rewrite: changing public.events.n to bigint")
            && l.contains("(public.events: ~30,000 rows, ")
            && l.ends_with("; at least [safety] large_table = 1 MB: blocking)")),
        "{}",
        r.stdout
    );
    // The database was only read.
    assert_eq!(
        cluster.query_at(&db.url, "select format_type(atttypid, atttypmod) from pg_attribute where attrelid = 'events'::regclass and attname = 'n'"),
        ["integer"]
    );
    assert_no_leftovers(tmp.path());
}
