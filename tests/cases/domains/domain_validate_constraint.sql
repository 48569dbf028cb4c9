-- a domain constraint that was NOT VALID is validated in the target: ALTER DOMAIN ... VALIDATE CONSTRAINT (its comment stays); back, PostgreSQL cannot unvalidate, so it is dropped and added NOT VALID
-- expect-hazards: full-table-scan
-- @before
CREATE DOMAIN public.percent AS integer;
ALTER DOMAIN public.percent ADD CONSTRAINT percent_range CHECK (VALUE BETWEEN 0 AND 100) NOT VALID;
COMMENT ON CONSTRAINT percent_range ON DOMAIN public.percent IS 'a share';
CREATE TABLE public.scores (id int PRIMARY KEY, share public.percent);
-- @after
CREATE DOMAIN public.percent AS integer;
ALTER DOMAIN public.percent ADD CONSTRAINT percent_range CHECK (VALUE BETWEEN 0 AND 100);
COMMENT ON CONSTRAINT percent_range ON DOMAIN public.percent IS 'a share';
CREATE TABLE public.scores (id int PRIMARY KEY, share public.percent);
