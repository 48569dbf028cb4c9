//! Plan validation with rows: the seed (`[seed] files`) or generated rows are loaded into the
//! copy of `--from` before the plan runs; a statement that fails only because of rows is
//! reported with its table, reason and fix; rows must survive the plan and its rollback;
//! `--no-data-validation` goes back to empty tables. And `verify --seed`.

mod common;

use std::path::Path;

use common::*;

/// A project: `pgshift.toml`, one migration (`init`), `supabase/seed.sql` (`seed`, when
/// given) and `after.sql`, the schema to reach.
fn project(init: &str, seed: Option<&str>, after: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join("supabase/migrations")).unwrap();
    std::fs::write(p.join("pgshift.toml"), "preset = \"supabase\"\n").unwrap();
    std::fs::write(p.join("supabase/migrations/001_init.sql"), init).unwrap();
    if let Some(seed) = seed {
        std::fs::write(p.join("supabase/seed.sql"), seed).unwrap();
    }
    std::fs::write(p.join("after.sql"), after).unwrap();
    dir
}

/// `pgshift --shadow URL diff --from supabase/migrations --to after.sql ARGS` in `dir`.
fn diff(cluster: &Cluster, dir: &Path, tmp: &Path, from: &str, args: &[&str]) -> Run {
    run(pgshift(dir, tmp)
        .args([
            "--shadow",
            &cluster.url(),
            "diff",
            "--from",
            from,
            "--to",
            "after.sql",
        ])
        .args(args))
}

/// `diff --from before.sql --format json` in `dir`, which must plan and validate (exit 0): the
/// run and what it says the plan was validated on.
fn validated_from_file(cluster: &Cluster, dir: &Path, tmp: &Path) -> (Run, serde_json::Value) {
    let r = diff(cluster, dir, tmp, "before.sql", &["--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.all());
    let v = validation_json(&r);
    (r, v)
}

fn migrations_written(dir: &Path) -> usize {
    std::fs::read_dir(dir.join("supabase/migrations"))
        .unwrap()
        .count()
}

/// What `diff --format json` says on stderr the plan was validated on (stdout is the steps).
fn validation_json(r: &Run) -> serde_json::Value {
    let _: serde_json::Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| {
        panic!("not JSON ({e}): {}", r.all());
    });
    let line = r
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("validation: "))
        .unwrap_or_else(|| panic!("no validation line: {}", r.stderr));
    serde_json::from_str(line).unwrap()
}

const USERS: &str = "create table public.users (id int primary key, email text not null);\n";
const USERS_SEED: &str = "-- two users\n\
    insert into public.users (id, email) values (1, 'a@example.com'), (2, 'b@example.com');\n";

