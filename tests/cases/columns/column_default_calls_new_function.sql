-- a column default calls a function that only exists in the target: CREATE FUNCTION must precede SET DEFAULT
-- @before
CREATE TABLE public.coupons (id int PRIMARY KEY, code text NOT NULL);
-- @after
CREATE FUNCTION public.random_code(len int) RETURNS text LANGUAGE sql VOLATILE
    AS $$ SELECT upper(substr(md5(random()::text), 1, len)) $$;
CREATE TABLE public.coupons (id int PRIMARY KEY, code text NOT NULL DEFAULT public.random_code(8));
