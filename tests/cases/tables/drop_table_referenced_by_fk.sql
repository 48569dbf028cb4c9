-- a referenced table and the referencing FK column both go: the FK (or referencing table) must be dropped before the referenced table
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.regions (id int PRIMARY KEY, name text);
CREATE TABLE public.stores (id int PRIMARY KEY, region_id int REFERENCES public.regions (id), name text);
-- @after
CREATE TABLE public.stores (id int PRIMARY KEY, name text);
