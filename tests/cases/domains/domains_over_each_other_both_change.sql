-- a domain and the domain over it both change (a base type and a check): one recreate step makes both
-- @before
CREATE DOMAIN public.d1 AS int;
CREATE DOMAIN public.d2 AS public.d1 CHECK (VALUE > 0);
CREATE TABLE public.t (b public.d2);
-- @after
CREATE DOMAIN public.d1 AS bigint;
CREATE DOMAIN public.d2 AS public.d1 CHECK (VALUE > 1);
CREATE TABLE public.t (b public.d2);
