-- SELECT granted to PUBLIC (the pseudo-role, not a real role named public)
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.countries (code char(2) PRIMARY KEY, name text NOT NULL);
-- @after
CREATE TABLE public.countries (code char(2) PRIMARY KEY, name text NOT NULL);
GRANT SELECT ON public.countries TO PUBLIC;
