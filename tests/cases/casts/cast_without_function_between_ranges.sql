-- a binary-coercible cast between two range types over the same subtype (same length, by-value and alignment; PostgreSQL refuses WITHOUT FUNCTION for enums, composites and domains): CREATE CAST ... WITHOUT FUNCTION, superuser only
-- @before
CREATE TYPE public.int_span AS RANGE (subtype = int4);
CREATE TYPE public.page_span AS RANGE (subtype = int4);
-- @after
CREATE TYPE public.int_span AS RANGE (subtype = int4);
CREATE TYPE public.page_span AS RANGE (subtype = int4);
CREATE CAST (public.int_span AS public.page_span) WITHOUT FUNCTION;
