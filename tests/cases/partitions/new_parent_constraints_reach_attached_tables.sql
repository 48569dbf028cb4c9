-- a partitioned table the plan creates takes existing tables (with rows) as partitions, then gets a unique key, a CHECK and a foreign key: each reaches those partitions, building the key's index on them without CONCURRENTLY and reading their rows under a lock, which the hazards declare for each attached table (not for the partition created new)
-- expect-hazards: index-build, acquires-share-lock, full-table-scan, acquires-share-row-exclusive-lock
-- @before
CREATE TABLE public.customers (id bigint PRIMARY KEY);
CREATE TABLE public.orders_2024 (id bigint NOT NULL, placed date NOT NULL, customer bigint, total numeric, CONSTRAINT orders_placed_check CHECK (placed > DATE '2000-01-01'));
CREATE TABLE public.orders_2025 (id bigint NOT NULL, placed date NOT NULL, customer bigint, total numeric, CONSTRAINT orders_placed_check CHECK (placed > DATE '2000-01-01'));
CREATE UNIQUE INDEX orders_2025_id_placed_key ON public.orders_2025 (id, placed);
-- @after
CREATE TABLE public.customers (id bigint PRIMARY KEY);
CREATE TABLE public.orders (id bigint NOT NULL, placed date NOT NULL, customer bigint, total numeric,
  CONSTRAINT orders_id_placed_key UNIQUE (id, placed),
  CONSTRAINT orders_placed_check CHECK (placed > DATE '2000-01-01'),
  CONSTRAINT orders_customer_fkey FOREIGN KEY (customer) REFERENCES public.customers (id)) PARTITION BY RANGE (placed);
CREATE TABLE public.orders_2024 (id bigint NOT NULL, placed date NOT NULL, customer bigint, total numeric, CONSTRAINT orders_placed_check CHECK (placed > DATE '2000-01-01'));
CREATE TABLE public.orders_2025 (id bigint NOT NULL, placed date NOT NULL, customer bigint, total numeric, CONSTRAINT orders_placed_check CHECK (placed > DATE '2000-01-01'));
CREATE UNIQUE INDEX orders_2025_id_placed_key ON public.orders_2025 (id, placed);
ALTER TABLE public.orders ATTACH PARTITION public.orders_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE public.orders ATTACH PARTITION public.orders_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.orders_2026 PARTITION OF public.orders FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
