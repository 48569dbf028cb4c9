-- partition key columns change type at every level of a partition tree (LIST by tenant, then RANGE by date; and three LIST/LIST/RANGE levels under a key referenced by a foreign key and read by a view): each partitioned table is recreated with its rows, a sub-partitioned partition detaching itself before its parent is stashed and coming back as a partition of the new parent, leaf partitions kept and converted in place
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.metrics (tenant int NOT NULL, at date NOT NULL, v numeric) PARTITION BY LIST (tenant);
CREATE TABLE public.metrics_1 PARTITION OF public.metrics FOR VALUES IN (1) PARTITION BY RANGE (at);
CREATE TABLE public.metrics_1_2024 PARTITION OF public.metrics_1 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.metrics_other PARTITION OF public.metrics DEFAULT;
ALTER TABLE public.metrics ADD PRIMARY KEY (tenant, at);
INSERT INTO public.metrics VALUES (1, '2024-03-01', 1.5), (2, '2020-01-01', 2);
CREATE TABLE public.t (a int NOT NULL, b int NOT NULL, c int NOT NULL, v text) PARTITION BY LIST (a);
CREATE TABLE public.t_1 PARTITION OF public.t FOR VALUES IN (1) PARTITION BY LIST (b);
CREATE TABLE public.t_1_1 PARTITION OF public.t_1 FOR VALUES IN (1) PARTITION BY RANGE (c);
CREATE TABLE public.t_1_1_lo PARTITION OF public.t_1_1 FOR VALUES FROM (0) TO (100);
CREATE TABLE public.t_1_1_hi PARTITION OF public.t_1_1 FOR VALUES FROM (100) TO (200);
CREATE TABLE public.t_2 PARTITION OF public.t FOR VALUES IN (2);
ALTER TABLE public.t ADD PRIMARY KEY (a, b, c);
CREATE TABLE public.refs (id int PRIMARY KEY, a int, b int, c int, FOREIGN KEY (a, b, c) REFERENCES public.t);
CREATE VIEW public.tv AS SELECT a, b, c FROM public.t;
INSERT INTO public.t VALUES (1, 1, 5, 'lo'), (1, 1, 150, 'hi'), (2, 9, 9, 'two');
INSERT INTO public.refs VALUES (1, 1, 1, 5);
-- @after
CREATE TABLE public.metrics (tenant bigint NOT NULL, at timestamptz NOT NULL, v double precision) PARTITION BY LIST (tenant);
CREATE TABLE public.metrics_1 PARTITION OF public.metrics FOR VALUES IN (1) PARTITION BY RANGE (at);
CREATE TABLE public.metrics_1_2024 PARTITION OF public.metrics_1 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.metrics_other PARTITION OF public.metrics DEFAULT;
ALTER TABLE public.metrics ADD PRIMARY KEY (tenant, at);
CREATE TABLE public.t (a bigint NOT NULL, b bigint NOT NULL, c bigint NOT NULL, v text) PARTITION BY LIST (a);
CREATE TABLE public.t_1 PARTITION OF public.t FOR VALUES IN (1) PARTITION BY LIST (b);
CREATE TABLE public.t_1_1 PARTITION OF public.t_1 FOR VALUES IN (1) PARTITION BY RANGE (c);
CREATE TABLE public.t_1_1_lo PARTITION OF public.t_1_1 FOR VALUES FROM (0) TO (100);
CREATE TABLE public.t_1_1_hi PARTITION OF public.t_1_1 FOR VALUES FROM (100) TO (200);
CREATE TABLE public.t_2 PARTITION OF public.t FOR VALUES IN (2);
ALTER TABLE public.t ADD PRIMARY KEY (a, b, c);
CREATE TABLE public.refs (id int PRIMARY KEY, a bigint, b bigint, c bigint, FOREIGN KEY (a, b, c) REFERENCES public.t);
CREATE VIEW public.tv AS SELECT a, b, c FROM public.t;
