-- a collation keeps its name but its locale changes: collations cannot be altered, so the dependent column must be moved off, collation recreated, column moved back
-- @before
CREATE COLLATION public.app_sort (provider = icu, locale = 'en-US');
CREATE TABLE public.titles (id int PRIMARY KEY, title text COLLATE public.app_sort);
-- @after
CREATE COLLATION public.app_sort (provider = icu, locale = 'fr-FR');
CREATE TABLE public.titles (id int PRIMARY KEY, title text COLLATE public.app_sort);
