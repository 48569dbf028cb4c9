-- an I/O conversion cast (text output of one range type parsed as the other) used in assignments: CREATE CAST ... WITH INOUT AS ASSIGNMENT
-- @before
CREATE TYPE public.int_span AS RANGE (subtype = int4);
CREATE TYPE public.page_span AS RANGE (subtype = int4);
CREATE TABLE public.books (id int PRIMARY KEY, pages public.page_span);
-- @after
CREATE TYPE public.int_span AS RANGE (subtype = int4);
CREATE TYPE public.page_span AS RANGE (subtype = int4);
CREATE TABLE public.books (id int PRIMARY KEY, pages public.page_span);
CREATE CAST (public.int_span AS public.page_span) WITH INOUT AS ASSIGNMENT;
