-- a nondeterministic ICU collation changes its locale while domains (one over another), a composite type's attribute and a range type use it, with table columns of each (an array of the domain too), an index and a unique index on them, an index of its own COLLATE on a column of the default collation and a view: the types are recreated with the collation, their columns parked as text, the collation's own columns moved to the default collation and back; the plain indexes stay, the one naming the collation itself is dropped before and built after
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE COLLATION public.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE DOMAIN public.ci_text AS text COLLATE public.ci;
CREATE DOMAIN public.email AS public.ci_text CHECK (length(VALUE) > 2);
CREATE TYPE public.pair AS (a text COLLATE public.ci, b int);
CREATE TYPE public.name_range AS RANGE (subtype = text, collation = public.ci);
CREATE TABLE public.users (id int PRIMARY KEY, email public.email, name text COLLATE public.ci, p public.pair, r public.name_range, tags public.ci_text[], nick text);
CREATE INDEX users_name ON public.users (name);
CREATE INDEX users_nick ON public.users (nick COLLATE public.ci);
CREATE UNIQUE INDEX users_email ON public.users (email);
CREATE VIEW public.user_emails AS SELECT id, email FROM public.users;
COMMENT ON DOMAIN public.ci_text IS 'case-insensitive text';
INSERT INTO public.users VALUES (1, 'a@b', 'Ann', ROW('x', 1), '[a,c)', ARRAY['q'], 'annie');
-- @after
CREATE COLLATION public.ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);
CREATE DOMAIN public.ci_text AS text COLLATE public.ci;
CREATE DOMAIN public.email AS public.ci_text CHECK (length(VALUE) > 2);
CREATE TYPE public.pair AS (a text COLLATE public.ci, b int);
CREATE TYPE public.name_range AS RANGE (subtype = text, collation = public.ci);
CREATE TABLE public.users (id int PRIMARY KEY, email public.email, name text COLLATE public.ci, p public.pair, r public.name_range, tags public.ci_text[], nick text);
CREATE INDEX users_name ON public.users (name);
CREATE INDEX users_nick ON public.users (nick COLLATE public.ci);
CREATE UNIQUE INDEX users_email ON public.users (email);
CREATE VIEW public.user_emails AS SELECT id, email FROM public.users;
COMMENT ON DOMAIN public.ci_text IS 'case-insensitive text';
