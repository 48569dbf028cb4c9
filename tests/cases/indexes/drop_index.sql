-- an index is dropped: queries relying on it may slow down; DROP INDEX CONCURRENTLY avoids blocking
-- expect-hazards: index-dropped
-- @before
CREATE TABLE public.orders (id bigint PRIMARY KEY, status text NOT NULL);
CREATE INDEX orders_status_idx ON public.orders (status);
-- @after
CREATE TABLE public.orders (id bigint PRIMARY KEY, status text NOT NULL);
