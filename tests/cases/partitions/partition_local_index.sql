-- an index created on a single partition only (not on the parent): it is the partition's own index, not part of a parent index
-- expect-hazards: index-build
-- @before
CREATE TABLE public.tickets (id bigint NOT NULL, status text NOT NULL, body text) PARTITION BY LIST (status);
CREATE TABLE public.tickets_open PARTITION OF public.tickets FOR VALUES IN ('open');
CREATE TABLE public.tickets_closed PARTITION OF public.tickets FOR VALUES IN ('closed');
-- @after
CREATE TABLE public.tickets (id bigint NOT NULL, status text NOT NULL, body text) PARTITION BY LIST (status);
CREATE TABLE public.tickets_open PARTITION OF public.tickets FOR VALUES IN ('open');
CREATE TABLE public.tickets_closed PARTITION OF public.tickets FOR VALUES IN ('closed');
CREATE INDEX tickets_open_body_idx ON public.tickets_open (body);
