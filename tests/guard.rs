//! The guard against silent loss: for one object of every kind PostgreSQL 15 can create in a
//! schema or in a database, each in a database of its own, pgshift either refuses (exit 2, naming
//! the object) or writes a plan that rebuilds it exactly (applied to an empty database, the
//! pg_dump-based `schema-equal` oracle calls the result equal); and two databases that differ by
//! that one object are never reported in sync by `drift`. Which kinds are refused is not written
//! here: as kinds join the model, their cases move from the first outcome to the second.

mod common;

use common::*;

/// One object: what it needs (`setup`, also in the database it is compared with by `drift`), the
/// statement(s) that create it (`object`), and a part of its `pg_describe_object` text.
struct Case {
    name: &'static str,
    setup: &'static str,
    object: &'static str,
    needle: &'static str,
}

const fn case(
    name: &'static str,
    setup: &'static str,
    object: &'static str,
    needle: &'static str,
) -> Case {
    Case {
        name,
        setup,
        object,
        needle,
    }
}

const SCHEMA: &str = "CREATE SCHEMA g;";
const TABLE: &str = "CREATE SCHEMA g; CREATE TABLE g.t (id int NOT NULL, v text);";
const EQ: &str = "CREATE SCHEMA g; \
    CREATE FUNCTION g.eq(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';";
const CMP: &str = "CREATE SCHEMA g; \
    CREATE FUNCTION g.cmp(int, int) RETURNS int LANGUAGE sql IMMUTABLE \
    AS 'SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END';";
const PAIR: &str = "CREATE SCHEMA g; CREATE TYPE g.pair AS (a int, b int); \
    CREATE FUNCTION g.to_pair(int) RETURNS g.pair LANGUAGE sql IMMUTABLE AS 'SELECT ROW($1, $1)::g.pair';";
const SERVER: &str = "CREATE SCHEMA g; CREATE FOREIGN DATA WRAPPER guard_w; \
    CREATE SERVER guard_srv FOREIGN DATA WRAPPER guard_w;";
const LANGUAGE_HANDLER: &str = "CREATE FUNCTION public.guard_handler() RETURNS language_handler \
    AS 'plpgsql', 'plpgsql_call_handler' LANGUAGE c;";
const TRANSFORM_SETUP: &str = "CREATE SCHEMA g; CREATE TYPE g.pair AS (a int, b int); \
    CREATE FUNCTION public.guard_handler() RETURNS language_handler \
    AS 'plpgsql', 'plpgsql_call_handler' LANGUAGE c; \
    CREATE LANGUAGE guard_lang HANDLER public.guard_handler; \
    CREATE FUNCTION g.from_sql(internal) RETURNS internal LANGUAGE internal IMMUTABLE AS 'int4recv';";
const TRIGGER_FUNCTION: &str = "CREATE SCHEMA g; CREATE TABLE g.t (id int NOT NULL, v text); \
    CREATE FUNCTION g.touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';";

