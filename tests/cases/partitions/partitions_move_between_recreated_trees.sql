-- rows move with partitions between partition trees the plan recreates: a sub-partitioned partition moves from one recreated parent to another (its own key changes too), and a plain table becomes a partitioned table whose former standalone sibling joins it as a sub-partitioned partition; row checks count what leaves and joins each tree
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.a (k int NOT NULL, v text) PARTITION BY LIST (k);
CREATE TABLE public.b (k int NOT NULL, v text) PARTITION BY LIST (k);
CREATE TABLE public.p1 PARTITION OF public.a FOR VALUES IN (1) PARTITION BY LIST (v);
CREATE TABLE public.p1_x PARTITION OF public.p1 DEFAULT;
INSERT INTO public.a VALUES (1, 'x');
CREATE TABLE public.logs (id bigint NOT NULL, at date NOT NULL, msg text);
CREATE TABLE public.logs_2024 (id bigint NOT NULL, at date NOT NULL, msg text);
CREATE INDEX logs_at_idx ON public.logs (at);
INSERT INTO public.logs VALUES (1, '2025-02-01', 'a');
INSERT INTO public.logs_2024 VALUES (2, '2024-02-01', 'b');
-- @after
CREATE TABLE public.a (k bigint NOT NULL, v text) PARTITION BY LIST (k);
CREATE TABLE public.b (k bigint NOT NULL, v text) PARTITION BY LIST (k);
CREATE TABLE public.p1 PARTITION OF public.b FOR VALUES IN (1) PARTITION BY LIST (k);
CREATE TABLE public.p1_x PARTITION OF public.p1 DEFAULT;
CREATE TABLE public.logs (id bigint NOT NULL, at date NOT NULL, msg text) PARTITION BY RANGE (at);
CREATE TABLE public.logs_2024 PARTITION OF public.logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (id);
CREATE TABLE public.logs_2024_all PARTITION OF public.logs_2024 DEFAULT;
CREATE TABLE public.logs_rest PARTITION OF public.logs DEFAULT;
CREATE INDEX logs_at_idx ON public.logs (at);
