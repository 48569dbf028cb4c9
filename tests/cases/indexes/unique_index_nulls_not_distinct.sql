-- PG15 NULLS NOT DISTINCT on a unique index (not a constraint)
-- expect-hazards: index-build
-- @before
CREATE TABLE public.slots (id int PRIMARY KEY, resource_id int, starts_at timestamptz);
-- @after
CREATE TABLE public.slots (id int PRIMARY KEY, resource_id int, starts_at timestamptz);
CREATE UNIQUE INDEX slots_resource_start_key ON public.slots (resource_id, starts_at) NULLS NOT DISTINCT;
