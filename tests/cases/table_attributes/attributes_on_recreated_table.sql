-- a table recreated (the order of its parents changes) keeps its column options, index statistics targets, clustering, index comments and replica identity index
-- expect-hazards: table-rewrite
-- @before
CREATE TABLE public.p1 (a int);
CREATE TABLE public.p2 (b int);
CREATE TABLE public.child (id bigint NOT NULL, name text, CONSTRAINT child_pkey PRIMARY KEY (id)) INHERITS (public.p1, public.p2);
ALTER TABLE public.child ALTER COLUMN name SET (n_distinct = -0.5);
CREATE INDEX child_lower_name ON public.child (lower(name));
ALTER INDEX public.child_lower_name ALTER COLUMN 1 SET STATISTICS 400;
COMMENT ON INDEX public.child_lower_name IS 'case-insensitive lookups';
ALTER TABLE public.child CLUSTER ON child_pkey;
COMMENT ON INDEX public.child_pkey IS 'the key';
CREATE UNIQUE INDEX child_name ON public.child (name);
ALTER TABLE public.child ALTER COLUMN name SET NOT NULL;
ALTER TABLE public.child REPLICA IDENTITY USING INDEX child_name;
-- @after
CREATE TABLE public.p1 (a int);
CREATE TABLE public.p2 (b int);
CREATE TABLE public.child (id bigint NOT NULL, name text, CONSTRAINT child_pkey PRIMARY KEY (id)) INHERITS (public.p2, public.p1);
ALTER TABLE public.child ALTER COLUMN name SET (n_distinct = -0.5);
CREATE INDEX child_lower_name ON public.child (lower(name));
ALTER INDEX public.child_lower_name ALTER COLUMN 1 SET STATISTICS 400;
COMMENT ON INDEX public.child_lower_name IS 'case-insensitive lookups';
ALTER TABLE public.child CLUSTER ON child_pkey;
COMMENT ON INDEX public.child_pkey IS 'the key';
CREATE UNIQUE INDEX child_name ON public.child (name);
ALTER TABLE public.child ALTER COLUMN name SET NOT NULL;
ALTER TABLE public.child REPLICA IDENTITY USING INDEX child_name;
