-- a materialized view rebuilt for a new query keeps its index's clustering, statistics target and comment; a new partition's index (made with the partition) takes a comment and clustering
-- @before
CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric, status text);
CREATE MATERIALIZED VIEW public.order_totals AS SELECT id, total FROM public.orders;
CREATE INDEX order_totals_rounded ON public.order_totals ((round(total)));
ALTER INDEX public.order_totals_rounded ALTER COLUMN 1 SET STATISTICS 700;
ALTER TABLE public.order_totals CLUSTER ON order_totals_rounded;
COMMENT ON INDEX public.order_totals_rounded IS 'rounded totals';
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, CONSTRAINT events_pkey PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
-- @after
CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric, status text);
CREATE MATERIALIZED VIEW public.order_totals AS SELECT id, total FROM public.orders WHERE status <> 'void';
CREATE INDEX order_totals_rounded ON public.order_totals ((round(total)));
ALTER INDEX public.order_totals_rounded ALTER COLUMN 1 SET STATISTICS 700;
ALTER TABLE public.order_totals CLUSTER ON order_totals_rounded;
COMMENT ON INDEX public.order_totals_rounded IS 'rounded totals';
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, CONSTRAINT events_pkey PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
COMMENT ON INDEX public.events_2024_pkey IS 'the partition key';
ALTER TABLE public.events_2024 CLUSTER ON events_2024_pkey;
