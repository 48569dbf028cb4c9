-- conditions PostgreSQL stores with an AND nested in another AND's first operand (a BETWEEN followed by AND, a NOT BETWEEN followed by OR) in a view, a materialized view, a check, a partial index's predicate and a policy: the plan writes them so they are stored nested as in the target, not flattened (which is another tree, and what a plain rewrite of the printed text gives)
-- @before
CREATE TABLE public.bookings ("Seats" int, price numeric, status text);
CREATE VIEW public.mid_bookings AS SELECT "Seats", price FROM public.bookings WHERE "Seats" >= 2 AND "Seats" <= 8 AND status = 'open';
CREATE MATERIALIZED VIEW public.odd_bookings AS SELECT "Seats" FROM public.bookings WHERE "Seats" < 2 OR "Seats" > 8 OR price IS NULL;
-- @after
CREATE TABLE public.bookings ("Seats" int, price numeric, status text,
    CONSTRAINT bookings_price_check CHECK (price BETWEEN 1 AND 500 AND "Seats" > 0 OR status = 'free'));
CREATE VIEW public.mid_bookings AS SELECT "Seats", price FROM public.bookings WHERE "Seats" BETWEEN 2 AND 8 AND status = 'open';
CREATE MATERIALIZED VIEW public.odd_bookings AS SELECT "Seats" FROM public.bookings WHERE "Seats" NOT BETWEEN 2 AND 8 OR price IS NULL;
CREATE INDEX bookings_mid ON public.bookings (price) WHERE "Seats" BETWEEN 2 AND 8 AND status <> 'gone';
ALTER TABLE public.bookings ENABLE ROW LEVEL SECURITY;
CREATE POLICY bookings_small ON public.bookings USING ("Seats" BETWEEN 1 AND 4 AND price > 0);
