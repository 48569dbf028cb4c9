-- a table and the identity-less serial sequence it owns both become unlogged: the table's SET UNLOGGED carries the sequence (PostgreSQL 15+), no step of the sequence's own; the rollback's SET LOGGED carries it back
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public."Job Queue" (id serial PRIMARY KEY, payload jsonb);
-- @after
CREATE UNLOGGED TABLE public."Job Queue" (id serial PRIMARY KEY, payload jsonb);
