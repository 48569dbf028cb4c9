//! Tables recreated with their rows (partitioning changes, columns becoming inherited only):
//! the plan keeps every row, identities and serials continue where they were, and foreign
//! keys that reference the table still hold. Against a real PostgreSQL.

mod common;

use std::path::Path;

use common::*;
use pgshift::catalog::{self, Filter};
use pgshift::diff::diff;
use pgshift::plan::plan;

/// Loads `before` (with rows) and `after` into two databases, applies the plan from one to the
/// other, runs `checks` (SQL returning `t`) on the result, then the rollback and `back_checks`.
fn round_trip(before: &str, after: &str, checks: &[&str], back_checks: &[&str]) {
    let cluster = Cluster::start();
    cluster.rt.block_on(async {
        let server = &cluster.server;
        let load = |sql: String| async move {
            let db = server.create_database().await.unwrap();
            pgshift::source::replay_text(&db.url, Path::new("case"), &sql)
                .await
                .unwrap();
            db
        };
        let work = load(before.to_string()).await;
        let target = load(after.to_string()).await;
        let filter = Filter::default();
        let a = catalog::inspect_url(&work.url, &filter).await.unwrap();
        let b = catalog::inspect_url(&target.url, &filter).await.unwrap();
        let forward = plan(&a, &b, diff(&a, &b)).unwrap();
        let rollback = plan(&b, &a, diff(&b, &a)).unwrap();
        let recreates = forward
            .steps
            .iter()
            .any(|s| matches!(s.change, pgshift::diff::Change::StashTable { .. }));
        assert!(
            !recreates || forward.steps.iter().all(|s| s.transactional),
            "a recreate stays in one transaction:\n{}",
            forward.sql()
        );
        let client = pgshift::db::connect(&work.url).await.unwrap();
        let stages = [
            (&forward, &b, checks, "after the plan"),
            (&rollback, &a, back_checks, "after the rollback"),
        ];
        for (plan, expected, checks, when) in stages {
            pgshift::apply::validate::run_plan(
                &work.url,
                "plan.sql",
                plan,
                &pgshift::plan::ScriptOptions::default(),
                expected,
            )
            .await
            .unwrap();
            let reached = catalog::inspect_url(&work.url, &filter).await.unwrap();
            assert!(
                diff(&reached, expected).is_empty(),
                "{when}: the schema differs"
            );
            for sql in checks {
                let row = client.query_one(*sql, &[]).await.unwrap();
                assert!(row.get::<_, bool>(0), "{when}: {sql}");
            }
        }
    });
}

#[test]
fn table_turned_partitioned_keeps_rows_identity_and_references() {
    let table = "CREATE TABLE public.readings (
        id bigint GENERATED ALWAYS AS IDENTITY,
        taken date NOT NULL,
        value numeric,
        PRIMARY KEY (id, taken))";
    let flags =
        "CREATE TABLE public.flags (id serial PRIMARY KEY, reading_id bigint, reading_taken date,
        FOREIGN KEY (reading_id, reading_taken) REFERENCES public.readings (id, taken));
        CREATE VIEW public.big AS SELECT id, value FROM public.readings WHERE value > 10;";
    let before = format!(
        "{table};\n{flags}\n\
         INSERT INTO public.readings (taken, value) VALUES ('2023-03-01', 5), ('2023-09-01', 12), ('2024-02-01', 20);\n\
         INSERT INTO public.flags (reading_id, reading_taken) VALUES (2, '2023-09-01'), (3, '2024-02-01');"
    );
    let after = format!(
        "{table} PARTITION BY RANGE (taken);\n\
         CREATE TABLE public.readings_2023 PARTITION OF public.readings FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');\n\
         CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\n{flags}"
    );
    round_trip(
        &before,
        &after,
        &[
            "SELECT count(*) = 3 FROM public.readings",
            "SELECT count(*) = 2 FROM public.readings_2023",
            "SELECT count(*) = 1 FROM public.readings_2024",
            "SELECT array_agg(id ORDER BY id) = '{2,3}' FROM public.big",
            // The identity continues after the copied rows.
            "WITH n AS (INSERT INTO public.readings (taken) VALUES ('2024-06-01') RETURNING id) SELECT id = 4 FROM n",
            "SELECT count(*) = 2 FROM public.flags JOIN public.readings r ON r.id = reading_id AND r.taken = reading_taken",
            "SELECT NOT EXISTS (SELECT FROM pg_class WHERE relname LIKE 'pgshift_%')",
        ],
        &[
            "SELECT count(*) = 4 FROM public.readings",
            "SELECT relkind = 'r' FROM pg_class WHERE oid = 'public.readings'::regclass",
            "WITH n AS (INSERT INTO public.readings (taken) VALUES ('2024-07-01') RETURNING id) SELECT id = 5 FROM n",
            "SELECT count(*) = 2 FROM public.flags",
        ],
    );
}

