-- a partition's bounds change (a quarter widened to a half-year): bounds cannot be altered, so DETACH then ATTACH with the new bounds, keeping rows
-- expect-hazards: full-table-scan
-- @before
CREATE TABLE public.usage (account_id int NOT NULL, day date NOT NULL, units int) PARTITION BY RANGE (day);
CREATE TABLE public.usage_h1 PARTITION OF public.usage FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
-- @after
CREATE TABLE public.usage (account_id int NOT NULL, day date NOT NULL, units int) PARTITION BY RANGE (day);
CREATE TABLE public.usage_h1 PARTITION OF public.usage FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
