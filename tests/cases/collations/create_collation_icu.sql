-- a new ICU collation with a BCP 47 locale and a column using it: collation before column
-- @before
CREATE TABLE public.people (id int PRIMARY KEY, surname text);
-- @after
CREATE COLLATION public.german_phonebook (provider = icu, locale = 'de-u-co-phonebk');
CREATE TABLE public.people (id int PRIMARY KEY, surname text COLLATE public.german_phonebook);