#[test]
fn a_not_null_column_without_default_on_a_seeded_table_is_reported_before_it_is_written() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let p = project(
        USERS,
        Some(USERS_SEED),
        "create table public.users (id int primary key, email text not null, plan text not null);\n",
    );
    let r = run(pgshift(p.path(), tmp.path()).args([
        "--shadow",
        &cluster.url(),
        "generate",
        "add plan",
        "--to",
        "after.sql",
    ]));
    assert_eq!(r.code, 2, "{}", r.all());
    for part in [
        "plan validation with rows: a statement of the plan fails on tables with rows (public.users)",
        "statement: ALTER TABLE public.users ADD COLUMN plan text NOT NULL",
        "reason: column \"plan\" of relation \"users\" contains null values",
        "fix: give public.users.plan a default",
        "UPDATE public.users SET plan = ... WHERE plan IS NULL",
        "--no-data-validation",
    ] {
        assert!(r.stderr.contains(part), "{part}: {}", r.stderr);
    }
    assert_eq!(migrations_written(p.path()), 1, "nothing may be written");

    // On empty tables the plan is valid, and the JSON says which validation ran.
    let r = diff(
        &cluster,
        p.path(),
        tmp.path(),
        "supabase/migrations",
        &["--no-data-validation", "--format", "json"],
    );
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(validation_json(&r)["data"], "empty");
    let r = run(pgshift(p.path(), tmp.path()).args([
        "--shadow",
        &cluster.url(),
        "generate",
        "add plan",
        "--to",
        "after.sql",
        "--no-data-validation",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    let written = r.stdout.lines().next().unwrap();
    let up = std::fs::read_to_string(p.path().join(written)).unwrap();
    assert!(
        up.contains("-- validated: yes, in a shadow database (forward and back), on empty tables"),
        "{up}"
    );
    assert_no_leftovers(tmp.path());
}

#[test]
fn a_type_change_whose_cast_fails_on_a_seeded_value_is_reported_with_using() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let p = project(
        "create table public.codes (id int primary key, code text);\n",
        Some("insert into public.codes values (1, '42'), (2, 'A-7');\n"),
        "create table public.codes (id int primary key, code integer);\n",
    );
    let r = diff(&cluster, p.path(), tmp.path(), "supabase/migrations", &[]);
    assert_eq!(r.code, 2, "{}", r.all());
    for part in [
        "fails on tables with rows (public.codes)",
        "statement: ALTER TABLE public.codes ALTER COLUMN code TYPE integer",
        "reason: invalid input syntax for type integer: \"A-7\"",
        "fix: give the conversion of the values that do not cast: --using 'public.codes.code=EXPRESSION'",
    ] {
        assert!(r.stderr.contains(part), "{part}: {}", r.stderr);
    }
    // The conversion the fix asks for passes, on the seed's rows.
    let r = diff(
        &cluster,
        p.path(),
        tmp.path(),
        "supabase/migrations",
        &[
            "--using",
            "public.codes.code=nullif(regexp_replace(code, '\\D', '', 'g'), '')::integer",
            "--format",
            "json",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.all());
    let v = validation_json(&r);
    assert_eq!(v["data"], "seed");
    assert_eq!(v["seed_files"][0], "supabase/seed.sql");
    assert_eq!(v["rows"], 2);
    assert_no_leftovers(tmp.path());
}

#[test]
fn a_recreated_table_keeps_its_rows_under_the_checksum() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let p = project(
        "create table public.readings (id int not null, taken date not null, note text,\n\
         primary key (id, taken));\n",
        Some(
            "copy public.readings (id, taken, note) from stdin;\n\
             1\t2025-01-05\tfirst\n\
             2\t2025-02-05\t\\N\n\
             3\t2025-02-06\tthird, with \"quotes\"\n\
             \\.\n",
        ),
        "create table public.readings (id int not null, taken date not null, note text,\n\
         primary key (id, taken)) partition by range (taken);\n\
         create table public.readings_2025 partition of public.readings\n\
         for values from ('2025-01-01') to ('2026-01-01');\n",
    );
    let r = diff(
        &cluster,
        p.path(),
        tmp.path(),
        "supabase/migrations",
        &["--format", "json", "-v"],
    );
    assert_eq!(r.code, 0, "{}", r.all());
    let v = validation_json(&r);
    assert_eq!(v["data"], "seed", "{v}");
    assert_eq!(v["rows"], 3, "{v}");
    let steps = serde_json::from_str::<serde_json::Value>(&r.stdout).unwrap();
    assert!(
        steps
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["change"]["change"] == "copy_table_data"),
        "the table is recreated: {steps}"
    );
    assert!(
        r.stderr.contains("with rows from supabase/seed.sql"),
        "{}",
        r.stderr
    );
    assert_no_leftovers(tmp.path());
}

