-- the context of a cast changes from explicit to assignment: pg_cast cannot be altered, so DROP CAST and CREATE CAST ... AS ASSIGNMENT (and back to explicit on rollback)
-- @before
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION public.mood_score(m public.mood) RETURNS int LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT CASE m WHEN 'sad' THEN -1 WHEN 'ok' THEN 0 ELSE 1 END $$;
CREATE CAST (public.mood AS int4) WITH FUNCTION public.mood_score(public.mood);
-- @after
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION public.mood_score(m public.mood) RETURNS int LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT CASE m WHEN 'sad' THEN -1 WHEN 'ok' THEN 0 ELSE 1 END $$;
CREATE CAST (public.mood AS int4) WITH FUNCTION public.mood_score(public.mood) AS ASSIGNMENT;
