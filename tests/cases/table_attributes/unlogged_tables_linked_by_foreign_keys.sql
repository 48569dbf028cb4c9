-- three tables linked by foreign keys become unlogged (and back): SET UNLOGGED goes from the referencing table up, SET LOGGED from the referenced table down
-- @before
CREATE TABLE public.a (id int PRIMARY KEY);
CREATE TABLE public.b (id int PRIMARY KEY, a int REFERENCES public.a);
CREATE TABLE public.c (id int PRIMARY KEY, b int REFERENCES public.b);
-- @after
CREATE UNLOGGED TABLE public.a (id int PRIMARY KEY);
CREATE UNLOGGED TABLE public.b (id int PRIMARY KEY, a int REFERENCES public.a);
CREATE UNLOGGED TABLE public.c (id int PRIMARY KEY, b int REFERENCES public.b);
