-- a plain btree index is added on an existing table: should be built CONCURRENTLY outside a transaction
-- expect-hazards: index-build
-- @before
CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, created_at timestamptz NOT NULL);
-- @after
CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, created_at timestamptz NOT NULL);
CREATE INDEX orders_customer_created_idx ON public.orders (customer_id, created_at);
