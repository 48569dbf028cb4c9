-- an enum loses a value and a domain changes its base type while composite types are built over them (nested, and as an array attribute), held by table columns, returned and taken by functions, read by a view, commented (attributes too) and granted: the composite types are recreated with the type, their columns converted through text, the functions and view rebuilt around them
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TYPE public.status AS ENUM ('new', 'old', 'gone');
CREATE TYPE public.entry AS (s public.status, n int);
COMMENT ON TYPE public.entry IS 'one entry';
COMMENT ON COLUMN public.entry.n IS 'count';
CREATE TYPE public.batch AS (head public.entry, rest public.entry[]);
CREATE TABLE public.logs (id int PRIMARY KEY, e public.entry, b public.batch, s public.status DEFAULT 'new');
CREATE VIEW public.log_entries AS SELECT id, e, (e).n AS n FROM public.logs;
CREATE FUNCTION public.entries_of(p_id int) RETURNS SETOF public.entry LANGUAGE sql STABLE AS $$ SELECT e FROM public.logs WHERE id = p_id $$;
CREATE FUNCTION public.count_of(x public.entry) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x.n $$;
GRANT USAGE ON TYPE public.entry TO pgshift_reader;
INSERT INTO public.logs VALUES (1, ROW('new', 1), ROW(ROW('gone', 2), ARRAY[ROW('new', 3)::public.entry]), 'gone');
CREATE DOMAIN public.amount AS int CHECK (VALUE >= 0);
CREATE TYPE public.money_pair AS (lo public.amount, hi public.amount);
CREATE TABLE public.quotes (id int PRIMARY KEY, span public.money_pair, plain public.amount);
INSERT INTO public.quotes VALUES (1, ROW(1, 2), 3);
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TYPE public.status AS ENUM ('new', 'gone');
CREATE TYPE public.entry AS (s public.status, n int);
COMMENT ON TYPE public.entry IS 'one entry';
COMMENT ON COLUMN public.entry.n IS 'count';
CREATE TYPE public.batch AS (head public.entry, rest public.entry[]);
CREATE TABLE public.logs (id int PRIMARY KEY, e public.entry, b public.batch, s public.status DEFAULT 'new');
CREATE VIEW public.log_entries AS SELECT id, e, (e).n AS n FROM public.logs;
CREATE FUNCTION public.entries_of(p_id int) RETURNS SETOF public.entry LANGUAGE sql STABLE AS $$ SELECT e FROM public.logs WHERE id = p_id $$;
CREATE FUNCTION public.count_of(x public.entry) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x.n $$;
GRANT USAGE ON TYPE public.entry TO pgshift_reader;
CREATE DOMAIN public.amount AS bigint CHECK (VALUE >= 0);
CREATE TYPE public.money_pair AS (lo public.amount, hi public.amount);
CREATE TABLE public.quotes (id int PRIMARY KEY, span public.money_pair, plain public.amount);
