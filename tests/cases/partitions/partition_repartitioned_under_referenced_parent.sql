-- a sub-partitioned partition changes its partitioning (range by date to list by kind) while another table's foreign key references the parent: the partition is recreated with its rows, and the foreign key, whose references into the partition the detach would break, is dropped before and added again after (NOT VALID, then validated)
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE TABLE public.orders (
    id bigint NOT NULL,
    shop text NOT NULL,
    kind text NOT NULL,
    placed date NOT NULL,
    PRIMARY KEY (id, shop, kind)
) PARTITION BY LIST (shop);
CREATE TABLE public.orders_a PARTITION OF public.orders FOR VALUES IN ('a') PARTITION BY HASH (id);
CREATE TABLE public.orders_a0 PARTITION OF public.orders_a FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.orders_a1 PARTITION OF public.orders_a FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE public.orders_b PARTITION OF public.orders FOR VALUES IN ('b');
CREATE TABLE public.refunds (
    id bigint PRIMARY KEY,
    order_id bigint NOT NULL,
    order_shop text NOT NULL,
    order_kind text NOT NULL,
    FOREIGN KEY (order_id, order_shop, order_kind) REFERENCES public.orders (id, shop, kind)
);
-- @after
CREATE TABLE public.orders (
    id bigint NOT NULL,
    shop text NOT NULL,
    kind text NOT NULL,
    placed date NOT NULL,
    PRIMARY KEY (id, shop, kind)
) PARTITION BY LIST (shop);
CREATE TABLE public.orders_a PARTITION OF public.orders FOR VALUES IN ('a') PARTITION BY LIST (kind);
CREATE TABLE public.orders_a_web PARTITION OF public.orders_a FOR VALUES IN ('web');
CREATE TABLE public.orders_a_rest PARTITION OF public.orders_a DEFAULT;
CREATE TABLE public.orders_b PARTITION OF public.orders FOR VALUES IN ('b');
CREATE TABLE public.refunds (
    id bigint PRIMARY KEY,
    order_id bigint NOT NULL,
    order_shop text NOT NULL,
    order_kind text NOT NULL,
    FOREIGN KEY (order_id, order_shop, order_kind) REFERENCES public.orders (id, shop, kind)
);
