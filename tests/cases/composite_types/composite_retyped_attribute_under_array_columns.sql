-- a composite type's attribute changes type while columns hold arrays of it (and a value of it): the type is recreated, arrays rebuilt from their text form, values field by field
-- @before
CREATE TYPE public.pt AS (x int, y int);
CREATE TABLE public.t (id int, pts public.pt[], p public.pt);
-- @after
CREATE TYPE public.pt AS (x bigint, y int);
CREATE TABLE public.t (id int, pts public.pt[], p public.pt);
