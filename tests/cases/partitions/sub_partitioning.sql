-- a partition is itself partitioned (range by year, then list by region); a new sub-partition is added at the second level
-- @before
CREATE TABLE public.revenue (booked_on date NOT NULL, region text NOT NULL, amount numeric) PARTITION BY RANGE (booked_on);
CREATE TABLE public.revenue_2024 PARTITION OF public.revenue FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (region);
CREATE TABLE public.revenue_2024_eu PARTITION OF public.revenue_2024 FOR VALUES IN ('eu');
-- @after
CREATE TABLE public.revenue (booked_on date NOT NULL, region text NOT NULL, amount numeric) PARTITION BY RANGE (booked_on);
CREATE TABLE public.revenue_2024 PARTITION OF public.revenue FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (region);
CREATE TABLE public.revenue_2024_eu PARTITION OF public.revenue_2024 FOR VALUES IN ('eu');
CREATE TABLE public.revenue_2024_us PARTITION OF public.revenue_2024 FOR VALUES IN ('us');
