//! `pgshift generate` and `pgshift diff` on the example project: the files it writes, their
//! validation, and applying them.

mod common;

use common::*;

fn example() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("supabase"), &dir.path().join("supabase"));
    // The README's quickstart generates this migration in the clone; start from before it.
    for sub in ["supabase/migrations", "supabase/rollbacks"] {
        for f in std::fs::read_dir(dir.path().join(sub)).unwrap().flatten() {
            if f.file_name()
                .to_string_lossy()
                .ends_with("_add_user_preferences_table.sql")
            {
                std::fs::remove_file(f.path()).unwrap();
            }
        }
    }
    std::fs::copy(repo().join("pgshift.toml"), dir.path().join("pgshift.toml")).unwrap();
    dir
}

#[test]
fn generate_writes_a_validated_migration_and_rollback_then_nothing_more() {
    let tmp = open_tempdir();
    let p = example();
    let args = [
        "--shadow",
        "local",
        "generate",
        "add user preferences table",
        "--to",
        "supabase/prototype/staging.sql",
    ];
    let r = run(pgshift(p.path(), tmp.path()).args(args));
    assert_eq!(r.code, 0, "{}", r.all());
    let written: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(written.len(), 2, "{}", r.stdout);
    assert!(
        written[0].starts_with("supabase/migrations/")
            && written[0].ends_with("_add_user_preferences_table.sql")
    );
    let up = std::fs::read_to_string(p.path().join(written[0])).unwrap();
    let down = std::fs::read_to_string(p.path().join(written[1])).unwrap();
    assert!(up.contains("CREATE TABLE public.user_preferences"), "{up}");
    assert!(
        up.contains("REFERENCES public.users(id) ON DELETE CASCADE"),
        "{up}"
    );
    assert!(up.contains("-- validated: yes"), "{up}");
    assert!(up.contains("SET lock_timeout = '3s';"), "{up}");
    // The foreign key briefly blocks writes to the table it references.
    assert!(
        up.contains("-- hazards: acquires-share-row-exclusive-lock (1), authz-change (1)"),
        "{up}"
    );
    assert!(
        down.contains("-- hazard deletes-data: drops table public.user_preferences"),
        "{down}"
    );
    assert!(
        down.contains("DROP TABLE public.user_preferences;"),
        "{down}"
    );

    // The migrations now reach the prototype: nothing more to write.
    let r = run(pgshift(p.path(), tmp.path()).args(args));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(r.stderr.contains("no changes"), "{}", r.stderr);
    let generated = std::fs::read_dir(p.path().join("supabase/migrations"))
        .unwrap()
        .flatten()
        .filter(|f| {
            f.file_name()
                .to_string_lossy()
                .ends_with("_add_user_preferences_table.sql")
        })
        .count();
    assert_eq!(generated, 1, "exactly one generated migration");

    // And the new migration replays with the rest.
    let r = run(pgshift(p.path(), tmp.path()).args(["--shadow", "local", "verify"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert_no_leftovers(tmp.path());
}

#[test]
fn diff_output_is_deterministic_and_the_rollback_reverses_it() {
    let tmp = open_tempdir();
    let args = [
        "--shadow",
        "local",
        "diff",
        "--from",
        "empty",
        "--to",
        "supabase/migrations",
    ];
    let a = run(pgshift(&repo(), tmp.path()).args(args));
    let b = run(pgshift(&repo(), tmp.path()).args(args));
    assert_eq!(a.code, 0, "{}", a.all());
    assert_eq!(a.stdout, b.stdout, "same input, byte-identical SQL");
    assert!(
        a.stdout.contains("CREATE TYPE public.user_role AS ENUM"),
        "{}",
        a.stdout
    );
    let r = run(pgshift(&repo(), tmp.path()).args([
        "--shadow",
        "local",
        "diff",
        "--from",
        "empty",
        "--to",
        "supabase/migrations",
        "--rollback",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stdout.contains("DROP TABLE public.users;"),
        "{}",
        r.stdout
    );
    let r = run(pgshift(&repo(), tmp.path()).args([
        "--shadow",
        "local",
        "diff",
        "--from",
        "supabase/migrations",
        "--to",
        "supabase/migrations",
        "--format",
        "json",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(r.stdout.trim(), "[]");
    assert_no_leftovers(tmp.path());
}

#[test]
fn destructive_statements_are_held_back_unless_allowed() {
    let tmp = open_tempdir();
    let base = [
        "--shadow",
        "local",
        "diff",
        "--from",
        "supabase/prototype/staging.sql",
        "--to",
        "supabase/migrations",
        "--no-validate",
    ];
    let r = run(pgshift(&repo(), tmp.path()).args(base));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stdout.contains("-- HELD BACK (deletes-data)")
            && r.stdout
                .contains("\n-- DROP TABLE public.user_preferences;\n"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("\nDROP TABLE"), "{}", r.stdout);
    assert!(r.stderr.contains("--allow-destructive"), "{}", r.stderr);
    for allow in [
        vec!["--allow-destructive"],
        vec!["--allow-hazard", "deletes-data"],
    ] {
        let r = run(pgshift(&repo(), tmp.path()).args(base).args(&allow));
        assert_eq!(r.code, 0, "{}", r.all());
        assert!(
            r.stdout.contains("\nDROP TABLE public.user_preferences;\n"),
            "{allow:?}: {}",
            r.stdout
        );
        assert!(!r.stdout.contains("HELD BACK"), "{}", r.stdout);
    }
    let r = run(pgshift(&repo(), tmp.path())
        .args(base)
        .args(["--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.all());
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    // Held back, and not validated (--no-validate).
    assert!(r.stderr.contains("validation: null"), "{}", r.stderr);
    let step = &v[0];
    assert_eq!(step["held_back"], true);
    assert_eq!(step["transactional"], true);
    assert_eq!(step["lock_timeout"], "3s");
    let hazards: Vec<&str> = step["hazards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["hazard"].as_str().unwrap())
        .collect();
    // The drop locks the table and, through its foreign key, the table it references.
    assert_eq!(
        hazards,
        [
            "deletes-data",
            "acquires-access-exclusive-lock",
            "breaks-clients",
            "irreversible",
            "acquires-access-exclusive-lock"
        ]
    );
    let r = run(pgshift(&repo(), tmp.path())
        .args(base)
        .args(["--allow-hazard", "nope"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("unknown hazard `nope`"), "{}", r.stderr);
}

#[test]
fn differences_that_cannot_be_expressed_yet_are_refused_not_guessed() {
    let tmp = open_tempdir();
    let dir = tempfile::tempdir().unwrap();
    // An enum losing a value under a composite type that a table is made OF: the table would
    // have to be released from the type and bound to the new one inside the enum's recreation.
    std::fs::write(
        dir.path().join("a.sql"),
        "create type g as enum ('a', 'b');\n\
         create type c as (x g, n int);\n\
         create table t of c;\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.sql"),
        "create type g as enum ('a');\n\
         create type c as (x g, n int);\n\
         create table t of c;\n",
    )
    .unwrap();
    let r = run(pgshift(dir.path(), tmp.path()).args([
        "--shadow", "local", "diff", "--from", "a.sql", "--to", "b.sql",
    ]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr.contains("cannot express")
            && r.stderr
                .contains("which a composite type uses that tables are made OF"),
        "{}",
        r.stderr
    );
    assert!(
        r.stdout.is_empty(),
        "no partial plan is printed: {}",
        r.stdout
    );
    assert_no_leftovers(tmp.path());
}

/// A partition key column cannot be converted: a domain (or an enum with domains over it) the
/// plan recreates under one is refused by name, whether the table stays or is recreated.
#[test]
fn a_partition_key_column_whose_type_is_recreated_is_refused_by_name() {
    let tmp = open_tempdir();
    for (before, after) in [
        (
            "create domain code as int check (value > 0);\n\
             create table ev (id int, c code) partition by list (c);\n\
             create table ev_1 partition of ev for values in (1);\n",
            "create domain code as bigint check (value > 0);\n\
             create table ev (id int, c code) partition by list (c);\n\
             create table ev_1 partition of ev for values in (1);\n",
        ),
        (
            "create type st as enum ('a', 'b', 'c');\n\
             create domain st_d as st check (value <> 'c');\n\
             create table ev (id int, s st) partition by list (s);\n\
             create table ev_a partition of ev for values in ('a');\n",
            "create type st as enum ('a', 'c');\n\
             create domain st_d as st check (value <> 'a');\n\
             create table ev (id int, s st) partition by list (s);\n\
             create table ev_a partition of ev for values in ('a');\n",
        ),
    ] {
        let dir = before_after(before, after);
        let r = diff_files(dir.path(), tmp.path(), &["--no-validate"]);
        assert_eq!(r.code, 2, "{}", r.all());
        assert!(
            r.stderr.contains("cannot express")
                && r.stderr.contains("partition key column")
                && r.stderr.contains("public.ev"),
            "{}",
            r.stderr
        );
        assert!(r.stdout.is_empty(), "{}", r.stdout);
    }
    assert_no_leftovers(tmp.path());
}

#[test]
fn owners_are_compared_and_set_only_with_the_owners_flag() {
    let tmp = open_tempdir();
    let role = "DO $$ BEGIN CREATE ROLE pgshift_cli_owner; \
                EXCEPTION WHEN duplicate_object THEN NULL; END $$;\n";
    let a = tmp.path().join("a.sql");
    let b = tmp.path().join("b.sql");
    std::fs::write(&a, format!("{role}CREATE TABLE public.t (id int);\n")).unwrap();
    std::fs::write(
        &b,
        format!(
            "{role}CREATE TABLE public.t (id int);\n\
             ALTER TABLE public.t OWNER TO pgshift_cli_owner;\n\
             CREATE VIEW public.v AS SELECT id FROM public.t;\n\
             ALTER VIEW public.v OWNER TO pgshift_cli_owner;\n"
        ),
    )
    .unwrap();
    let diff = |extra: &[&str]| {
        let mut args = vec![
            "--shadow".to_string(),
            "local".into(),
            "diff".into(),
            "--from".into(),
            a.display().to_string(),
            "--to".into(),
            b.display().to_string(),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        run(pgshift(&repo(), tmp.path()).args(args))
    };
    // Without the flag the view is created and owners are left alone.
    let plain = diff(&[]);
    assert_eq!(plain.code, 0, "{}", plain.all());
    assert!(
        plain.stdout.contains("CREATE VIEW public.v"),
        "{}",
        plain.stdout
    );
    assert!(!plain.stdout.contains("OWNER TO"), "{}", plain.stdout);
    // With it, the changed owner and the new view's owner are set (and validated in a shadow).
    let owners = diff(&["--owners"]);
    assert_eq!(owners.code, 0, "{}", owners.all());
    for want in [
        "ALTER TABLE public.t OWNER TO pgshift_cli_owner;",
        "ALTER VIEW public.v OWNER TO pgshift_cli_owner;",
    ] {
        assert!(owners.stdout.contains(want), "{want}\n{}", owners.stdout);
    }
}

/// A directory holding `before.sql` and `after.sql`.
fn before_after(before: &str, after: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("before.sql"), before).unwrap();
    std::fs::write(dir.path().join("after.sql"), after).unwrap();
    dir
}

/// `pgshift diff --from before.sql --to after.sql` in `dir`, with a local shadow and `extra`.
fn diff_files(dir: &std::path::Path, tmp: &std::path::Path, extra: &[&str]) -> Run {
    run(pgshift(dir, tmp)
        .args([
            "--shadow",
            "local",
            "diff",
            "--from",
            "before.sql",
            "--to",
            "after.sql",
        ])
        .args(extra))
}

/// `[safety] deny` and `--deny-hazard` refuse a plan whose statements carry the hazard (exit 1,
/// naming them, nothing written); `--allow-hazard` lifts it; an unknown name is a config error.
#[test]
fn denied_hazards_refuse_diff_and_generate() {
    let tmp = open_tempdir();
    let dir = before_after(
        "create table t (id int primary key, a int);\n",
        "create table t (id bigint primary key, a int);\n",
    );
    let p = dir.path();
    let diff = |extra: &[&str]| {
        let mut all = vec!["--no-validate"];
        all.extend_from_slice(extra);
        diff_files(p, tmp.path(), &all)
    };
    let r = diff(&["--deny-hazard", "table-rewrite"]);
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert!(
        r.stderr
            .contains("table-rewrite, acquires-access-exclusive-lock: ALTER TABLE public.t ALTER COLUMN id TYPE bigint")
            || r.stderr.contains("table-rewrite: ALTER TABLE public.t ALTER COLUMN id TYPE bigint"),
        "{}",
        r.stderr
    );
    let r = diff(&["--deny-hazard", "deletes-data"]);
    assert_eq!(r.code, 0, "{}", r.all());
    let r = diff(&[
        "--deny-hazard",
        "table-rewrite",
        "--allow-hazard",
        "table-rewrite",
    ]);
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(r.stdout.contains("TYPE bigint"), "{}", r.stdout);

    std::fs::write(
        p.join("pgshift.toml"),
        "[safety]\ndeny = [\"table-rewrite\"]\n",
    )
    .unwrap();
    let r = diff(&[]);
    assert_eq!(r.code, 1, "{}", r.all());
    let r = run(pgshift(p, tmp.path()).args([
        "--shadow",
        "local",
        "generate",
        "widen id",
        "--from",
        "before.sql",
        "--to",
        "after.sql",
        "--no-validate",
    ]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stderr.contains("nothing written"), "{}", r.stderr);
    let written = std::fs::read_dir(p.join("supabase/migrations"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(written, 0, "no migration may be written");
    let r = diff(&["--allow-hazard", "table-rewrite"]);
    assert_eq!(r.code, 0, "{}", r.all());

    std::fs::write(p.join("pgshift.toml"), "[safety]\ndeny = [\"nope\"]\n").unwrap();
    let r = diff(&[]);
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr
            .contains("[safety] deny names an unknown hazard `nope`"),
        "{}",
        r.stderr
    );
}

/// A column whose new type has no cast from the old one is replaced (held back: its values
/// go) unless `--using` gives the conversion, which the plan then uses and validation proves.
#[test]
fn a_type_change_without_a_cast_is_replaced_or_converted_with_using() {
    let tmp = open_tempdir();
    let dir = before_after(
        "create table sessions (id int primary key, login_id bigint);\n",
        "create table sessions (id int primary key, login_id uuid);\n",
    );
    let p = dir.path();
    let diff = |extra: &[&str]| diff_files(p, tmp.path(), extra);
    let r = diff(&[]);
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stdout.contains(
            "-- ALTER TABLE public.sessions DROP COLUMN login_id, ADD COLUMN login_id uuid;"
        ),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("PostgreSQL has no cast from bigint to uuid"),
        "{}",
        r.stdout
    );
    let r = diff(&[
        "--using",
        "public.sessions.login_id=lpad(to_hex(login_id), 32, '0')::uuid",
    ]);
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stdout.contains(
            "ALTER TABLE public.sessions ALTER COLUMN login_id TYPE uuid USING lpad(to_hex(login_id), 32, '0')::uuid;"
        ),
        "{}",
        r.stdout
    );
    // A conversion that does not run fails validation, naming the statement.
    let r = diff(&["--using", "sessions.login_id=login_id::uuid"]);
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr.contains("cannot cast type bigint to uuid"),
        "{}",
        r.stderr
    );
    let r = diff(&["--using", "public.nope.login_id=1"]);
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr.contains("--using names public.nope.login_id"),
        "{}",
        r.stderr
    );
}

/// Validation copies a live `--from` database into the shadow, another server: the roles its
/// schema names (owners, grantees, policy roles, default privileges, column grants), both sides'
/// included, are made there first, so a plan between two databases of a server with its own
/// roles validates in a local shadow, both ways.
#[test]
fn validation_of_live_databases_brings_their_roles_into_the_shadow() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let cwd = tempfile::tempdir().unwrap();
    std::fs::write(cwd.path().join("pgshift.toml"), "preset = \"none\"\n").unwrap();
    cluster.query(
        "CREATE ROLE app_reader NOLOGIN; CREATE ROLE \"Site Owner\" NOLOGIN; \
         CREATE ROLE only_after NOLOGIN; CREATE ROLE \"with\"\"quote\" NOLOGIN",
    );
    let common = "CREATE SCHEMA app AUTHORIZATION \"Site Owner\"; \
        GRANT USAGE ON SCHEMA app TO app_reader; \
        ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO app_reader; \
        CREATE TABLE app.notes (id int PRIMARY KEY, author text, body text); \
        ALTER TABLE app.notes OWNER TO \"Site Owner\"; \
        ALTER TABLE app.notes ENABLE ROW LEVEL SECURITY; \
        CREATE POLICY own ON app.notes FOR SELECT TO app_reader USING (author = current_user); \
        CREATE FUNCTION app.count_notes() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM app.notes'; \
        REVOKE EXECUTE ON FUNCTION app.count_notes() FROM PUBLIC; \
        GRANT EXECUTE ON FUNCTION app.count_notes() TO \"with\"\"quote\";";
    let after_only = "CREATE VIEW app.recent WITH (security_invoker = true) AS SELECT id, author FROM app.notes; \
        ALTER VIEW app.recent OWNER TO \"Site Owner\"; \
        GRANT SELECT ON app.recent TO only_after; \
        GRANT UPDATE (body) ON app.notes TO only_after; \
        CREATE POLICY editors ON app.notes FOR UPDATE TO only_after, app_reader USING (true);";
    for (name, sql) in [
        ("roles_before", common.to_string()),
        ("roles_after", format!("{common} {after_only}")),
    ] {
        let url = cluster.named_database(name);
        cluster.query_at(&url, &sql);
    }
    let url = |name: &str| pgshift::db::with_database(&cluster.url(), name).unwrap();
    for (from, to) in [
        ("roles_before", "roles_after"),
        ("roles_after", "roles_before"),
    ] {
        let r = run(pgshift(cwd.path(), tmp.path()).args([
            "--shadow",
            "local",
            "diff",
            "--from",
            &url(from),
            "--to",
            &url(to),
            "--allow-destructive",
        ]));
        assert_eq!(r.code, 0, "{from} -> {to}: {}", r.all());
        assert!(
            r.stdout.contains("only_after"),
            "{from} -> {to}: {}",
            r.stdout
        );
    }
    assert_no_leftovers(tmp.path());
}

/// What a migration holds back (a dropped table and column) is never removed, so its rollback
/// holds back what would restore them and still restores the rest (a view and a foreign key the
/// migration drops): applied one after the other without `--allow-destructive`, the database is
/// where it started.
#[test]
fn a_rollback_holds_back_what_undoes_held_back_statements() {
    let before = "create table parent (id int primary key, name text not null, legacy text not null default '');\n\
        create table gone (id int primary key, parent_id int references parent (id), note text);\n\
        create index gone_note on gone (note);\n\
        comment on column gone.note is 'kept';\n\
        create view gone_notes as select note from gone;\n\
        create table child (id int primary key, gone_id int references gone (id));\n\
        insert into parent values (1, 'p', 'old');\n\
        insert into gone values (1, 1, 'n');\n\
        insert into child values (1, 1);\n";
    let after = "create table parent (id int primary key, name text not null);\n\
        create table child (id int primary key, gone_id int);\n";
    let dir = before_after(before, after);
    let tmp = open_tempdir();
    let forward = diff_files(dir.path(), tmp.path(), &["--no-validate"]);
    assert_eq!(forward.code, 0, "{}", forward.all());
    assert!(
        forward.stdout.contains("-- DROP TABLE public.gone;")
            && forward.stdout.contains("\nDROP VIEW public.gone_notes;"),
        "{}",
        forward.stdout
    );
    let rollback = diff_files(dir.path(), tmp.path(), &["--no-validate", "--rollback"]);
    assert_eq!(rollback.code, 0, "{}", rollback.all());
    let down = &rollback.stdout;
    assert!(
        down.contains("-- HELD BACK with the statement of the migration it undoes")
            && down.contains("\n-- CREATE TABLE IF NOT EXISTS public.gone (")
            && down.contains("\n-- ALTER TABLE public.parent ADD COLUMN IF NOT EXISTS legacy")
            && down.contains("\n-- CREATE INDEX gone_note ")
            && down.contains("\nCREATE VIEW public.gone_notes AS"),
        "{down}"
    );
    let cluster = Cluster::start();
    let url = common::project::database(&cluster);
    run_up_and_down(&cluster, &url, before, &forward.stdout, down);
    // Back where it started, rows included.
    assert_back_at_before(dir.path(), tmp.path(), &url);
    assert_eq!(cluster.query_at(&url, "select note from gone_notes"), ["n"]);
}

/// Loads `before` into the database at `url`, then runs the migration `up` and its rollback
/// `down` as written.
fn run_up_and_down(cluster: &Cluster, url: &str, before: &str, up: &str, down: &str) {
    cluster.rt.block_on(async {
        let c = pgshift::db::connect(url).await.unwrap();
        c.batch_execute(before).await.unwrap();
        c.batch_execute(up).await.unwrap();
        c.batch_execute(down).await.unwrap();
    });
}

/// The database at `url` has the schema of `before.sql` in `dir` again.
fn assert_back_at_before(dir: &std::path::Path, tmp: &std::path::Path, url: &str) {
    let check = run(pgshift(dir, tmp).args([
        "--shadow",
        "local",
        "diff",
        "--from",
        url,
        "--to",
        "before.sql",
        "--no-validate",
    ]));
    assert!(
        check.stdout.contains("-- no differences"),
        "{}",
        check.all()
    );
}

/// A held-back drop keeps its object's names: what needs them (a view replacing a table under
/// its name; a new table whose key and index take a dropped table's names; a column added
/// again under a dropped column's name; and what belongs to or depends on those) is held back
/// with it, so the migration written without `--allow-destructive` runs, and its rollback after
/// it brings the database back, rows included.
#[test]
fn what_needs_a_held_back_drop_is_held_back_with_it() {
    let before = "create table base (id int primary key, n int);\n\
        create table stats (id int, total int);\n\
        create table users (id serial primary key, email text constraint users_email_key unique);\n\
        create index users_email_idx on users (email);\n\
        create table notes (id int primary key, body text);\n\
        insert into stats values (1, 2);\n\
        insert into users (email) values ('a@b');\n";
    let after = "create table base (id int primary key, n int);\n\
        create view stats as select id, n as total from base;\n\
        comment on view stats is 'now a view';\n\
        create view stats_total as select sum(total) as t from stats;\n\
        create table accounts (id serial primary key, email text constraint users_email_key unique);\n\
        create index users_email_idx on accounts (email);\n\
        create table notes (id int primary key);\n";
    let dir = before_after(before, after);
    let tmp = open_tempdir();
    let forward = diff_files(dir.path(), tmp.path(), &["--no-validate"]);
    assert_eq!(forward.code, 0, "{}", forward.all());
    let up = &forward.stdout;
    for held in [
        "\n-- DROP TABLE public.stats;",
        "\n-- CREATE VIEW public.stats AS",
        "\n-- COMMENT ON VIEW public.stats",
        "\n-- CREATE VIEW public.stats_total AS",
        "\n-- ALTER TABLE public.accounts ADD CONSTRAINT users_email_key UNIQUE (email);",
        "\n-- CREATE INDEX users_email_idx ON public.accounts",
        "\n-- ALTER TABLE public.notes DROP COLUMN body;",
    ] {
        assert!(up.contains(held), "{held} not held back in:\n{up}");
    }
    assert!(
        up.contains("-- HELD BACK with table public.stats, whose held-back statement it needs")
            && up.contains("\nCREATE TABLE public.accounts (")
            && up.contains("\nALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey"),
        "{up}"
    );
    let rollback = diff_files(dir.path(), tmp.path(), &["--no-validate", "--rollback"]);
    assert_eq!(rollback.code, 0, "{}", rollback.all());
    let down = &rollback.stdout;
    let cluster = Cluster::start();
    let url = common::project::database(&cluster);
    run_up_and_down(&cluster, &url, before, up, down);
    assert_back_at_before(dir.path(), tmp.path(), &url);
    assert_eq!(
        cluster.query_at(&url, "select total::text from stats"),
        ["2"]
    );
}

/// Validation runs on a copy of a live `--from` made from its schema dump, which is not always
/// faithful: a table created `INHERITS` copies its parent's column storage and pg_dump writes
/// the child's own only where it differs from its type's, so a child that kept its type's
/// storage under a parent changed afterwards comes back with the parent's. The copy is put
/// right first: the plan validates (both ways) instead of failing on a difference it did not
/// make.
#[test]
fn the_copy_of_a_live_source_is_put_right_where_its_dump_is_not_faithful() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let cwd = tempfile::tempdir().unwrap();
    let parent = "CREATE TABLE public.\"Docs\" (id int, body text); \
        CREATE TABLE public.docs_old () INHERITS (public.\"Docs\");";
    for (name, sql) in [
        (
            "stored_main",
            format!(
                "{parent} ALTER TABLE ONLY public.\"Docs\" ALTER COLUMN body SET STORAGE MAIN;"
            ),
        ),
        ("stored_default", parent.to_string()),
    ] {
        let url = cluster.named_database(name);
        cluster.query_at(&url, &sql);
    }
    let url = |name: &str| pgshift::db::with_database(&cluster.url(), name).unwrap();
    for (from, to) in [
        ("stored_main", "stored_default"),
        ("stored_default", "stored_main"),
    ] {
        let r = run(pgshift(cwd.path(), tmp.path()).args([
            "--shadow",
            "local",
            "diff",
            "--from",
            &url(from),
            "--to",
            &url(to),
            "--no-data-validation",
        ]));
        assert_eq!(r.code, 0, "{from} -> {to}: {}", r.all());
        assert!(
            r.stdout
                .contains("ALTER TABLE ONLY public.\"Docs\" ALTER COLUMN body SET STORAGE"),
            "{from} -> {to}: {}",
            r.stdout
        );
        assert!(
            !r.stdout.contains("docs_old"),
            "{from} -> {to}: {}",
            r.stdout
        );
    }
    assert_no_leftovers(tmp.path());
}
