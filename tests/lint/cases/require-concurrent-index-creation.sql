-- CREATE INDEX without CONCURRENTLY on existing tables.

-- fire: plain index
CREATE INDEX orders_customer_idx ON orders (customer_id);

-- fire: unnamed unique index on a quoted, schema-qualified table
create unique index on "Iam"."Users" (lower("Email"));

-- fire: IF NOT EXISTS, partial, gin
CREATE INDEX IF NOT EXISTS docs_body_idx ON documents USING gin (to_tsvector('english', body)) WHERE published;

-- fire: inside an explicit transaction block
-- pgshift:no-transaction
BEGIN;
CREATE INDEX events_at_idx ON events (occurred_at DESC);
COMMIT;

-- fire: inside a DO block
DO $$ BEGIN CREATE INDEX sessions_user_idx ON sessions (user_id); END $$;

-- fire: a materialized view that already exists
CREATE INDEX order_totals_customer_idx ON order_totals (customer_id);

-- fire: an index on a partitioned parent builds every partition's index in place
CREATE TABLE IF NOT EXISTS audit_2026 PARTITION OF audit FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX audit_actor_idx ON audit (actor_id);

-- ok: CONCURRENTLY
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_idx ON orders (customer_id);

-- ok: a table created in the same file
CREATE TABLE core_foo (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tenant_id bigint);
CREATE INDEX core_foo_tenant_idx ON core_foo (tenant_id);

-- ok: a table created in the same explicit block
BEGIN;
CREATE TABLE "Audit"."Trail" (at timestamptz);
CREATE INDEX ON "Audit"."Trail" (at);
COMMIT;

-- ok: the index of a partitioned parent, ON ONLY (nothing is built)
CREATE INDEX IF NOT EXISTS measurements_at_idx ON ONLY measurements (at);

-- ok: a materialized view created in the same file
CREATE MATERIALIZED VIEW daily_totals AS SELECT 1 AS day;
CREATE UNIQUE INDEX daily_totals_day_idx ON daily_totals (day);

-- ok: an index on a table the file creates if absent (the re-runnable form)
CREATE TABLE IF NOT EXISTS job_runs (id bigint, started_at timestamptz);
CREATE INDEX IF NOT EXISTS job_runs_started_idx ON job_runs (started_at);
