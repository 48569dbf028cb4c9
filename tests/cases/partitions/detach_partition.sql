-- a partition becomes a standalone table: DETACH PARTITION keeps its rows; the inherited index copies stay as the table's own
-- @before
CREATE TABLE public.orders (id bigint NOT NULL, ordered_on date NOT NULL, total numeric) PARTITION BY RANGE (ordered_on);
CREATE TABLE public.orders_2023 PARTITION OF public.orders FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE public.orders_2024 PARTITION OF public.orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- @after
CREATE TABLE public.orders (id bigint NOT NULL, ordered_on date NOT NULL, total numeric) PARTITION BY RANGE (ordered_on);
CREATE TABLE public.orders_2024 PARTITION OF public.orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.orders_2023 (id bigint NOT NULL, ordered_on date NOT NULL, total numeric);
