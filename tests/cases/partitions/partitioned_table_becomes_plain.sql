-- a list-partitioned table becomes a plain one: its partitions' rows are copied through the stash, the partitions go with it, and the serial sequence passes to the new table
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE TABLE public.orders (id serial, region text NOT NULL, total numeric, UNIQUE (id, region)) PARTITION BY LIST (region);
CREATE TABLE public.orders_eu PARTITION OF public.orders FOR VALUES IN ('eu');
CREATE TABLE public.orders_us PARTITION OF public.orders FOR VALUES IN ('us');
-- @after
CREATE TABLE public.orders (id serial, region text NOT NULL, total numeric, UNIQUE (id, region));
