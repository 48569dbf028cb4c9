-- a view groups by the primary key and selects other columns without aggregating them: it depends on the PK constraint, which cannot be dropped while it exists
-- @before
CREATE TABLE public.authors (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.books (id int PRIMARY KEY, author_id int NOT NULL REFERENCES public.authors (id));
-- @after
CREATE TABLE public.authors (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.books (id int PRIMARY KEY, author_id int NOT NULL REFERENCES public.authors (id));
CREATE VIEW public.author_book_counts AS
    SELECT a.id, a.name, count(b.id) AS books FROM public.authors a LEFT JOIN public.books b ON b.author_id = a.id GROUP BY a.id;
