-- an FK keeps its name but now references another table: drop and re-add, and the newly referenced table is created first
-- @before
CREATE TABLE public.legacy_users (id int PRIMARY KEY);
CREATE TABLE public.notes (id int PRIMARY KEY, author_id int, CONSTRAINT notes_author_fkey FOREIGN KEY (author_id) REFERENCES public.legacy_users (id));
-- @after
CREATE TABLE public.legacy_users (id int PRIMARY KEY);
CREATE TABLE public.users (id int PRIMARY KEY);
CREATE TABLE public.notes (id int PRIMARY KEY, author_id int, CONSTRAINT notes_author_fkey FOREIGN KEY (author_id) REFERENCES public.users (id));
