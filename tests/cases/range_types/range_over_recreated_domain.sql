-- a range type over a domain whose base type changes: the range is recreated with the domain
-- @before
CREATE DOMAIN public.pos AS numeric CHECK (VALUE > 0);
CREATE TYPE public.pr AS RANGE (subtype = public.pos);
CREATE TABLE public.t (r public.pr);
-- @after
CREATE DOMAIN public.pos AS float8 CHECK (VALUE > 0);
CREATE TYPE public.pr AS RANGE (subtype = public.pos);
CREATE TABLE public.t (r public.pr);
