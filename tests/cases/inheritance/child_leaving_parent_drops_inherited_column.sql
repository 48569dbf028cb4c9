-- a child leaves its parent and also loses a column it had only from it: NO INHERIT runs before the child's DROP COLUMN (an inherited column cannot be dropped)
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.vehicle (id int, "Plate No" text);
CREATE TABLE public.truck (axles int) INHERITS (public.vehicle);
-- @after
CREATE TABLE public.vehicle (id int, "Plate No" text);
CREATE TABLE public.truck (id int, axles int);
