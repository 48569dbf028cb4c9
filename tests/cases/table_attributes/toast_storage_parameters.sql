-- the TOAST table's storage parameters (toast.*) change beside the table's own: set and reset like any other
-- @before
CREATE TABLE public.events (id bigint PRIMARY KEY, payload text) WITH (fillfactor = 90);
ALTER TABLE public.events SET (toast.autovacuum_enabled = false);
-- @after
CREATE TABLE public.events (id bigint PRIMARY KEY, payload text) WITH (fillfactor = 90);
ALTER TABLE public.events SET (toast.autovacuum_vacuum_cost_delay = 5, toast.vacuum_truncate = false);
CREATE MATERIALIZED VIEW public.event_payloads WITH (toast.autovacuum_enabled = false) AS SELECT id, payload FROM public.events;
