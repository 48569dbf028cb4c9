-- a collation changes locale (so it is recreated) while one column keeps it and another column moves to the C collation: the column that leaves is altered before the collation is dropped
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE COLLATION public.loose_order (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE public.people (
    id int PRIMARY KEY,
    display_name text COLLATE public.loose_order,
    handle text COLLATE public.loose_order
);
-- @after
CREATE COLLATION public.loose_order (provider = icu, locale = 'und-u-ks-level1', deterministic = false);
CREATE TABLE public.people (
    id int PRIMARY KEY,
    display_name text COLLATE public.loose_order,
    handle text COLLATE "C"
);