const CASES: &[Case] = &[
    // Kinds the model did not hold when the guard was written.
    case(
        "operator",
        EQ,
        "CREATE OPERATOR g.=== (LEFTARG = int, RIGHTARG = int, FUNCTION = g.eq);",
        "operator g.===(integer,integer)",
    ),
    case(
        "operator_family",
        SCHEMA,
        "CREATE OPERATOR FAMILY g.fam USING btree;",
        "operator family g.fam for access method btree",
    ),
    case(
        "operator_class",
        CMP,
        "CREATE OPERATOR CLASS g.cls FOR TYPE int USING btree AS OPERATOR 3 =, FUNCTION 1 g.cmp(int, int);",
        "operator class g.cls for access method btree",
    ),
    case(
        "operator_family_member",
        "CREATE SCHEMA g; CREATE FUNCTION g.cmpfi(float8, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 0';",
        "ALTER OPERATOR FAMILY float_ops USING btree ADD FUNCTION 1 (float8, int) g.cmpfi(float8, int);",
        "of operator family float_ops for access method btree",
    ),
    case(
        "cast",
        PAIR,
        "CREATE CAST (int AS g.pair) WITH FUNCTION g.to_pair(int);",
        "cast from integer to g.pair",
    ),
    case(
        "rule",
        TABLE,
        "CREATE RULE r1 AS ON INSERT TO g.t WHERE NEW.id < 0 DO INSTEAD NOTHING;",
        "rule r1 on table g.t",
    ),
    case(
        "rule_on_view",
        "CREATE SCHEMA g; CREATE TABLE g.t (id int NOT NULL, v text); CREATE VIEW g.v AS SELECT id, v FROM g.t;",
        "CREATE RULE ins AS ON INSERT TO g.v DO INSTEAD INSERT INTO g.t VALUES (NEW.id, NEW.v);",
        "rule ins on view g.v",
    ),
    case(
        "statistics",
        TABLE,
        "CREATE STATISTICS g.st (dependencies) ON id, v FROM g.t;",
        "statistics object g.st",
    ),
    case(
        "text_search_parser",
        SCHEMA,
        "CREATE TEXT SEARCH PARSER g.prs (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype);",
        "text search parser g.prs",
    ),
    case(
        "text_search_template",
        SCHEMA,
        "CREATE TEXT SEARCH TEMPLATE g.tmpl (LEXIZE = dsimple_lexize);",
        "text search template g.tmpl",
    ),
    case(
        "text_search_dictionary",
        SCHEMA,
        "CREATE TEXT SEARCH DICTIONARY g.dict (TEMPLATE = simple, STOPWORDS = english);",
        "text search dictionary g.dict",
    ),
    case(
        "text_search_configuration",
        SCHEMA,
        "CREATE TEXT SEARCH CONFIGURATION g.cfg (PARSER = default); \
         ALTER TEXT SEARCH CONFIGURATION g.cfg ADD MAPPING FOR word WITH simple;",
        "text search configuration g.cfg",
    ),
    case(
        "foreign_data_wrapper",
        "",
        "CREATE FOREIGN DATA WRAPPER guard_w OPTIONS (debug 'true');",
        "foreign-data wrapper guard_w",
    ),
    case(
        "foreign_server",
        "CREATE FOREIGN DATA WRAPPER guard_w;",
        "CREATE SERVER guard_srv FOREIGN DATA WRAPPER guard_w OPTIONS (host 'h');",
        "server guard_srv",
    ),
    case(
        "user_mapping",
        SERVER,
        "CREATE USER MAPPING FOR CURRENT_USER SERVER guard_srv OPTIONS (user 'u');",
        "on server guard_srv",
    ),
    case(
        "foreign_table",
        SERVER,
        "CREATE FOREIGN TABLE g.ft (id int NOT NULL, v text OPTIONS (column_name 'w')) SERVER guard_srv OPTIONS (table_name 'x');",
        "foreign table g.ft",
    ),
    case(
        "foreign_table_constraint",
        SERVER,
        "CREATE FOREIGN TABLE g.fc (id int CONSTRAINT fc_positive CHECK (id > 0)) SERVER guard_srv;",
        "constraint fc_positive on foreign table g.fc",
    ),
    case(
        "foreign_table_partition",
        SERVER,
        "CREATE TABLE g.parted (id int) PARTITION BY RANGE (id); \
         CREATE FOREIGN TABLE g.fpart PARTITION OF g.parted FOR VALUES FROM (0) TO (10) SERVER guard_srv;",
        "foreign table g.fpart",
    ),
    case(
        "foreign_table_inheritance",
        SERVER,
        "CREATE TABLE g.base (id int); \
         CREATE FOREIGN TABLE g.finh (extra int) INHERITS (g.base) SERVER guard_srv;",
        "foreign table g.finh",
    ),
    case(
        "foreign_table_column_settings",
        SERVER,
        "CREATE FOREIGN TABLE g.fset (id int, t text) SERVER guard_srv; \
         ALTER FOREIGN TABLE g.fset ALTER COLUMN t SET STORAGE EXTERNAL;",
        "column t of foreign table g.fset",
    ),
    case(
        "conversion",
        "CREATE SCHEMA g; CREATE FUNCTION g.conv(int4, int4, cstring, internal, int4, bool) RETURNS int4 \
         AS '$libdir/utf8_and_iso8859_1', 'utf8_to_iso8859_1' LANGUAGE c STRICT;",
        "CREATE CONVERSION g.cnv FOR 'UTF8' TO 'LATIN1' FROM g.conv;",
        "conversion g.cnv",
    ),
    case(
        "table_access_method",
        "",
        "CREATE ACCESS METHOD guard_tam TYPE TABLE HANDLER heap_tableam_handler;",
        "access method guard_tam",
    ),
    case(
        "index_access_method",
        "",
        "CREATE ACCESS METHOD guard_iam TYPE INDEX HANDLER bthandler;",
        "access method guard_iam",
    ),
    case(
        "language",
        LANGUAGE_HANDLER,
        "CREATE LANGUAGE guard_lang HANDLER public.guard_handler;",
        "language guard_lang",
    ),
    case(
        "transform",
        TRANSFORM_SETUP,
        "CREATE TRANSFORM FOR g.pair LANGUAGE guard_lang (FROM SQL WITH FUNCTION g.from_sql(internal));",
        "transform for g.pair language guard_lang",
    ),
    case(
        "subscription",
        "",
        // One statement: CREATE SUBSCRIPTION cannot run in a transaction block.
        "CREATE SUBSCRIPTION guard_sub CONNECTION 'dbname=nowhere' PUBLICATION p WITH (connect = false)",
        "subscription guard_sub",
    ),
    case(
        "base_type",
        SCHEMA,
        "CREATE TYPE g.b; \
         CREATE FUNCTION g.b_in(cstring) RETURNS g.b LANGUAGE internal IMMUTABLE STRICT AS 'textin'; \
         CREATE FUNCTION g.b_out(g.b) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'textout'; \
         CREATE TYPE g.b (INPUT = g.b_in, OUTPUT = g.b_out, LIKE = text);",
        "type g.b",
    ),
    case("shell_type", SCHEMA, "CREATE TYPE g.shell;", "type g.shell"),
    case(
        "column_options",
        TABLE,
        "ALTER TABLE g.t ALTER COLUMN id SET (n_distinct = 5);",
        "column id of table g.t",
    ),
    case(
        "cluster_index",
        "CREATE SCHEMA g; CREATE TABLE g.t (id int NOT NULL, v text); CREATE INDEX ti ON g.t (id);",
        "ALTER TABLE g.t CLUSTER ON ti;",
        "index g.ti",
    ),
    // Kinds the model held already.
    case("schema", "", "CREATE SCHEMA g;", "schema g"),
    case(
        "extension",
        "",
        "CREATE EXTENSION citext;",
        "extension citext",
    ),
    case(
        "collation",
        SCHEMA,
        "CREATE COLLATION g.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);",
        "collation g.ci",
    ),
    case(
        "enum",
        SCHEMA,
        "CREATE TYPE g.mood AS ENUM ('sad', 'ok');",
        "type g.mood",
    ),
    case(
        "domain",
        SCHEMA,
        "CREATE DOMAIN g.pos AS int NOT NULL CHECK (VALUE > 0);",
        "type g.pos",
    ),
    case(
        "composite_type",
        SCHEMA,
        "CREATE TYPE g.pair AS (a int, b text);",
        "type g.pair",
    ),
    case(
        "range_type",
        SCHEMA,
        "CREATE TYPE g.fr AS RANGE (subtype = float8, subtype_diff = float8mi);",
        "type g.fr",
    ),
    case(
        "sequence",
        SCHEMA,
        "CREATE SEQUENCE g.s START 10 INCREMENT 5;",
        "sequence g.s",
    ),
    case(
        "table",
        SCHEMA,
        "CREATE TABLE g.t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text DEFAULT 'x' CHECK (v <> ''), \
         u text UNIQUE, parent bigint REFERENCES g.t (id));",
        "table g.t",
    ),
    case(
        "partitioned_table",
        SCHEMA,
        "CREATE TABLE g.p (id int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at); \
         CREATE TABLE g.p_2025 PARTITION OF g.p FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
        "table g.p",
    ),
    case(
        "view",
        TABLE,
        "CREATE VIEW g.v AS SELECT id FROM g.t WHERE id > 0;",
        "view g.v",
    ),
    case(
        "materialized_view",
        TABLE,
        "CREATE MATERIALIZED VIEW g.mv AS SELECT id FROM g.t;",
        "materialized view g.mv",
    ),
    case(
        "index",
        TABLE,
        "CREATE INDEX t_v ON g.t (lower(v)) WHERE id > 0;",
        "index g.t_v",
    ),
    case(
        "function",
        SCHEMA,
        "CREATE FUNCTION g.add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + b';",
        "function g.add(integer,integer)",
    ),
    case(
        "procedure",
        SCHEMA,
        "CREATE PROCEDURE g.noop() LANGUAGE sql AS 'SELECT 1';",
        "procedure g.noop()",
    ),
    case(
        "window_function",
        SCHEMA,
        "CREATE FUNCTION g.my_rank() RETURNS bigint LANGUAGE internal WINDOW AS 'window_rank';",
        "function g.my_rank()",
    ),
    case(
        "aggregate",
        CMP,
        "CREATE AGGREGATE g.pick(int) (SFUNC = g.cmp, STYPE = int, INITCOND = '0');",
        "function g.pick(integer)",
    ),
    case(
        "trigger",
        TRIGGER_FUNCTION,
        "CREATE TRIGGER touch BEFORE UPDATE ON g.t FOR EACH ROW EXECUTE FUNCTION g.touch();",
        "trigger touch on table g.t",
    ),
    case(
        "event_trigger",
        "CREATE SCHEMA g; CREATE FUNCTION g.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';",
        "CREATE EVENT TRIGGER guard_ddl ON ddl_command_end EXECUTE FUNCTION g.on_ddl();",
        "event trigger guard_ddl",
    ),
    case(
        "policy",
        TABLE,
        "ALTER TABLE g.t ENABLE ROW LEVEL SECURITY; CREATE POLICY mine ON g.t USING (id > 0);",
        "policy mine on table g.t",
    ),
    case(
        "publication",
        TABLE,
        "CREATE PUBLICATION guard_pub FOR TABLE g.t;",
        "publication guard_pub",
    ),
    case(
        "default_privileges",
        SCHEMA,
        "ALTER DEFAULT PRIVILEGES IN SCHEMA g GRANT SELECT ON TABLES TO PUBLIC;",
        "default privileges",
    ),
    case(
        "grant",
        TABLE,
        "GRANT SELECT ON g.t TO PUBLIC;",
        "table g.t",
    ),
    case(
        "owner_privileges",
        TABLE,
        "REVOKE ALL ON g.t FROM CURRENT_USER;",
        "table g.t",
    ),
    case(
        "owner_privileges_on_public",
        "",
        "REVOKE CREATE ON SCHEMA public FROM pg_database_owner;",
        "schema public",
    ),
    case(
        "system_column_privileges",
        TABLE,
        "GRANT SELECT (ctid) ON g.t TO PUBLIC;",
        "column ctid of table g.t",
    ),
    case(
        "builtin_owner",
        "",
        "ALTER FUNCTION pg_catalog.pg_stat_reset() OWNER TO pg_monitor;",
        "function pg_stat_reset()",
    ),
    case(
        "builtin_privileges",
        "",
        "GRANT EXECUTE ON FUNCTION pg_catalog.pg_stat_reset() TO pg_monitor;",
        "function pg_catalog.pg_stat_reset()",
    ),
    case(
        "comment",
        TABLE,
        "COMMENT ON COLUMN g.t.v IS 'the value';",
        "table g.t",
    ),
];

