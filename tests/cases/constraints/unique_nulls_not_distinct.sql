-- PG15 UNIQUE NULLS NOT DISTINCT replaces a plain UNIQUE with the same name: the option alone differs, so drop and re-add
-- expect-hazards: index-dropped, index-build
-- @before
CREATE TABLE public.api_keys (id int PRIMARY KEY, owner_id int, label text, CONSTRAINT api_keys_owner_label_key UNIQUE (owner_id, label));
-- @after
CREATE TABLE public.api_keys (id int PRIMARY KEY, owner_id int, label text, CONSTRAINT api_keys_owner_label_key UNIQUE NULLS NOT DISTINCT (owner_id, label));
