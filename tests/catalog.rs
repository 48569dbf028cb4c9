//! The catalog against a real server: every object kind, read in one snapshot, with the fields
//! and dependency edges the diff engine relies on.

mod common;

use common::*;
use pgshift::catalog::{self, Filter};
use pgshift::model::*;

const SCHEMA: &str = r#"
DO $$ BEGIN CREATE ROLE pgshift_cat_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA "Mixed Schema";
COMMENT ON SCHEMA "Mixed Schema" IS 'quoted';
CREATE SCHEMA auth;
CREATE EXTENSION citext;
CREATE COLLATION public.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN public.email AS citext CHECK (VALUE ~ '@') NOT NULL;
CREATE TYPE public.pair AS (a integer, b text COLLATE "C");
CREATE TYPE public.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE SEQUENCE public.counter START 10 INCREMENT 5 CACHE 3;
CREATE FUNCTION public.next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'c' || nextval('public.counter') $$;
CREATE FUNCTION public.add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
CREATE FUNCTION public.add(a numeric, b numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
CREATE FUNCTION public.is_positive(n numeric) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n > 0 $$;
CREATE TABLE "Mixed Schema"."Order Items" (
  id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 2) PRIMARY KEY,
  code text NOT NULL DEFAULT public.next_code(),
  price numeric(10,2) NOT NULL CHECK (public.is_positive(price)),
  qty integer NOT NULL,
  total numeric GENERATED ALWAYS AS (price * qty) STORED,
  mood public.mood,
  email public.email,
  "select" text COLLATE public.ci,
  UNIQUE NULLS NOT DISTINCT (code)
);
COMMENT ON COLUMN "Mixed Schema"."Order Items".qty IS 'how many';
CREATE TABLE public.events (id bigint NOT NULL, at timestamptz NOT NULL, item bigint) PARTITION BY RANGE (at);
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_at ON public.events (at);
ALTER TABLE public.events ADD CONSTRAINT events_item_fkey FOREIGN KEY (item) REFERENCES "Mixed Schema"."Order Items" (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE public.base (id int);
CREATE TABLE public.child (extra text) INHERITS (public.base);
CREATE UNLOGGED TABLE public.scratch (a int, b int);
ALTER TABLE public.scratch REPLICA IDENTITY FULL;
ALTER TABLE public.scratch ADD CONSTRAINT a_small CHECK (a < 10) NOT VALID;
CREATE INDEX scratch_partial ON public.scratch (lower(b::text)) INCLUDE (a) WHERE a > 0;
CREATE VIEW public.item_totals WITH (security_invoker = true) AS
  SELECT id, total FROM "Mixed Schema"."Order Items" WHERE qty > 0 WITH LOCAL CHECK OPTION;
CREATE MATERIALIZED VIEW public.mood_counts AS SELECT mood, count(*) FROM "Mixed Schema"."Order Items" GROUP BY mood;
CREATE UNIQUE INDEX mood_counts_mood ON public.mood_counts (mood);
CREATE AGGREGATE public.sum_add(integer) (sfunc = public.add, stype = integer, initcond = '0');
CREATE PROCEDURE public.reset_counter() LANGUAGE sql AS $$ SELECT setval('public.counter', 10) $$;
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER touch_items BEFORE UPDATE ON "Mixed Schema"."Order Items" FOR EACH ROW EXECUTE FUNCTION public.touch();
ALTER TABLE "Mixed Schema"."Order Items" DISABLE TRIGGER touch_items;
CREATE TABLE auth.users (id uuid PRIMARY KEY);
CREATE FUNCTION public.handle_new_user() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER on_auth_user_created AFTER INSERT ON auth.users FOR EACH ROW EXECUTE FUNCTION public.handle_new_user();
ALTER TABLE "Mixed Schema"."Order Items" ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY "positive only" ON "Mixed Schema"."Order Items" AS RESTRICTIVE FOR SELECT TO pgshift_cat_reader
  USING (public.is_positive(price));
CREATE POLICY own_user ON auth.users FOR SELECT USING (true);
GRANT SELECT ON "Mixed Schema"."Order Items" TO pgshift_cat_reader;
GRANT UPDATE (qty) ON "Mixed Schema"."Order Items" TO pgshift_cat_reader;
REVOKE EXECUTE ON FUNCTION public.add(numeric, numeric) FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO pgshift_cat_reader;
CREATE PUBLICATION items_pub FOR TABLE "Mixed Schema"."Order Items" (id, qty) WHERE (qty > 1);
COMMENT ON TABLE public.events IS 'partitioned';
CREATE FUNCTION public.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION public.on_ddl();
"#;

fn inspect(cluster: &Cluster, sql: &str, filter: &Filter) -> Schema {
    cluster.rt.block_on(async {
        let db = cluster.server.create_database().await.unwrap();
        let c = pgshift::db::connect(&db.url).await.unwrap();
        c.batch_execute(sql).await.unwrap();
        let s = catalog::inspect(&c, filter).await.unwrap();
        c.batch_execute("DROP EVENT TRIGGER IF EXISTS log_ddl")
            .await
            .unwrap();
        s
    })
}

fn q(s: &str, n: &str) -> QualifiedName {
    QualifiedName::new(s, n)
}

#[test]
fn every_kind_is_read_with_its_details() {
    let cluster = Cluster::start();
    let s = inspect(&cluster, SCHEMA, &Filter::default());
    let items = &s.tables[&q("Mixed Schema", "Order Items")];
    let col = |n: &str| items.columns.iter().find(|c| c.name == n).unwrap();
    let id = col("id").identity.as_ref().unwrap();
    assert!(id.always);
    assert_eq!((id.options.start, id.options.increment), (100, 2));
    assert_eq!(col("code").default.as_deref(), Some("public.next_code()"));
    assert_eq!(
        col("total").generated.as_deref(),
        Some("(price * (qty)::numeric)")
    );
    // Types are resolved into their parts.
    assert_eq!(col("mood").data_type, TypeRef::named(&q("public", "mood")));
    assert_eq!(col("select").collation, Some(q("public", "ci")));
    assert_eq!(col("qty").comment.as_deref(), Some("how many"));
    assert_eq!(col("qty").privileges[0].privilege, "UPDATE");
    assert!(items.rls_enabled && items.rls_forced);
    assert_eq!(items.privileges.len(), 1);
    let unique = items
        .constraints
        .values()
        .find(|c| c.kind == ConstraintKind::Unique)
        .unwrap();
    assert!(
        unique.definition.contains("NULLS NOT DISTINCT"),
        "{}",
        unique.definition
    );
    let check = items
        .constraints
        .values()
        .find(|c| c.kind == ConstraintKind::Check)
        .unwrap();
    assert!(
        check.definition.contains("public.is_positive(price)"),
        "{}",
        check.definition
    );
    let policy = &items.policies["positive only"];
    assert!(!policy.permissive);
    assert_eq!(
        (policy.command.as_str(), policy.roles.clone()),
        ("SELECT", vec!["pgshift_cat_reader".to_string()])
    );

    let events = &s.tables[&q("public", "events")];
    assert_eq!(events.partition_key.as_deref(), Some("RANGE (at)"));
    let fk = &events.constraints["events_item_fkey"];
    assert!(fk.deferrable && fk.initially_deferred);
    let fk = fk.foreign_key.as_ref().unwrap();
    assert_eq!(
        (fk.references.clone(), fk.on_delete.as_str()),
        (q("Mixed Schema", "Order Items"), "n")
    );
    let part = &s.tables[&q("public", "events_2025")];
    let p = part.partition_of.as_ref().unwrap();
    assert_eq!(p.parent, q("public", "events"));
    assert!(p.bound.contains("2025-01-01"), "{}", p.bound);
    // The partition's index is attached to the partitioned one.
    assert!(s
        .indexes
        .values()
        .any(|i| i.parent == Some(q("public", "events_at"))));
    assert_eq!(
        s.tables[&q("public", "child")].inherits,
        vec![q("public", "base")]
    );
    let scratch = &s.tables[&q("public", "scratch")];
    assert!(scratch.unlogged);
    assert_eq!(scratch.replica_identity, ReplicaIdentity::Full);
    assert!(!scratch.constraints["a_small"].validated);
    let partial = &s.indexes[&q("public", "scratch_partial")];
    assert_eq!(partial.include_columns, vec!["a".to_string()]);
    assert_eq!(partial.predicate.as_deref(), Some("(a > 0)"));

    assert_eq!(s.enums[&q("public", "mood")].values, ["sad", "ok", "happy"]);
    let email = &s.domains[&q("public", "email")];
    assert!(
        email.not_null
            && email.checks.len() == 1
            && email.base_type == TypeRef::parse("public.citext")
    );
    assert_eq!(
        s.composite_types[&q("public", "pair")].attributes[1].collation,
        Some(q("pg_catalog", "C"))
    );
    assert!(s.range_types[&q("public", "floatrange")]
        .subtype_diff
        .is_some());
    let counter = &s.sequences[&q("public", "counter")];
    assert_eq!(
        (
            counter.options.start,
            counter.options.increment,
            counter.options.cache
        ),
        (10, 5, 3)
    );
    // Identity sequences belong to their column, not the sequence list.
    assert_eq!(s.sequences.len(), 1);
    assert!(s.extensions.contains_key("citext"));
    assert!(!s.collations[&q("public", "ci")].deterministic);

    let view = &s.views[&q("public", "item_totals")];
    assert!(
        view.options.contains(&"check_option=local".to_string()),
        "{:?}",
        view.options
    );
    assert!(
        view.options.contains(&"security_invoker=true".to_string()),
        "{:?}",
        view.options
    );
    assert!(
        view.definition.contains("\"Mixed Schema\".\"Order Items\""),
        "{}",
        view.definition
    );
    assert!(s
        .materialized_views
        .contains_key(&q("public", "mood_counts")));
    assert_eq!(
        s.indexes[&q("public", "mood_counts_mood")].table,
        q("public", "mood_counts")
    );

    let add_int = FunctionId::new("public", "add", "a integer, b integer");
    let add_num = FunctionId::new("public", "add", "a numeric, b numeric");
    assert_eq!(
        s.functions[&add_int].privileges.len(),
        1,
        "default EXECUTE to PUBLIC"
    );
    assert!(
        s.functions[&add_num].privileges.is_empty(),
        "revoked from PUBLIC"
    );
    assert_eq!(
        s.functions[&FunctionId::new("public", "reset_counter", "")].kind,
        RoutineKind::Procedure
    );
    let touch = &s.functions[&FunctionId::new("public", "touch", "")];
    assert!(
        touch.security_definer && touch.config == ["search_path=\"\""],
        "{:?}",
        touch.config
    );
    let agg = &s.aggregates[&FunctionId::new("public", "sum_add", "integer")];
    assert_eq!(
        (agg.state_function.clone(), agg.initial_value.as_deref()),
        (add_int.clone(), Some("0"))
    );

    let trig = &s.triggers[&(q("Mixed Schema", "Order Items"), "touch_items".to_string())];
    assert_eq!(trig.enabled, "D");
    assert!(
        trig.definition.contains("EXECUTE FUNCTION public.touch()"),
        "{}",
        trig.definition
    );
    let et = &s.event_triggers["log_ddl"];
    assert_eq!(
        (et.event.as_str(), et.tags.clone()),
        ("ddl_command_end", vec!["CREATE TABLE".to_string()])
    );

    let pubn = &s.publications["items_pub"];
    assert_eq!(
        pubn.tables[0].columns,
        Some(vec!["id".to_string(), "qty".to_string()])
    );
    assert_eq!(pubn.tables[0].row_filter.as_deref(), Some("(qty > 1)"));
    assert_eq!(s.default_privileges.len(), 1);
    assert_eq!(s.schemas["Mixed Schema"].comment.as_deref(), Some("quoted"));

    // Dependencies the planner orders by.
    let items_id = q("Mixed Schema", "Order Items");
    let column = |c: &str| ObjectId::Column {
        table: items_id.clone(),
        column: c.to_string(),
    };
    let has = |a: ObjectId, b: ObjectId| {
        assert!(s.dependencies.contains(&a, &b), "missing edge {a} -> {b}");
    };
    has(
        ObjectId::View {
            name: q("public", "item_totals"),
        },
        column("total"),
    );
    has(
        column("code"),
        ObjectId::Function {
            id: FunctionId::new("public", "next_code", ""),
        },
    );
    has(
        ObjectId::Constraint {
            table: items_id.clone(),
            name: check.name.clone(),
        },
        ObjectId::Function {
            id: FunctionId::new("public", "is_positive", "n numeric"),
        },
    );
    has(
        ObjectId::Trigger {
            table: items_id.clone(),
            name: "touch_items".into(),
        },
        ObjectId::Function {
            id: FunctionId::new("public", "touch", ""),
        },
    );
    has(
        ObjectId::Policy {
            table: items_id.clone(),
            name: "positive only".into(),
        },
        ObjectId::Function {
            id: FunctionId::new("public", "is_positive", "n numeric"),
        },
    );
    has(
        column("mood"),
        ObjectId::Type {
            name: q("public", "mood"),
        },
    );
    has(
        ObjectId::Constraint {
            table: q("public", "events"),
            name: "events_item_fkey".into(),
        },
        ObjectId::Index {
            name: q("Mixed Schema", "Order Items_pkey"),
        },
    );
    // Function bodies are not tracked by PostgreSQL (next_code() uses the sequence unseen): the
    // model has no edge for them, and the planner must treat them as untrackable.
    assert!(!s.dependencies.contains(
        &ObjectId::Function {
            id: FunctionId::new("public", "next_code", "")
        },
        &ObjectId::Sequence {
            name: q("public", "counter")
        }
    ));

    // Same database, same model, same JSON.
    let again = inspect(&cluster, SCHEMA, &Filter::default());
    assert_eq!(
        serde_json::to_string(&again).unwrap(),
        serde_json::to_string(&s).unwrap()
    );
}

#[test]
fn the_supabase_filter_keeps_user_objects_on_managed_tables() {
    let cluster = Cluster::start();
    let filter = Filter {
        excluded_schemas: ["auth".to_string()].into(),
        keep_attached_to_excluded: true,
    };
    let s = inspect(&cluster, SCHEMA, &filter);
    assert!(!s.schemas.contains_key("auth"));
    assert!(s
        .triggers
        .contains_key(&(q("auth", "users"), "on_auth_user_created".to_string())));
    assert!(s.tables[&q("auth", "users")]
        .policies
        .contains_key("own_user"));
    assert!(
        s.tables[&q("auth", "users")].columns.is_empty(),
        "the managed table itself stays out"
    );
}

#[test]
fn inspect_command_prints_the_model_as_json() {
    let tmp = open_tempdir();
    let r = run(pgshift(&repo(), tmp.path()).args([
        "--shadow",
        "local",
        "inspect",
        "supabase/migrations",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    let s: Schema = serde_json::from_str(&r.stdout).expect("JSON model");
    assert!(s.tables.contains_key(&q("public", "users")));
    assert!(s.views.contains_key(&q("public", "assignable_users")));
    let r2 = run(pgshift(&repo(), tmp.path()).args([
        "--shadow",
        "local",
        "inspect",
        "supabase/migrations",
    ]));
    assert_eq!(r.stdout, r2.stdout, "inspect output is deterministic");

    let r = run(pgshift(&repo(), tmp.path()).args(["inspect", "no/such/dir"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("no/such/dir"), "{}", r.stderr);
    assert_no_leftovers(tmp.path());
}

/// A row shape exercising every way the catalog queries send values.
#[derive(Debug, serde::Deserialize, PartialEq)]
struct Decoded {
    flag: bool,
    small: i16,
    number: i32,
    big: i64,
    oid: u32,
    code: String,
    name: String,
    text: String,
    missing: Option<String>,
    #[serde(default)]
    not_sent: Option<String>,
    names: Vec<String>,
    holes: Vec<Option<i16>>,
    empty: Vec<String>,
    object: Pair,
    list: Vec<Pair>,
    json_null: Option<Pair>,
    sql_null: Option<Pair>,
    binary_json: Pair,
}

#[derive(Debug, serde::Deserialize, PartialEq)]
struct Pair {
    schema: String,
    name: String,
}

/// Six integers in column order, as the dependency rows come.
#[derive(Debug, serde::Deserialize, PartialEq)]
struct Ordered(u32, i32, Option<String>);

#[test]
fn rows_decode_by_column_name_and_type() {
    let cluster = Cluster::start();
    let (decoded, ordered, wrong) = cluster.rt.block_on(async {
        let c = pgshift::db::connect(&cluster.url()).await.unwrap();
        let row = c
            .query_one(
                r#"SELECT true AS flag, 7::int2 AS small, -8 AS number, 9000000000 AS big,
                          'pg_class'::regclass::oid AS oid, 'r'::"char" AS code, 'n'::name AS name,
                          'it''s "quoted"' AS text, NULL::text AS missing,
                          ARRAY['a', 'b']::name[] AS names, ARRAY[1::int2, NULL, 3::int2] AS holes,
                          '{}'::text[] AS empty,
                          json_build_object('schema', 'app', 'name', 'T') AS object,
                          json_build_array(json_build_object('schema', 's', 'name', 'n')) AS list,
                          'null'::json AS json_null, NULL::json AS sql_null,
                          '{"name": "b", "schema": "a"}'::jsonb AS binary_json,
                          'ignored' AS extra_column"#,
                &[],
            )
            .await
            .unwrap();
        let decoded: Decoded = pgshift::catalog::decode::from_row(&row).unwrap();
        let row = c
            .query_one("SELECT 1::oid, -2, NULL::text", &[])
            .await
            .unwrap();
        let ordered: Ordered = pgshift::catalog::decode::from_row(&row).unwrap();
        let row = c.query_one("SELECT 'x' AS flag", &[]).await.unwrap();
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Flag {
            flag: bool,
        }
        let wrong = pgshift::catalog::decode::from_row::<Flag>(&row).unwrap_err();
        (decoded, ordered, wrong)
    });
    let pair = |s: &str, n: &str| Pair {
        schema: s.into(),
        name: n.into(),
    };
    assert_eq!(
        decoded,
        Decoded {
            flag: true,
            small: 7,
            number: -8,
            big: 9_000_000_000,
            oid: 1259,
            code: "r".into(),
            name: "n".into(),
            text: "it's \"quoted\"".into(),
            missing: None,
            not_sent: None,
            names: vec!["a".into(), "b".into()],
            holes: vec![Some(1), None, Some(3)],
            empty: vec![],
            object: pair("app", "T"),
            list: vec![pair("s", "n")],
            json_null: None,
            sql_null: None,
            binary_json: pair("a", "b"),
        }
    );
    assert_eq!(ordered, Ordered(1, -2, None));
    // A value of the wrong type names its column.
    assert!(wrong.to_string().contains("column flag"), "{wrong}");
}
