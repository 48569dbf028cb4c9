-- an attribute's collation changes while a domain over an array of the composite type and a column of it exist
-- @before
CREATE TYPE public.pt AS (x text, y int);
CREATE TABLE public.t (id int, p public.pt);
-- @after
CREATE TYPE public.pt AS (x text COLLATE "C", y int);
CREATE TABLE public.t (id int, p public.pt);
