-- a table attached as a partition has two indexes that match its new parent's index, and the target has the later one attached: the other is out of the way during the attach (PostgreSQL takes the first it finds) and made again after
-- @before
CREATE TABLE public.orders (shop text NOT NULL, ref int NOT NULL, note text) PARTITION BY LIST (shop);
CREATE INDEX orders_by_ref ON public.orders (shop, ref);
CREATE TABLE public.orders_east PARTITION OF public.orders FOR VALUES IN ('east');
CREATE TABLE public.orders_west (shop text NOT NULL, ref int NOT NULL, note text);
CREATE INDEX orders_west_spare ON public.orders_west (shop, ref);
CREATE INDEX orders_west_by_ref ON public.orders_west (shop, ref);
-- @after
CREATE TABLE public.orders (shop text NOT NULL, ref int NOT NULL, note text) PARTITION BY LIST (shop);
CREATE INDEX orders_by_ref ON public.orders (shop, ref);
CREATE TABLE public.orders_east PARTITION OF public.orders FOR VALUES IN ('east');
CREATE TABLE public.orders_west (shop text NOT NULL, ref int NOT NULL, note text);
CREATE INDEX orders_west_by_ref ON public.orders_west (shop, ref);
ALTER TABLE public.orders ATTACH PARTITION public.orders_west FOR VALUES IN ('west');
CREATE INDEX orders_west_spare ON public.orders_west (shop, ref);
