-- a domain based on another domain, both with checks; the inner domain's check changes and the outer one must survive
-- @before
CREATE DOMAIN public.nonneg_int AS integer CHECK (VALUE >= 0);
CREATE DOMAIN public.port_number AS public.nonneg_int CHECK (VALUE <= 65535);
CREATE TABLE public.services (id int PRIMARY KEY, port public.port_number);
-- @after
CREATE DOMAIN public.nonneg_int AS integer CONSTRAINT nonneg_int_check CHECK (VALUE >= 0 AND VALUE IS NOT NULL);
CREATE DOMAIN public.port_number AS public.nonneg_int CHECK (VALUE <= 65535);
CREATE TABLE public.services (id int PRIMARY KEY, port public.port_number);
