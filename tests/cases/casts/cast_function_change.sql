-- a cast switches from one conversion function to another (same types, same context): drop and recreate the cast; both functions exist on both sides
-- @before
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION public.mood_score(m public.mood) RETURNS int LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT CASE m WHEN 'sad' THEN -1 WHEN 'ok' THEN 0 ELSE 1 END $$;
CREATE FUNCTION public.mood_rank(m public.mood) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT array_position(enum_range(NULL::public.mood), m) $$;
CREATE CAST (public.mood AS int4) WITH FUNCTION public.mood_score(public.mood) AS ASSIGNMENT;
-- @after
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION public.mood_score(m public.mood) RETURNS int LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT CASE m WHEN 'sad' THEN -1 WHEN 'ok' THEN 0 ELSE 1 END $$;
CREATE FUNCTION public.mood_rank(m public.mood) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT array_position(enum_range(NULL::public.mood), m) $$;
CREATE CAST (public.mood AS int4) WITH FUNCTION public.mood_rank(public.mood) AS ASSIGNMENT;
