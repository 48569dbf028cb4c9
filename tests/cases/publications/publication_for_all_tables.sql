-- a FOR ALL TABLES publication (superuser only): cannot be converted from a FOR TABLE one, so drop and recreate
-- @before
CREATE TABLE public.a (id int PRIMARY KEY);
CREATE TABLE public.b (id int PRIMARY KEY);
CREATE PUBLICATION pgshift_everything FOR TABLE public.a;
-- @after
CREATE TABLE public.a (id int PRIMARY KEY);
CREATE TABLE public.b (id int PRIMARY KEY);
CREATE PUBLICATION pgshift_everything FOR ALL TABLES;
