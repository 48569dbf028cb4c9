-- TRUNCATE ... CASCADE.

-- fire: plain cascade
TRUNCATE users CASCADE;

-- fire: several tables
truncate table a, b, c cascade;

-- fire: quoted and schema-qualified with RESTART IDENTITY
TRUNCATE ONLY "Shop"."Orders" RESTART IDENTITY CASCADE;

-- fire: one new table and one existing
CREATE TABLE fresh (id bigint PRIMARY KEY);
TRUNCATE fresh, customers CASCADE;

-- fire: inside a DO block
DO $$ BEGIN TRUNCATE accounts CASCADE; END $$;

-- ok: tables created in the same file only
CREATE TABLE parent (id bigint PRIMARY KEY);
CREATE TABLE child (parent_id bigint REFERENCES parent);
TRUNCATE parent CASCADE;

-- ok: RESTRICT on a new table
CREATE TABLE t1 (id bigint);
TRUNCATE t1 RESTRICT;

-- ok: truncating a new table without cascade
CREATE TABLE t2 (id bigint);
TRUNCATE TABLE t2;

-- ok: delete with a where clause
DELETE FROM users WHERE id = 0;

-- ok: a new temporary table
CREATE TEMP TABLE t3 (id bigint);
TRUNCATE t3 CASCADE;
