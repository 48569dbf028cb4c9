-- a partitioned table is recreated (its LIST key column changes type) while one of its partitions becomes partitioned itself by RANGE, with a new sub-partition for its rows, and a partition index over the whole tree: the partition is stashed and recreated under the new parent, its rows routed into the new sub-partition
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.orders (region int NOT NULL, placed date NOT NULL, id int NOT NULL, total numeric) PARTITION BY LIST (region);
CREATE TABLE public.orders_eu PARTITION OF public.orders FOR VALUES IN (1);
CREATE TABLE public.orders_us PARTITION OF public.orders FOR VALUES IN (2);
CREATE INDEX orders_placed_idx ON public.orders (placed);
INSERT INTO public.orders VALUES (1, '2024-01-05', 1, 10), (2, '2024-02-05', 2, 20);
-- @after
CREATE TABLE public.orders (region bigint NOT NULL, placed date NOT NULL, id int NOT NULL, total numeric) PARTITION BY LIST (region);
CREATE TABLE public.orders_eu PARTITION OF public.orders FOR VALUES IN (1) PARTITION BY RANGE (placed);
CREATE TABLE public.orders_eu_2024 PARTITION OF public.orders_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.orders_us PARTITION OF public.orders FOR VALUES IN (2);
CREATE INDEX orders_placed_idx ON public.orders (placed);
