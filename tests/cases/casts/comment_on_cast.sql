-- a comment is added to a cast: COMMENT ON CAST (public.mood AS integer)
-- @before
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION public.mood_score(m public.mood) RETURNS int LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT CASE m WHEN 'sad' THEN -1 WHEN 'ok' THEN 0 ELSE 1 END $$;
CREATE CAST (public.mood AS int4) WITH FUNCTION public.mood_score(public.mood);
-- @after
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION public.mood_score(m public.mood) RETURNS int LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT CASE m WHEN 'sad' THEN -1 WHEN 'ok' THEN 0 ELSE 1 END $$;
CREATE CAST (public.mood AS int4) WITH FUNCTION public.mood_score(public.mood);
COMMENT ON CAST (public.mood AS int4) IS 'sad = -1, ok = 0, happy = 1';
