-- a RETURNS TABLE function gains an output column: the row type changes, so drop and recreate
-- @before
CREATE TABLE public.users (id int PRIMARY KEY, email text, created_at timestamptz);
CREATE FUNCTION public.recent_users(since timestamptz) RETURNS TABLE (id int, email text) LANGUAGE sql STABLE
    AS $$ SELECT id, email FROM public.users WHERE created_at >= since $$;
-- @after
CREATE TABLE public.users (id int PRIMARY KEY, email text, created_at timestamptz);
CREATE FUNCTION public.recent_users(since timestamptz) RETURNS TABLE (id int, email text, created_at timestamptz) LANGUAGE sql STABLE
    AS $$ SELECT id, email, created_at FROM public.users WHERE created_at >= since $$;
