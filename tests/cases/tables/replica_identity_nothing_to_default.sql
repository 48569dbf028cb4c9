-- replica identity goes from NOTHING back to DEFAULT (the primary key)
-- @before
CREATE TABLE public.metrics (id bigint PRIMARY KEY, v double precision);
ALTER TABLE public.metrics REPLICA IDENTITY NOTHING;
-- @after
CREATE TABLE public.metrics (id bigint PRIMARY KEY, v double precision);
