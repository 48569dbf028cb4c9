-- a parser without headline and a template without init are dropped with the dictionary and configuration that use them: configuration, dictionary, then parser and template
-- @before
CREATE TEXT SEARCH TEMPLATE public.lexize_only (LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH DICTIONARY public.lexize_only_dict (TEMPLATE = public.lexize_only);
CREATE TEXT SEARCH PARSER public.plain_prs (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype);
CREATE TEXT SEARCH CONFIGURATION public.plain_cfg (PARSER = public.plain_prs);
ALTER TEXT SEARCH CONFIGURATION public.plain_cfg ADD MAPPING FOR asciiword WITH public.lexize_only_dict;
-- @after
