-- a renamed column is not detected as a rename: dropped (data loss) and added again
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.cities (id int PRIMARY KEY, nm text NOT NULL);
-- @after
CREATE TABLE public.cities (id int PRIMARY KEY, name text NOT NULL);