/// The library check itself: a plan that loses rows, or changes the values of a table it
/// recreates, without declaring `deletes-data`, fails validation with rows.
#[test]
fn rows_lost_or_changed_without_deletes_data_fail_validation() {
    use pgshift::apply::validate::{Data, ValidateError, Validator};
    use pgshift::catalog::{inspect_url, Filter};
    use pgshift::diff::diff;
    use pgshift::plan::{plan, ScriptOptions, Step};

    let cluster = Cluster::start();
    let before = "create table public.t (id int primary key, note text);\n\
                  create table public.r (id int primary key, at date not null);\n";
    let after = "create table public.t (id int primary key, note text);\n\
                 create table public.r (id int primary key, at date not null) partition by range (id);\n\
                 create table public.r_all partition of public.r default;\n";
    cluster.rt.block_on(async {
        let server = &cluster.server;
        let load = |sql: &'static str| async move {
            let db = server.create_database().await.unwrap();
            pgshift::source::replay_text(&db.url, Path::new("case"), sql)
                .await
                .unwrap();
            db
        };
        let (a_db, b_db) = (load(before).await, load(after).await);
        let filter = Filter::default();
        let a = inspect_url(&a_db.url, &filter).await.unwrap();
        let b = inspect_url(&b_db.url, &filter).await.unwrap();
        let forward = plan(&a, &b, diff(&a, &b)).unwrap();
        let rollback = plan(&b, &a, diff(&b, &a)).unwrap();
        let script = ScriptOptions::default();
        let v = Validator {
            filter: &filter,
            options: Default::default(),
            script: &script,
            locks: None,
        };
        // A statement slipped into the plan: its table's change, with another SQL.
        let tampered = |sql: &str| {
            let mut p = forward.clone();
            let last = p.steps.last().unwrap().clone();
            p.steps.push(Step {
                sql: sql.to_string(),
                hazards: vec![],
                ..last
            });
            p
        };
        let cases = [
            (
                "DELETE FROM public.t WHERE id = 1;",
                "public.t had 3 row(s) and has 2",
            ),
            (
                "UPDATE public.r SET at = at + 1;",
                "public.r (recreated) kept its 3 row(s) but not their values",
            ),
        ];
        for (sql, want) in cases {
            let work = load(before).await;
            let (report, result) = v
                .validate_rows(&work.url, &a, &b, &tampered(sql), &rollback, Data::Generate)
                .await;
            assert_eq!(report.data, "generated");
            match result {
                Err(e @ ValidateError::RowsLost { .. }) => {
                    assert!(e.to_string().contains(want), "{sql}: {e}")
                }
                other => panic!("{sql}: {other:?}"),
            }
        }
        // The plan as planned passes, on generated rows.
        let work = load(before).await;
        let (report, result) = v
            .validate_rows(&work.url, &a, &b, &forward, &rollback, Data::Generate)
            .await;
        result.unwrap();
        assert_eq!((report.tables_with_rows, report.rows), (2, 6), "{report:?}");
    });
}

