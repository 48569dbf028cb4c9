-- existing parent and child both gain the same check: the child's own one, valid, and the parent's, NOT VALID; the child's is added and validated before the parent's merges into it
-- @before
CREATE TABLE public.meters (id int, reading int);
CREATE TABLE public.meters_east () INHERITS (public.meters);
-- @after
CREATE TABLE public.meters (id int, reading int);
CREATE TABLE public.meters_east () INHERITS (public.meters);
ALTER TABLE public.meters_east ADD CONSTRAINT reading_ok CHECK (reading >= 0);
ALTER TABLE public.meters ADD CONSTRAINT reading_ok CHECK (reading >= 0) NOT VALID;
