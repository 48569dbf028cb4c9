-- a configuration and the custom dictionary it maps to are dropped: the configuration first (it depends on the dictionary), rollback creates the dictionary first
-- @before
CREATE TEXT SEARCH DICTIONARY public.german_stem_stop (TEMPLATE = pg_catalog.snowball, Language = german, StopWords = german);
CREATE TEXT SEARCH CONFIGURATION public.german_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.german_cfg ADD MAPPING FOR asciiword, word, hword, hword_part WITH public.german_stem_stop;
COMMENT ON TEXT SEARCH CONFIGURATION public.german_cfg IS 'german with stop words';
-- @after
