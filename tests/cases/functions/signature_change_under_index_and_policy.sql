-- a function's argument type changes (a new function) while an index expression, a partial index predicate and policies call it: the index and policies go first and come back over the new function, both ways
-- expect-hazards: authz-change, index-build, index-dropped
-- @before
CREATE FUNCTION public.bucket(v int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT v / 10 $$;
CREATE FUNCTION public.allowed(uid int) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT uid > 0 $$;
CREATE TABLE public.metrics (id int PRIMARY KEY, owner_id int, value int);
CREATE INDEX metrics_bucket_idx ON public.metrics (public.bucket(value));
CREATE INDEX metrics_positive_idx ON public.metrics (id) WHERE public.bucket(value) > 0;
ALTER TABLE public.metrics ENABLE ROW LEVEL SECURITY;
CREATE POLICY metrics_owner ON public.metrics FOR SELECT USING (public.allowed(owner_id));
CREATE POLICY metrics_insert ON public.metrics FOR INSERT WITH CHECK (public.allowed(owner_id) AND public.bucket(value) < 100);
-- @after
CREATE FUNCTION public.bucket(v bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT v / 10 $$;
CREATE FUNCTION public.allowed(uid bigint) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT uid > 0 $$;
CREATE TABLE public.metrics (id int PRIMARY KEY, owner_id int, value int);
CREATE INDEX metrics_bucket_idx ON public.metrics (public.bucket(value));
CREATE INDEX metrics_positive_idx ON public.metrics (id) WHERE public.bucket(value) > 0;
ALTER TABLE public.metrics ENABLE ROW LEVEL SECURITY;
CREATE POLICY metrics_owner ON public.metrics FOR SELECT USING (public.allowed(owner_id));
CREATE POLICY metrics_insert ON public.metrics FOR INSERT WITH CHECK (public.allowed(owner_id) AND public.bucket(value) < 100);
