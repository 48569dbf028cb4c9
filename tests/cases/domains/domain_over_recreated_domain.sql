-- a domain's base type changes while another domain is built on it: both are recreated in one step, the columns of each moved off as text and back
-- @before
CREATE DOMAIN public.d1 AS int CHECK (VALUE > 0);
CREATE DOMAIN public.d2 AS public.d1 CHECK (VALUE < 100);
CREATE TABLE public.t (v public.d2);
-- @after
CREATE DOMAIN public.d1 AS bigint CHECK (VALUE > 0);
CREATE DOMAIN public.d2 AS public.d1 CHECK (VALUE < 100);
CREATE TABLE public.t (v public.d2);
