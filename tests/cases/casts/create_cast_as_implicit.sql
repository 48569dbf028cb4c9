-- a new implicit cast from an enum to int via a function: CREATE CAST ... WITH FUNCTION ... AS IMPLICIT (castcontext i)
-- @before
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION public.mood_score(m public.mood) RETURNS int LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT CASE m WHEN 'sad' THEN -1 WHEN 'ok' THEN 0 ELSE 1 END $$;
-- @after
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION public.mood_score(m public.mood) RETURNS int LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT CASE m WHEN 'sad' THEN -1 WHEN 'ok' THEN 0 ELSE 1 END $$;
CREATE CAST (public.mood AS int4) WITH FUNCTION public.mood_score(public.mood) AS IMPLICIT;
