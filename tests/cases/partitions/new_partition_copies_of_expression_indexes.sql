-- a new partition of a table with expression indexes: PostgreSQL names its copies after the parent index's columns, which take a function's name (lower, coalesce, greatest), a cast column's name or its type, and expr only for operators, numbered when repeated (`<partition>_lower_Mixed_lower1_idx`); the plan renames nothing where the target keeps those names, and renames the copy it made where the target names it otherwise
-- @before
CREATE TABLE public.visits (id bigint NOT NULL, at date NOT NULL, email text, "Host" text, path text, referrer text) PARTITION BY RANGE (at);
CREATE TABLE public.visits_2025 PARTITION OF public.visits FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX visits_email_lower ON public.visits (lower(email), "Host", lower(path));
CREATE INDEX visits_source ON public.visits (COALESCE(referrer, ''::text), (path || email), ((email)::varchar), ('x'::text));
CREATE INDEX visits_latest ON public.visits (GREATEST(id, 0)) WHERE lower(email) <> '';
-- @after
CREATE TABLE public.visits (id bigint NOT NULL, at date NOT NULL, email text, "Host" text, path text, referrer text) PARTITION BY RANGE (at);
CREATE TABLE public.visits_2025 PARTITION OF public.visits FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.visits_2026 PARTITION OF public.visits FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX visits_email_lower ON public.visits (lower(email), "Host", lower(path));
CREATE INDEX visits_source ON public.visits (COALESCE(referrer, ''::text), (path || email), ((email)::varchar), ('x'::text));
CREATE INDEX visits_latest ON public.visits (GREATEST(id, 0)) WHERE lower(email) <> '';
ALTER INDEX public.visits_2025_greatest_idx RENAME TO visits_2025_latest;
