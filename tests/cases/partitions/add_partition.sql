-- a new partition appears for the next range: CREATE TABLE ... PARTITION OF (or create + ATTACH to avoid the lock on the parent)
-- @before
CREATE TABLE public.logs (id bigint NOT NULL, at date NOT NULL, msg text) PARTITION BY RANGE (at);
CREATE TABLE public.logs_2024_01 PARTITION OF public.logs FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
-- @after
CREATE TABLE public.logs (id bigint NOT NULL, at date NOT NULL, msg text) PARTITION BY RANGE (at);
CREATE TABLE public.logs_2024_01 PARTITION OF public.logs FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE public.logs_2024_02 PARTITION OF public.logs FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
