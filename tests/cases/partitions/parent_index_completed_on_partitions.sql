-- a partitioned index made ON ONLY the parent with one partition's index attached (left invalid) becomes complete: the missing partition's index is built and attached; back, the parent index is made ON ONLY again with only the first attached
-- @before
CREATE TABLE public.metrics (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE public.metrics_2020 PARTITION OF public.metrics FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE TABLE public.metrics_2021 PARTITION OF public.metrics FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');
CREATE INDEX metrics_id ON ONLY public.metrics (id);
CREATE INDEX metrics_2020_id ON public.metrics_2020 (id);
ALTER INDEX public.metrics_id ATTACH PARTITION public.metrics_2020_id;
-- @after
CREATE TABLE public.metrics (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE public.metrics_2020 PARTITION OF public.metrics FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE TABLE public.metrics_2021 PARTITION OF public.metrics FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');
CREATE INDEX metrics_id ON public.metrics (id);
