-- unnamed select-list entries of SQL-standard bodies, sub-selects and RETURNING: PostgreSQL prints a literal with its cast (`'a'::text`) and no name, and read back that cast would name the column `text`; the plan writes the name the entry had
-- @before
CREATE TABLE public.tt (x int, y text);
CREATE VIEW public.plain AS SELECT x FROM public.tt;
-- @after
CREATE TABLE public.tt (x int, y text, z int);
CREATE VIEW public.plain AS SELECT x, (SELECT 'p' FROM public.tt LIMIT 1) AS p FROM public.tt;
CREATE FUNCTION public.pair() RETURNS TABLE(a int, b text) LANGUAGE sql BEGIN ATOMIC SELECT 1, 'a'; END;
CREATE FUNCTION public.bump(a int) RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT a + 1; END;
CREATE FUNCTION public.put() RETURNS SETOF public.tt LANGUAGE sql BEGIN ATOMIC INSERT INTO public.tt VALUES (1, 'z') RETURNING x, 'k', z; END;
CREATE FUNCTION public.shapes() RETURNS text LANGUAGE sql STABLE BEGIN ATOMIC
  SELECT coalesce(y, 'n') || upper('q') FROM public.tt;
  SELECT CASE WHEN x > 1 THEN 'a' END FROM public.tt;
  SELECT nullif(y, 'z') FROM public.tt WHERE x IS DISTINCT FROM 2;
  SELECT now()::text;
END;
CREATE VIEW public.v1 AS SELECT x, (SELECT 'a' FROM public.tt LIMIT 1) AS s, EXISTS (SELECT 'b' FROM public.tt WHERE y = 'q') AS e, x IN (SELECT 1::int FROM public.tt) AS i FROM public.tt;
CREATE MATERIALIZED VIEW public.mv AS SELECT x, (SELECT 'a' FROM public.tt LIMIT 1) AS s FROM public.tt;
ALTER TABLE public.tt ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON public.tt USING (EXISTS (SELECT 'x' FROM public.tt t2 WHERE t2.x = tt.x));
