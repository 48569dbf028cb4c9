-- a primary key loses one of its columns, which also stops being NOT NULL: the old key goes before the column drops NOT NULL (no online swap then)
-- expect-hazards: index-dropped, index-build, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.items (item_id int NOT NULL, supplier_id int NOT NULL, name text, PRIMARY KEY (supplier_id, item_id));
-- @after
CREATE TABLE public.items (item_id int PRIMARY KEY, supplier_id int, name text);
