-- an index key with an explicit COLLATE "C" differing from the column's collation
-- expect-hazards: index-build
-- @before
CREATE TABLE public.codes (id int PRIMARY KEY, code text NOT NULL);
-- @after
CREATE TABLE public.codes (id int PRIMARY KEY, code text NOT NULL);
CREATE INDEX codes_code_c_idx ON public.codes (code COLLATE "C");
