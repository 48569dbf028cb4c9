-- an IMMUTABLE function used by an expression index changes body: CREATE OR REPLACE succeeds but the index now holds stale keys, so it should be rebuilt
-- @before
CREATE FUNCTION public.norm(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(s) $$;
CREATE TABLE public.names (id int PRIMARY KEY, n text);
CREATE INDEX names_norm_idx ON public.names (public.norm(n));
-- @after
CREATE FUNCTION public.norm(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(s)) $$;
CREATE TABLE public.names (id int PRIMARY KEY, n text);
CREATE INDEX names_norm_idx ON public.names (public.norm(n));
