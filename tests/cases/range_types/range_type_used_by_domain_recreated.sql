-- a range type used by a domain (with a check) changes its subtype_diff: the domain is recreated with it
-- @before
CREATE TYPE public.fr AS RANGE (subtype = float8);
CREATE DOMAIN public.posr AS public.fr CHECK (NOT isempty(VALUE));
CREATE TABLE public.t (r public.posr);
-- @after
CREATE TYPE public.fr AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE DOMAIN public.posr AS public.fr CHECK (NOT isempty(VALUE));
CREATE TABLE public.t (r public.posr);