#[test]
fn without_a_seed_rows_are_generated_and_a_table_no_row_fits_is_skipped() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let before = "create type public.mood as enum ('calm', 'busy');\n\
        create table public.accounts (id uuid primary key, mood public.mood not null,\n\
          tags jsonb not null, opened timestamptz not null, code varchar(8) unique not null,\n\
          active boolean not null, ids int[] not null, balance numeric(10,2) check (balance >= 0));\n\
        create table public.entries (id bigint generated always as identity primary key,\n\
          account_id uuid not null references public.accounts, amount int not null check (amount > 0),\n\
          made_on date not null default current_date, memo text, unique (account_id, amount));\n\
        create table public.impossible (x int not null check (x < 0 and x > 0));\n";
    let p = project(before, None, "");
    std::fs::write(p.path().join("before.sql"), before).unwrap();
    let add = |column: &str| before.replace("memo text,", &format!("memo text, {column},"));
    // A nullable column: valid on the generated rows; the table no row fits is named.
    std::fs::write(p.path().join("after.sql"), add("note text")).unwrap();
    let (r, v) = validated_from_file(&cluster, p.path(), tmp.path());
    assert_eq!(v["data"], "generated", "{v}");
    assert_eq!(v["tables_with_rows"], 2, "{v}");
    assert_eq!(v["rows"], 6, "{v}");
    let skipped = v["skipped"][0].as_str().unwrap();
    assert!(
        skipped.starts_with("public.impossible: no row fits: new row for relation \"impossible\" violates check constraint"),
        "{skipped}"
    );
    assert!(
        r.stderr
            .contains("plan validation: no rows for public.impossible"),
        "{}",
        r.stderr
    );
    // NOT NULL without a default: the generated rows catch it.
    std::fs::write(p.path().join("after.sql"), add("posted boolean not null")).unwrap();
    let r = diff(&cluster, p.path(), tmp.path(), "before.sql", &[]);
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr
            .contains("reason: column \"posted\" of relation \"entries\" contains null values"),
        "{}",
        r.stderr
    );
    // A new unique key over values the rows repeat: dedupe first.
    std::fs::write(
        p.path().join("after.sql"),
        before.replace("made_on date not null", "made_on date not null unique"),
    )
    .unwrap();
    // On generated rows (values that may not look like the user's), a warning, not a refusal.
    let r = diff(&cluster, p.path(), tmp.path(), "before.sql", &[]);
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stderr.contains("add a seed, [seed] files"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("fails on tables with rows (public.entries)")
            && r.stderr
                .contains("fix: remove the duplicate rows of public.entries"),
        "{}",
        r.stderr
    );
    assert_no_leftovers(tmp.path());
}

#[test]
fn verify_seed_loads_the_seed_after_the_migrations_and_names_a_bad_line() {
    let tmp = open_tempdir();
    let p = project(USERS, Some(USERS_SEED), "");
    let verify =
        || run(pgshift(p.path(), tmp.path()).args(["--shadow", "local", "verify", "--seed"]));
    let r = verify();
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stderr.contains("ok  seed supabase/seed.sql"),
        "{}",
        r.stderr
    );
    std::fs::write(
        p.path().join("supabase/seed.sql"),
        format!("{USERS_SEED}\ninsert into public.users (id, email) values (3, null);\n"),
    )
    .unwrap();
    let r = verify();
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr.contains("loading the seed: ") && r.stderr.contains("seed.sql:4:"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("null value in column \"email\""),
        "{}",
        r.stderr
    );
    // Without seed files, --seed says how to configure them.
    std::fs::remove_file(p.path().join("supabase/seed.sql")).unwrap();
    let r = verify();
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("[seed] files"), "{}", r.stderr);
    assert_no_leftovers(tmp.path());
}

/// Generated rows reach tables whose columns are of composite, array, range, multirange, bit
/// and domain types, with the checks and exclusion constraints real schemas put on them, so a
/// plan is proven on rows there too.
#[test]
fn generated_rows_fill_columns_of_structured_types() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let before = "create extension if not exists btree_gist;\n\
        create type public.money_amount as (currency char(3), cents bigint);\n\
        create domain public.email as text check (value ~ '^[^@]+@[^@]+$');\n\
        create type public.floatrange as range (subtype = float8);\n\
        create table public.bookings (id int primary key, room int not null,\n\
          during tstzrange not null, price public.money_amount not null,\n\
          tags text[] not null check (cardinality(tags) > 0), flags bit(8) not null,\n\
          contact public.email not null, spans public.floatmultirange not null,\n\
          window_ public.floatrange not null check (not isempty(window_)),\n\
          exclude using gist (room with =, during with &&));\n";
    let p = project(before, None, "");
    std::fs::write(p.path().join("before.sql"), before).unwrap();
    std::fs::write(
        p.path().join("after.sql"),
        before.replace(
            "flags bit(8) not null,",
            "flags bit(8) not null, note text,",
        ),
    )
    .unwrap();
    let (_, v) = validated_from_file(&cluster, p.path(), tmp.path());
    assert_eq!(v["data"], "generated", "{v}");
    assert_eq!(v["tables_with_rows"], 1, "{v}");
    assert_eq!(v["rows"], 3, "{v}");
    assert_eq!(v["skipped"].as_array().map_or(0, Vec::len), 0, "{v}");
    // And the rows catch what fails on them: a NOT NULL column without a default.
    std::fs::write(
        p.path().join("after.sql"),
        before.replace(
            "flags bit(8) not null,",
            "flags bit(8) not null, n int not null,",
        ),
    )
    .unwrap();
    let r = diff(&cluster, p.path(), tmp.path(), "before.sql", &[]);
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("public.bookings"), "{}", r.stderr);
}

