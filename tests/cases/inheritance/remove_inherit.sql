-- a child stops inheriting (NO INHERIT) and keeps its columns as local ones; rows vanish from parent scans
-- @before
CREATE TABLE public.documents (id int NOT NULL, title text);
CREATE TABLE public.invoices_doc (amount numeric) INHERITS (public.documents);
-- @after
CREATE TABLE public.documents (id int NOT NULL, title text);
CREATE TABLE public.invoices_doc (id int NOT NULL, title text, amount numeric);
