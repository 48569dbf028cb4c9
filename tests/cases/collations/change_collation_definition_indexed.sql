-- a collation's locale changes while an indexed column uses it: the column moves to the default collation, the collation is recreated, the column moves back (its index is rebuilt each time)
-- @before
CREATE COLLATION public.app_sort (provider = icu, locale = 'en-US');
CREATE TABLE public.books (id int PRIMARY KEY, title text COLLATE public.app_sort NOT NULL, subtitle varchar(200) COLLATE public.app_sort);
CREATE INDEX books_title_idx ON public.books (title);
-- @after
CREATE COLLATION public.app_sort (provider = icu, locale = 'de-DE');
CREATE TABLE public.books (id int PRIMARY KEY, title text COLLATE public.app_sort NOT NULL, subtitle varchar(200) COLLATE public.app_sort);
CREATE INDEX books_title_idx ON public.books (title);
