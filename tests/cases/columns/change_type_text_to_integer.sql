-- text to integer has no implicit cast: ALTER COLUMN TYPE needs USING col::integer, and the default must be dropped and re-set around it
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.imports (id int PRIMARY KEY, row_count text NOT NULL DEFAULT '0');
-- @after
CREATE TABLE public.imports (id int PRIMARY KEY, row_count integer NOT NULL DEFAULT 0);