struct Env {
    cluster: Cluster,
    /// Working directory of the runs: a `pgshift.toml` for plain PostgreSQL.
    cwd: tempfile::TempDir,
    tmp: tempfile::TempDir,
}

impl Env {
    fn start() -> Self {
        let cwd = tempfile::tempdir().unwrap();
        std::fs::write(cwd.path().join("pgshift.toml"), "preset = \"none\"\n").unwrap();
        Env {
            cluster: Cluster::start(),
            cwd,
            tmp: open_tempdir(),
        }
    }

    /// A new database from template0 (as pgshift's shadow databases are), with `sql` run in it
    /// (each part one query string, in its own transaction); its URL.
    fn database(&self, name: &str, parts: &[&str]) -> Result<String, String> {
        let url = self.cluster.named_database(name);
        self.cluster.rt.block_on(async {
            let c = pgshift::db::connect(&url)
                .await
                .map_err(|e| e.to_string())?;
            for sql in parts.iter().filter(|s| !s.trim().is_empty()) {
                c.batch_execute(sql)
                    .await
                    .map_err(|e| format!("{sql}: {}", pgshift::db::error_text(&e)))?;
            }
            Ok::<_, String>(())
        })?;
        Ok(url)
    }

    fn pgshift(&self, args: &[&str]) -> Run {
        let shadow = self.cluster.url();
        let mut all = vec!["--shadow", shadow.as_str()];
        all.extend_from_slice(args);
        run(pgshift(self.cwd.path(), self.tmp.path()).args(&all))
    }
}

