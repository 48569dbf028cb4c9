-- one storage parameter is removed and another changed: needs both ALTER TABLE RESET (...) and SET (...)
-- @before
CREATE TABLE public.queue_items (id bigint PRIMARY KEY, body jsonb) WITH (fillfactor = 50, autovacuum_enabled = false);
-- @after
CREATE TABLE public.queue_items (id bigint PRIMARY KEY, body jsonb) WITH (fillfactor = 80);
