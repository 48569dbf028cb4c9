-- an aggregate used by a view is dropped along with the view's use of it: the view is recreated first, then the aggregate and its function go
-- @before
CREATE FUNCTION public.bool_xor_acc(acc boolean, v boolean) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT acc <> v $$;
CREATE AGGREGATE public.bool_xor(boolean) (SFUNC = public.bool_xor_acc, STYPE = boolean, INITCOND = 'false');
CREATE TABLE public.flags (id int PRIMARY KEY, grp int NOT NULL, on_off boolean NOT NULL);
CREATE VIEW public.flag_parity AS SELECT grp, public.bool_xor(on_off) AS parity, count(*) AS n FROM public.flags GROUP BY grp;
-- @after
CREATE TABLE public.flags (id int PRIMARY KEY, grp int NOT NULL, on_off boolean NOT NULL);
CREATE VIEW public.flag_parity AS SELECT grp, (count(*) FILTER (WHERE on_off)) % 2 = 1 AS parity, count(*) AS n FROM public.flags GROUP BY grp;
