-- a dictionary changes template (simple -> snowball), which ALTER cannot do, while a configuration maps to it: the mapping must be moved off (or the configuration rebuilt), the dictionary dropped and recreated, and the mapping restored
-- @before
CREATE TEXT SEARCH DICTIONARY public.body_dict (TEMPLATE = pg_catalog.simple);
CREATE TEXT SEARCH CONFIGURATION public.body_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.body_cfg ADD MAPPING FOR asciiword WITH public.body_dict;
-- @after
CREATE TEXT SEARCH DICTIONARY public.body_dict (TEMPLATE = pg_catalog.snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION public.body_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.body_cfg ADD MAPPING FOR asciiword WITH public.body_dict;
