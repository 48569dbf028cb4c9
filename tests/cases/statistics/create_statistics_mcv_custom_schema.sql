-- new mcv statistics in a custom schema, on a table in another schema: the statistics object lives in app, its table in public
-- @before
CREATE SCHEMA app;
CREATE TABLE public.orders (id int PRIMARY KEY, status text NOT NULL, channel text NOT NULL, region text NOT NULL);
-- @after
CREATE SCHEMA app;
CREATE TABLE public.orders (id int PRIMARY KEY, status text NOT NULL, channel text NOT NULL, region text NOT NULL);
CREATE STATISTICS app.orders_status_channel_region (mcv) ON status, channel, region FROM public.orders;
