-- a case-insensitive nondeterministic ICU collation used by a column with a unique index: the index compares case-insensitively
-- expect-hazards: index-build
-- @before
CREATE TABLE public.accounts (id int PRIMARY KEY, username text NOT NULL);
-- @after
CREATE COLLATION public.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE public.accounts (id int PRIMARY KEY, username text COLLATE public.case_insensitive NOT NULL);
CREATE UNIQUE INDEX accounts_username_key ON public.accounts (username);
