-- tables dropped for good (a plain one another table references, a partitioned one with its partitions, an unlogged one) declare the ACCESS EXCLUSIVE lock DROP TABLE takes: it waits for the queries on the table and holds up later ones
-- expect-hazards: deletes-data, acquires-access-exclusive-lock, breaks-clients
-- @before
CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text);
CREATE TABLE public.sessions (id bigint PRIMARY KEY, account_id bigint REFERENCES public.accounts (id));
CREATE TABLE public.audit (at date NOT NULL, what text) PARTITION BY RANGE (at);
CREATE TABLE public.audit_2024 PARTITION OF public.audit FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE UNLOGGED TABLE public."Scratch Pad" (k text PRIMARY KEY, v jsonb);
-- @after
CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text);
