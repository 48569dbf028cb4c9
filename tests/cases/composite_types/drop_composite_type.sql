-- a composite type no longer referenced anywhere is dropped
-- @before
CREATE TYPE public.unused_pair AS (a int, b int);
CREATE TABLE public.t (id int);
-- @after
CREATE TABLE public.t (id int);
