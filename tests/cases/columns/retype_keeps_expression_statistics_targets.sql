-- a column that an exclusion constraint and an index read in expressions changes type (int to bigint): PostgreSQL rebuilds both inside ALTER COLUMN TYPE and forgets their expression columns' statistics targets, which are set again after it
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE public.rooms (id int PRIMARY KEY, floor int NOT NULL, code text, CONSTRAINT rooms_floor_excl EXCLUDE USING gist ((floor + 0) WITH =, code WITH =));
ALTER INDEX public.rooms_floor_excl ALTER COLUMN 1 SET STATISTICS 500;
CREATE INDEX rooms_expr_idx ON public.rooms ((floor * 2), lower(code));
ALTER INDEX public.rooms_expr_idx ALTER COLUMN 1 SET STATISTICS 300;
ALTER INDEX public.rooms_expr_idx ALTER COLUMN 2 SET STATISTICS 20;
-- @after
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE public.rooms (id int PRIMARY KEY, floor bigint NOT NULL, code text, CONSTRAINT rooms_floor_excl EXCLUDE USING gist ((floor + 0) WITH =, code WITH =));
ALTER INDEX public.rooms_floor_excl ALTER COLUMN 1 SET STATISTICS 500;
CREATE INDEX rooms_expr_idx ON public.rooms ((floor * 2), lower(code));
ALTER INDEX public.rooms_expr_idx ALTER COLUMN 1 SET STATISTICS 300;
ALTER INDEX public.rooms_expr_idx ALTER COLUMN 2 SET STATISTICS 20;
