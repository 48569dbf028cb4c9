-- an enum loses a value and a domain gets a new base type while functions take or return arrays of them and a view calls one: PostgreSQL records those uses on the array types, which stand for their element types, so the functions and the view are rebuilt around the recreated types
-- @before
CREATE TYPE public.status AS ENUM ('draft', 'live', 'gone');
CREATE DOMAIN public.score AS int CHECK (VALUE >= 0);
CREATE TABLE public.items (id int PRIMARY KEY, status public.status, scores public.score[]);
CREATE FUNCTION public.live_count(s public.status[]) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT count(*)::int FROM unnest(s) x WHERE x = 'live' $$;
CREATE FUNCTION public.top_scores(n int) RETURNS public.score[] LANGUAGE sql STABLE AS $$ SELECT array_agg(s) FROM (SELECT unnest(scores) s FROM public.items LIMIT n) q $$;
CREATE VIEW public.item_stats AS SELECT id, public.live_count(ARRAY[status]) AS live FROM public.items;
-- @after
CREATE TYPE public.status AS ENUM ('draft', 'live');
CREATE DOMAIN public.score AS bigint CHECK (VALUE >= 0);
CREATE TABLE public.items (id int PRIMARY KEY, status public.status, scores public.score[]);
CREATE FUNCTION public.live_count(s public.status[]) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT count(*)::int FROM unnest(s) x WHERE x = 'live' $$;
CREATE FUNCTION public.top_scores(n int) RETURNS public.score[] LANGUAGE sql STABLE AS $$ SELECT array_agg(s) FROM (SELECT unnest(scores) s FROM public.items LIMIT n) q $$;
CREATE VIEW public.item_stats AS SELECT id, public.live_count(ARRAY[status]) AS live FROM public.items;
