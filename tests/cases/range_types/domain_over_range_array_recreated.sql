-- a domain over an array of a range type, with columns of both, while the range is recreated
-- @before
CREATE TYPE public.fr AS RANGE (subtype = float8);
CREATE DOMAIN public.frs AS public.fr[];
CREATE TABLE public.t (r public.frs, x public.fr);
-- @after
CREATE TYPE public.fr AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE DOMAIN public.frs AS public.fr[];
CREATE TABLE public.t (r public.frs, x public.fr);
