-- a two-level partitioned table changes its top default, which recurses through the middle partition into the leaf; the middle partition and the leaf keep their own defaults
-- @before
CREATE TABLE public.orders (id int, region text NOT NULL, state text DEFAULT 'open') PARTITION BY LIST (region);
CREATE TABLE public.orders_eu PARTITION OF public.orders FOR VALUES IN ('eu') PARTITION BY HASH (id);
CREATE TABLE public.orders_eu_0 PARTITION OF public.orders_eu FOR VALUES WITH (MODULUS 1, REMAINDER 0);
ALTER TABLE public.orders_eu ALTER COLUMN state SET DEFAULT 'queued';
ALTER TABLE public.orders_eu_0 ALTER COLUMN state SET DEFAULT 'held';
-- @after
CREATE TABLE public.orders (id int, region text NOT NULL, state text DEFAULT 'new') PARTITION BY LIST (region);
CREATE TABLE public.orders_eu PARTITION OF public.orders FOR VALUES IN ('eu') PARTITION BY HASH (id);
CREATE TABLE public.orders_eu_0 PARTITION OF public.orders_eu FOR VALUES WITH (MODULUS 1, REMAINDER 0);
ALTER TABLE public.orders_eu ALTER COLUMN state SET DEFAULT 'queued';
ALTER TABLE public.orders_eu_0 ALTER COLUMN state SET DEFAULT 'held';