/// Generated rows go in under the database's own search_path, as its clients' rows do: a
/// trigger, a generated column and a check whose functions name tables and types unqualified
/// (no `SET search_path` of their own) accept them, so those tables are validated with rows.
#[test]
fn generated_rows_reach_tables_whose_functions_name_objects_unqualified() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let before = "create type public.stage as enum ('draft', 'live');\n\
        create table public.audit (at timestamptz default now(), what text);\n\
        create function public.stage_of(n int) returns stage language plpgsql immutable as\n\
          $$ begin return case when n > 0 then 'live'::stage else 'draft'::stage end; end $$;\n\
        create function public.known(t text) returns boolean language sql stable as\n\
          $$ select t is null or t <> (select max(what) from audit where what = 'never') $$;\n\
        create function public.log_row() returns trigger language plpgsql as\n\
          $$ begin insert into audit (what) values (tg_table_name); return new; end $$;\n\
        create table public.posts (id int primary key, title text check (known(title)),\n\
          stage stage generated always as (stage_of(id)) stored);\n\
        create trigger posts_log before insert on public.posts\n\
          for each row execute function public.log_row();\n";
    let p = project(before, None, "");
    std::fs::write(p.path().join("before.sql"), before).unwrap();
    std::fs::write(
        p.path().join("after.sql"),
        before.replace("title text", "title text, body text"),
    )
    .unwrap();
    let (r, v) = validated_from_file(&cluster, p.path(), tmp.path());
    assert_eq!(v["data"], "generated", "{v}");
    assert_eq!(v["skipped"].as_array().map_or(0, Vec::len), 0, "{v}");
    assert_eq!(v["tables_with_rows"], 2, "{v}");
    assert!(!r.stderr.contains("no rows for"), "{}", r.stderr);
}

/// A table whose CHECK lets a row have only one of two parents (`(a IS NULL) <> (b IS NULL)`,
/// as ORMs write polymorphic ownership) gets rows that set one foreign key and leave the other
/// NULL, so it and the tables referencing it are validated with rows instead of empty.
#[test]
fn generated_rows_reach_a_table_that_allows_one_parent_of_two() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let before = "create table public.\"Post\" (id int primary key);\n\
        create table public.\"Thread\" (id int primary key);\n\
        create table public.\"Note\" (id int primary key,\n\
          \"postId\" int references public.\"Post\"(id),\n\
          \"threadId\" int references public.\"Thread\"(id),\n\
          constraint \"Note_one_parent\" check ((\"postId\" is null) <> (\"threadId\" is null)));\n\
        create table public.\"Mark\" (id int primary key,\n\
          \"noteId\" int not null references public.\"Note\"(id));\n";
    let p = project(before, None, "");
    std::fs::write(p.path().join("before.sql"), before).unwrap();
    std::fs::write(
        p.path().join("after.sql"),
        before.replace(
            "\"Mark\" (id int primary key,",
            "\"Mark\" (id int primary key, body text,",
        ),
    )
    .unwrap();
    let (r, v) = validated_from_file(&cluster, p.path(), tmp.path());
    assert_eq!(v["data"], "generated", "{v}");
    assert_eq!(v["skipped"].as_array().map_or(0, Vec::len), 0, "{v}");
    assert_eq!(v["tables_with_rows"], 4, "{v}");
    assert!(!r.stderr.contains("no rows for"), "{}", r.stderr);
}

