-- two new indexes with non-btree methods on one table: GiST on a tstzrange and GIN jsonb_path_ops on a jsonb column
-- expect-hazards: index-build
-- @before
CREATE TABLE public.availability (id int PRIMARY KEY, during tstzrange NOT NULL, meta jsonb NOT NULL DEFAULT '{}');
-- @after
CREATE TABLE public.availability (id int PRIMARY KEY, during tstzrange NOT NULL, meta jsonb NOT NULL DEFAULT '{}');
CREATE INDEX availability_during_idx ON public.availability USING gist (during);
CREATE INDEX availability_meta_idx ON public.availability USING gin (meta jsonb_path_ops);
