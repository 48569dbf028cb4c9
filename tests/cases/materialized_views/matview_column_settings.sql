-- a materialized view's columns get a statistics target, a storage mode and an n_distinct option: ALTER ... ALTER COLUMN on the kept view, no rebuild
-- expect-hazards: acquires-access-exclusive-lock
-- @before
CREATE TABLE public.shipments (id bigint PRIMARY KEY, carrier text, note text, weight_kg numeric);
CREATE MATERIALIZED VIEW public.carrier_load AS SELECT carrier, note, sum(weight_kg) AS total_kg FROM public.shipments GROUP BY carrier, note;
-- @after
CREATE TABLE public.shipments (id bigint PRIMARY KEY, carrier text, note text, weight_kg numeric);
CREATE MATERIALIZED VIEW public.carrier_load AS SELECT carrier, note, sum(weight_kg) AS total_kg FROM public.shipments GROUP BY carrier, note;
ALTER MATERIALIZED VIEW public.carrier_load ALTER COLUMN carrier SET STATISTICS 400;
ALTER MATERIALIZED VIEW public.carrier_load ALTER COLUMN note SET STORAGE EXTERNAL;
ALTER MATERIALIZED VIEW public.carrier_load ALTER COLUMN total_kg SET (n_distinct = 50);
