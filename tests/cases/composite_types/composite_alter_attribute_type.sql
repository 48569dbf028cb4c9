-- an attribute of an unused composite type changes type (int to bigint): ALTER TYPE ALTER ATTRIBUTE TYPE in place
-- @before
CREATE TYPE public.version_triple AS (major int, minor int, patch int);
-- @after
CREATE TYPE public.version_triple AS (major int, minor int, patch bigint);
