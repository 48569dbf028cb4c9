-- the target database is empty: every object (table, view, function, type, sequence) is dropped in reverse dependency order
-- expect-hazards: deletes-data
-- @before
CREATE TYPE public.kind AS ENUM ('a', 'b');
CREATE SEQUENCE public.counter_seq;
CREATE TABLE public.things (id int PRIMARY KEY DEFAULT nextval('public.counter_seq'), k public.kind);
CREATE VIEW public.a_things AS SELECT id FROM public.things WHERE k = 'a';
CREATE FUNCTION public.count_things() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM public.things $$;
-- @after
