-- an int[] column becomes bigint[] and a text column becomes text[] (needs USING ARRAY[col])
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.posts (id int PRIMARY KEY, related_ids int[] NOT NULL DEFAULT '{}', tag text);
-- @after
CREATE TABLE public.posts (id int PRIMARY KEY, related_ids bigint[] NOT NULL DEFAULT '{}', tag text[]);