/// Runs `check` on every case, on several threads (the cases are independent), and fails with every
/// case's problem at once.
fn each_case(env: &Env, check: impl Fn(&Env, &Case) -> Result<String, String> + Sync) {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..CORPUS_THREADS {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(c) = CASES.get(i) else { break };
                let r = check(env, c);
                results.lock().unwrap().push((c.name, r));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(name, _)| *name);
    let mut failures = Vec::new();
    for (name, r) in &results {
        match r {
            Ok(outcome) => eprintln!("{name}: {outcome}"),
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        results.len(),
        failures.join("\n")
    );
}

/// From an empty database to one holding the object: refused naming it, or a plan that rebuilds
/// it exactly.
#[test]
fn every_kind_is_refused_by_name_or_rebuilt_exactly() {
    let env = Env::start();
    each_case(&env, |env, c| {
        let to = env.database(&format!("to_{}", c.name), &[c.setup, c.object])?;
        let r = env.pgshift(&[
            "diff",
            "--from",
            "empty",
            "--to",
            &to,
            "--allow-destructive",
            "--no-validate",
        ]);
        match r.code {
            2 if r.stderr.contains(c.needle) => Ok("refused".into()),
            2 => Err(format!(
                "exit 2 without naming `{}`: {}",
                c.needle,
                r.stderr.trim()
            )),
            0 => {
                let applied = env.database(&format!("applied_{}", c.name), &[])?;
                env.cluster
                    .rt
                    .block_on(pgshift::apply::executor::run_text(
                        &applied,
                        std::path::Path::new("plan.sql"),
                        &r.stdout,
                        pgshift::apply::executor::Secrets::Environment,
                    ))
                    .map_err(|e| format!("the plan does not apply: {e}\n{}", r.stdout))?;
                schema_equal(&to, &applied)
                    .map_err(|e| format!("the plan does not rebuild it: {e}\n{}", r.stdout))?;
                Ok("rebuilt".into())
            }
            other => Err(format!("exit {other}: {}", r.all().trim())),
        }
    });
    assert_no_leftovers(env.tmp.path());
}

/// Two databases that differ by the one object: `drift` never reports them in sync, whichever
/// side holds it.
#[test]
fn drift_never_passes_over_an_object() {
    let env = Env::start();
    each_case(&env, |env, c| {
        let without = env.database(&format!("without_{}", c.name), &[c.setup])?;
        let with = env.database(&format!("with_{}", c.name), &[c.setup, c.object])?;
        let mut outcomes = Vec::new();
        for (target, against) in [(&with, &without), (&without, &with)] {
            let r = env.pgshift(&["drift", "--target", target, "--against", against]);
            match r.code {
                1 => outcomes.push("drift"),
                2 if r.stderr.contains(c.needle) => outcomes.push("refused"),
                code => {
                    return Err(format!(
                        "drift --target {target} --against {against}: exit {code}: {}",
                        r.all().trim()
                    ))
                }
            }
        }
        Ok(outcomes.join(", "))
    });
    assert_no_leftovers(env.tmp.path());
}

/// Ignoring a kind in the config lets the comparison run (and it then passes over the object);
/// excluding the object's schema does too; an unknown kind is a config error.
#[test]
fn ignored_kinds_and_excluded_schemas_let_comparisons_run() {
    let env = Env::start();
    let to = env
        .database(
            "ignored",
            &["CREATE SCHEMA g; CREATE TABLE g.t (id int); \
                 CREATE FOREIGN DATA WRAPPER guard_w; GRANT SELECT (ctid) ON g.t TO PUBLIC; \
                 REVOKE USAGE ON FOREIGN DATA WRAPPER guard_w FROM CURRENT_USER;"],
        )
        .unwrap();
    let diff = ["diff", "--from", "empty", "--to", &to, "--no-validate"];
    let r = env.pgshift(&diff);
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr
            .contains("column ctid of table g.t (system_column_privileges, schema g)"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("foreign-data wrapper guard_w (owner_privileges)\n"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("ignore_unmodelled = [\"owner_privileges\", \"system_column_privileges\"]"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("exclude = [\"g\"]"), "{}", r.stderr);

    // generate refuses the same way, and writes nothing.
    let r = env.pgshift(&[
        "generate",
        "add things",
        "--from",
        "empty",
        "--to",
        &to,
        "--no-validate",
    ]);
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr.contains("column ctid of table g.t"),
        "{}",
        r.stderr
    );
    assert!(!env.cwd.path().join("supabase").exists());

    // The JSON model lists them.
    let r = env.pgshift(&["inspect", &to, "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.all());
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let kinds: Vec<&str> = json["unmodelled"]
        .as_array()
        .expect("an unmodelled list")
        .iter()
        .map(|o| o["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["owner_privileges", "system_column_privileges"]);

    // The schema excluded: only the wrapper's owner privileges are left.
    let mut excluded = vec!["--exclude-schema", "g"];
    excluded.extend_from_slice(&diff);
    let r = env.pgshift(&excluded);
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        !r.stderr.contains("column ctid of table g.t"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("exclude-schema"), "{}", r.stderr);

    // Both kinds ignored: the comparison runs.
    std::fs::write(
        env.cwd.path().join("pgshift.toml"),
        "preset = \"none\"\n[schemas]\nignore_unmodelled = [\"owner_privileges\", \"system_column_privileges\"]\n",
    )
    .unwrap();
    let r = env.pgshift(&diff);
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(r.stdout.contains("CREATE TABLE g.t"), "{}", r.stdout);

    std::fs::write(
        env.cwd.path().join("pgshift.toml"),
        "preset = \"none\"\n[schemas]\nignore_unmodelled = [\"languages\"]\n",
    )
    .unwrap();
    let r = env.pgshift(&diff);
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr.contains("unknown kind `languages`"),
        "{}",
        r.stderr
    );
    std::fs::write(env.cwd.path().join("pgshift.toml"), "preset = \"none\"\n").unwrap();
    assert_no_leftovers(env.tmp.path());
}

/// An extension that lives in an excluded schema on one side and an included one on the other
/// is invisible to that side: a plan would create it again (or drop it) where it is. Both
/// directions are refused by name, with what to do.
#[test]
fn an_extension_moving_across_an_excluded_schema_is_refused_by_name() {
    let env = Env::start();
    let outside = env
        .database(
            "ext_outside",
            &["CREATE SCHEMA ext; CREATE EXTENSION citext SCHEMA ext; \
               CREATE TABLE public.t (c ext.citext);"],
        )
        .unwrap();
    let inside = env
        .database(
            "ext_inside",
            &["CREATE SCHEMA ext; CREATE EXTENSION citext SCHEMA public; \
               CREATE TABLE public.t (c public.citext);"],
        )
        .unwrap();
    for (from, to) in [(&outside, &inside), (&inside, &outside)] {
        let r = env.pgshift(&[
            "--exclude-schema",
            "ext",
            "diff",
            "--from",
            from,
            "--to",
            to,
            "--allow-destructive",
            "--no-validate",
        ]);
        assert_eq!(r.code, 2, "{}", r.all());
        assert!(
            r.stderr.contains(
                "moving extension citext between schema ext, which is excluded, and schema public"
            ),
            "{}",
            r.stderr
        );
        assert!(r.stdout.is_empty(), "{}", r.stdout);
    }
    // Not excluded, the move is planned.
    let r = env.pgshift(&[
        "diff",
        "--from",
        &outside,
        "--to",
        &inside,
        "--allow-destructive",
        "--no-validate",
    ]);
    assert_eq!(r.code, 0, "{}", r.all());
}

/// A change pgshift can make but not take back (a value added to an enum of a composite type
/// that a table is made OF: removing it again is not expressible) is planned forward when no rollback is asked for and nothing is
/// validated, with a note that the plan has no rollback; asking for the rollback, or validating
/// (which applies it), refuses by name.
#[test]
fn a_way_forward_is_not_held_back_by_a_way_back_pgshift_cannot_express() {
    let env = Env::start();
    let ddl = |values: &str| {
        format!(
            "CREATE TYPE public.grade AS ENUM ({values}); \
             CREATE TYPE public.graded AS (g public.grade, n int); \
             CREATE TABLE public.marks OF public.graded;"
        )
    };
    let before = env
        .database("oneway_before", &[&ddl("'low', 'high'")])
        .unwrap();
    let after = env
        .database("oneway_after", &[&ddl("'low', 'mid', 'high'")])
        .unwrap();
    let forward = env.pgshift(&["diff", "--from", &before, "--to", &after, "--no-validate"]);
    assert_eq!(forward.code, 0, "{}", forward.all());
    assert!(
        forward
            .stdout
            .contains("ALTER TYPE public.grade ADD VALUE IF NOT EXISTS 'mid' BEFORE 'high'"),
        "{}",
        forward.stdout
    );
    assert!(
        forward.stderr.contains("the plan has no rollback"),
        "{}",
        forward.stderr
    );
    for args in [
        vec![
            "diff",
            "--from",
            &before,
            "--to",
            &after,
            "--no-validate",
            "--rollback",
        ],
        vec!["diff", "--from", &before, "--to", &after],
    ] {
        let r = env.pgshift(&args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.all());
        assert!(
            r.stderr.contains(
                "recreating type public.grade, which a composite type uses that tables are made OF"
            ),
            "{args:?}: {}",
            r.stderr
        );
    }
    assert_no_leftovers(env.tmp.path());
}
