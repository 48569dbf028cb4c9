-- a new collation used both by a domain (COLLATE in CREATE DOMAIN) and by an index key expression
-- expect-hazards: index-build
-- @before
CREATE TABLE public.words (id int PRIMARY KEY, word text NOT NULL);
-- @after
CREATE COLLATION public.numeric_aware (provider = icu, locale = 'en-u-kn-true');
CREATE DOMAIN public.sortable_label AS text COLLATE public.numeric_aware;
CREATE TABLE public.words (id int PRIMARY KEY, word text NOT NULL, label public.sortable_label);
CREATE INDEX words_word_numeric_idx ON public.words (word COLLATE public.numeric_aware);
