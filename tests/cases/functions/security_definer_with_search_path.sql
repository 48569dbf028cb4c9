-- a function becomes SECURITY DEFINER with a pinned search_path (the safe pattern): both the flag and the proconfig entry must be set
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.secrets (id int PRIMARY KEY, owner text NOT NULL, value text);
CREATE FUNCTION public.my_secret_count(who text) RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM public.secrets WHERE owner = who $$;
-- @after
CREATE TABLE public.secrets (id int PRIMARY KEY, owner text NOT NULL, value text);
CREATE FUNCTION public.my_secret_count(who text) RETURNS bigint LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT count(*) FROM public.secrets WHERE owner = who $$;
