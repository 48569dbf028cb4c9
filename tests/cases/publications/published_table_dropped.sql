-- a table that belongs to a publication is dropped: the publication loses it implicitly and must not be altered afterwards
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.keep (id int PRIMARY KEY);
CREATE TABLE public.gone (id int PRIMARY KEY);
CREATE PUBLICATION pgshift_pub FOR TABLE public.keep, public.gone;
-- @after
CREATE TABLE public.keep (id int PRIMARY KEY);
CREATE PUBLICATION pgshift_pub FOR TABLE public.keep;
