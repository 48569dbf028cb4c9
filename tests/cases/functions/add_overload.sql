-- a second function with the same name but other argument types is added: identity must include argument types
-- @before
CREATE FUNCTION public.area(r double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT pi() * r * r $$;
-- @after
CREATE FUNCTION public.area(r double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT pi() * r * r $$;
CREATE FUNCTION public.area(w double precision, h double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT w * h $$;
