-- a standalone table with the parent's shape becomes a partition: ATTACH PARTITION keeps its rows (a drop+create would lose them)
-- expect-hazards: full-table-scan
-- @before
CREATE TABLE public.sales (id bigint NOT NULL, region text NOT NULL, amount numeric) PARTITION BY LIST (region);
CREATE TABLE public.sales_eu PARTITION OF public.sales FOR VALUES IN ('eu');
CREATE TABLE public.sales_us (id bigint NOT NULL, region text NOT NULL, amount numeric);
-- @after
CREATE TABLE public.sales (id bigint NOT NULL, region text NOT NULL, amount numeric) PARTITION BY LIST (region);
CREATE TABLE public.sales_eu PARTITION OF public.sales FOR VALUES IN ('eu');
CREATE TABLE public.sales_us PARTITION OF public.sales FOR VALUES IN ('us');
