-- an existing table with matching columns starts inheriting: ALTER TABLE INHERIT keeps its rows
-- @before
CREATE TABLE public.animals (id int NOT NULL, name text);
CREATE TABLE public.cats (id int NOT NULL, name text, indoor boolean);
-- @after
CREATE TABLE public.animals (id int NOT NULL, name text);
CREATE TABLE public.cats (id int NOT NULL, name text, indoor boolean);
ALTER TABLE public.cats INHERIT public.animals;
