-- a new hash-partitioned table with four partitions (modulus/remainder bounds)
-- @before
-- @after
CREATE TABLE public.user_events (user_id bigint NOT NULL, at timestamptz NOT NULL, kind text) PARTITION BY HASH (user_id);
CREATE TABLE public.user_events_p0 PARTITION OF public.user_events FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE public.user_events_p1 PARTITION OF public.user_events FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE public.user_events_p2 PARTITION OF public.user_events FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE public.user_events_p3 PARTITION OF public.user_events FOR VALUES WITH (MODULUS 4, REMAINDER 3);
