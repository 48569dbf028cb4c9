-- ADD COLUMN ... NOT NULL without a value for the existing rows.

-- fire: NOT NULL without a default
ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;

-- fire: quoted and schema-qualified, IF NOT EXISTS
alter table if exists "Hr"."Employees" add column if not exists "DeptId" integer not null;

-- fire: an explicit DEFAULT NULL fills nothing
ALTER TABLE orders ADD COLUMN channel text NOT NULL DEFAULT NULL;

-- fire: a primary key column implies NOT NULL
ALTER TABLE legacy_rows ADD COLUMN code text PRIMARY KEY;

-- fire: one command of several, in a DO block
DO $$ BEGIN
  ALTER TABLE ONLY shipments ADD COLUMN note text, ADD COLUMN carrier_id bigint NOT NULL REFERENCES carriers (id);
END $$;

-- ok: nullable column
ALTER TABLE users ADD COLUMN nickname text;

-- ok: NOT NULL with a constant default
ALTER TABLE users ADD COLUMN locale text NOT NULL DEFAULT 'en';

-- ok: an empty-string default still fills every row
ALTER TABLE IF EXISTS "Profiles" ADD COLUMN IF NOT EXISTS "Bio" text NOT NULL DEFAULT '';

-- ok: a table created in the same file has no rows
create table app.labels (id bigint generated always as identity primary key);
alter table app.labels add column name text not null;

-- ok: a default from a stable function
ALTER TABLE events ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT now();
