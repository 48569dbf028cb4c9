-- a column read by a stored generated column changes type while the generated column has a comment, a grant and a statistics target: all come back with it
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.invoices (id int PRIMARY KEY, net integer NOT NULL,
    gross integer GENERATED ALWAYS AS (net * 2) STORED);
COMMENT ON COLUMN public.invoices.gross IS 'net plus tax';
GRANT SELECT (gross) ON public.invoices TO PUBLIC;
ALTER TABLE public.invoices ALTER COLUMN gross SET STATISTICS 500;
-- @after
CREATE TABLE public.invoices (id int PRIMARY KEY, net bigint NOT NULL,
    gross integer GENERATED ALWAYS AS (net * 2) STORED);
COMMENT ON COLUMN public.invoices.gross IS 'net plus tax';
GRANT SELECT (gross) ON public.invoices TO PUBLIC;
ALTER TABLE public.invoices ALTER COLUMN gross SET STATISTICS 500;