#[test]
fn partitioned_table_turned_plain_keeps_rows_and_serial() {
    let before = "CREATE TABLE public.orders (id serial, region text NOT NULL, total numeric) PARTITION BY LIST (region);
        CREATE TABLE public.orders_eu PARTITION OF public.orders FOR VALUES IN ('eu');
        CREATE TABLE public.orders_us PARTITION OF public.orders FOR VALUES IN ('us');
        INSERT INTO public.orders (region, total) VALUES ('eu', 1), ('us', 2), ('eu', 3);";
    let after = "CREATE TABLE public.orders (id serial, region text NOT NULL, total numeric);";
    round_trip(
        before,
        after,
        &[
            "SELECT count(*) = 3 AND sum(total) = 6 FROM ONLY public.orders",
            "SELECT pg_get_serial_sequence('public.orders', 'id') = 'public.orders_id_seq'",
            "WITH n AS (INSERT INTO public.orders (region) VALUES ('eu') RETURNING id) SELECT id = 4 FROM n",
            "SELECT to_regclass('public.orders_eu') IS NULL",
        ],
        // Back to partitioned: the rows are routed into the recreated partitions (new, empty
        // tables in the target schema, created before the copy).
        &[
            "SELECT count(*) = 4 FROM public.orders",
            "SELECT count(*) = 3 FROM public.orders_eu",
            "SELECT pg_get_serial_sequence('public.orders', 'id') = 'public.orders_id_seq'",
        ],
    );
}

#[test]
fn child_column_moved_to_parent_keeps_its_values() {
    let before = "CREATE TABLE public.base (created_at timestamp DEFAULT now());
        CREATE TABLE public.items (a1 integer, e integer) INHERITS (public.base);
        INSERT INTO public.items (a1, e) VALUES (1, 10), (2, 20);";
    let after = "CREATE TABLE public.base (created_at timestamp DEFAULT now(), e integer);
        CREATE TABLE public.items (a1 integer) INHERITS (public.base);";
    round_trip(
        before,
        after,
        &[
            "SELECT array_agg(e ORDER BY e) = '{10,20}' FROM public.base",
            "SELECT NOT attislocal FROM pg_attribute WHERE attrelid = 'public.items'::regclass AND attname = 'e'",
        ],
        &["SELECT array_agg(e ORDER BY e) = '{10,20}' FROM public.items"],
    );
}

#[test]
fn recreated_parent_and_child_keep_their_own_rows() {
    let parents = "CREATE TABLE public.audited (changed_by text);
        CREATE TABLE public.dated (changed_at timestamptz);";
    let before = format!(
        "{parents}
        CREATE TABLE public.documents (title text) INHERITS (public.audited, public.dated);
        CREATE TABLE public.invoices (amount numeric) INHERITS (public.documents);
        INSERT INTO public.documents (title) VALUES ('memo');
        INSERT INTO public.invoices (title, amount) VALUES ('inv 1', 10), ('inv 2', 20);"
    );
    let after = format!(
        "{parents}
        CREATE TABLE public.documents (title text) INHERITS (public.dated, public.audited);
        CREATE TABLE public.invoices (amount numeric) INHERITS (public.documents);"
    );
    let same = [
        "SELECT array_agg(title ORDER BY title) = '{memo}' FROM ONLY public.documents",
        "SELECT count(*) = 3 FROM public.documents",
        "SELECT sum(amount) = 30 FROM public.invoices",
        "SELECT count(*) = 3 FROM public.audited",
    ];
    round_trip(&before, &after, &same, &same);
}

#[test]
fn extension_without_update_path_is_recreated_keeping_column_values() {
    let table = "CREATE TABLE public.kv (id int PRIMARY KEY, data hstore, tags hstore[]);
        CREATE INDEX kv_data_idx ON public.kv USING gin (data);";
    let before = format!(
        "CREATE EXTENSION hstore VERSION '1.8';\n{table}\n\
         INSERT INTO public.kv VALUES (1, 'a=>1, b=>2', ARRAY['x=>1'::hstore]), (2, NULL, NULL);"
    );
    let after = format!("CREATE EXTENSION hstore VERSION '1.7';\n{table}");
    let same = [
        "SELECT data -> 'b' = '2' FROM public.kv WHERE id = 1",
        "SELECT tags[1] -> 'x' = '1' FROM public.kv WHERE id = 1",
        "SELECT data IS NULL FROM public.kv WHERE id = 2",
        "SELECT count(*) = 1 FROM pg_indexes WHERE indexname = 'kv_data_idx'",
    ];
    round_trip(
        &before,
        &after,
        &[
            same[0],
            same[1],
            same[2],
            same[3],
            "SELECT extversion = '1.7' FROM pg_extension WHERE extname = 'hstore'",
        ],
        &same,
    );
}
