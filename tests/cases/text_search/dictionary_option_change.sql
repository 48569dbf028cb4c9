-- the options of a snowball dictionary change (a stop-word list shipped with PostgreSQL is added, language kept): ALTER TEXT SEARCH DICTIONARY ... (StopWords = english) in place; the rollback removes the option again
-- @before
CREATE TEXT SEARCH DICTIONARY public.english_stem_nostop (TEMPLATE = pg_catalog.snowball, Language = english);
-- @after
CREATE TEXT SEARCH DICTIONARY public.english_stem_nostop (TEMPLATE = pg_catalog.snowball, Language = english, StopWords = english);
