-- PG15 row filters: a WHERE clause is added to a published table (publish limited to insert so the filter needs no replica identity)
-- @before
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text NOT NULL, payload jsonb);
CREATE PUBLICATION pgshift_events_pub FOR TABLE public.events WITH (publish = 'insert');
-- @after
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text NOT NULL, payload jsonb);
CREATE PUBLICATION pgshift_events_pub FOR TABLE public.events WHERE (kind <> 'debug') WITH (publish = 'insert');