/// A live source whose `public` schema was dropped is copied for validation without it (a
/// fresh database has one, and a schema dump says nothing of its absence): the plan that makes
/// `public` and its rollback that drops it both validate.
#[test]
fn a_source_without_public_validates_the_plan_that_makes_it() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let url = |name: &str| cluster.named_database(name);
    let (without, with) = (url("without_public"), url("with_public"));
    cluster.query_at(
        &without,
        "DROP SCHEMA public; CREATE SCHEMA app; CREATE TABLE app.t (id int)",
    );
    cluster.query_at(
        &with,
        "CREATE SCHEMA app; CREATE TABLE app.t (id int); CREATE TABLE public.u (id int)",
    );
    for (from, to) in [(&without, &with), (&with, &without)] {
        let r = run(pgshift(tmp.path(), tmp.path()).args([
            "--shadow",
            &cluster.url(),
            "diff",
            "--from",
            from,
            "--to",
            to,
            "--allow-destructive",
        ]));
        assert_eq!(r.code, 0, "{}", r.all());
        assert!(r.stdout.contains("SCHEMA public"), "{}", r.stdout);
    }
}

/// A live source is copied for validation as it is where its schema dump is not: a procedural
/// language whose handler lives in `pg_catalog` (the dump writes it bare, which PostgreSQL reads
/// as CREATE EXTENSION) and an extension at a version other than its default (the dump names
/// none): both ways, the plan validates, and the extension's update runs from its real version.
#[test]
fn a_source_with_a_catalog_handler_language_and_an_old_extension_validates() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let url = |name: &str| cluster.named_database(name);
    let (old, new) = (url("old_language"), url("new_language"));
    cluster.query_at(
        &old,
        "CREATE EXTENSION citext VERSION '1.4'; \
         CREATE TRUSTED LANGUAGE plreport HANDLER plpgsql_call_handler; \
         COMMENT ON LANGUAGE plreport IS 'reports'",
    );
    cluster.query_at(
        &new,
        "CREATE EXTENSION citext VERSION '1.5'; \
         CREATE TRUSTED LANGUAGE plreport HANDLER plpgsql_call_handler VALIDATOR plpgsql_validator; \
         COMMENT ON LANGUAGE plreport IS 'reports, checked'",
    );
    for (from, to) in [(&old, &new), (&new, &old)] {
        let r = run(pgshift(tmp.path(), tmp.path()).args([
            "--shadow",
            &cluster.url(),
            "diff",
            "--from",
            from,
            "--to",
            to,
            "--allow-destructive",
        ]));
        assert_eq!(r.code, 0, "{}", r.all());
        assert!(r.stdout.contains("LANGUAGE plreport"), "{}", r.stdout);
    }
    assert_no_leftovers(tmp.path());
}

#[test]
fn partitions_leaving_a_recreated_table_keep_their_rows() {
    // The partitioned table becomes plain (recreated); its partitions stay as tables of their
    // own with the rows they hold: no row is lost, though the new table starts empty.
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let before = "create table public.readings (site text not null, at date not null, v int)\n\
          partition by list (site);\n\
        create table public.readings_north partition of public.readings for values in ('north');\n\
        create table public.readings_south partition of public.readings for values in ('south');\n";
    let seed = "insert into public.readings values ('north', '2024-01-01', 1), ('south', '2024-01-02', 2), ('south', '2024-01-03', 3);\n";
    let after = "create table public.readings (site text not null, at date not null, v int);\n\
        create table public.readings_north (site text not null, at date not null, v int);\n\
        create table public.readings_south (site text not null, at date not null, v int);\n";
    let p = project(before, Some(seed), after);
    let r = diff(&cluster, p.path(), tmp.path(), "supabase/migrations", &[]);
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stdout.contains("DETACH PARTITION public.readings_south"),
        "{}",
        r.stdout
    );
    assert_no_leftovers(tmp.path());
}
