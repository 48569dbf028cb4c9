-- comments on a text search dictionary, configuration, parser and template: COMMENT ON TEXT SEARCH DICTIONARY/CONFIGURATION/PARSER/TEMPLATE
-- @before
CREATE TEXT SEARCH TEMPLATE public.tmpl (INIT = dsimple_init, LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH DICTIONARY public.dict (TEMPLATE = public.tmpl);
CREATE TEXT SEARCH PARSER public.prs (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype);
CREATE TEXT SEARCH CONFIGURATION public.cfg (PARSER = public.prs);
COMMENT ON TEXT SEARCH CONFIGURATION public.cfg IS 'old';
-- @after
CREATE TEXT SEARCH TEMPLATE public.tmpl (INIT = dsimple_init, LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH DICTIONARY public.dict (TEMPLATE = public.tmpl);
CREATE TEXT SEARCH PARSER public.prs (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype);
CREATE TEXT SEARCH CONFIGURATION public.cfg (PARSER = public.prs);
COMMENT ON TEXT SEARCH TEMPLATE public.tmpl IS 'simple lexizer';
COMMENT ON TEXT SEARCH DICTIONARY public.dict IS 'lower-cases, it''s that simple';
COMMENT ON TEXT SEARCH PARSER public.prs IS 'default parser, no headline';
COMMENT ON TEXT SEARCH CONFIGURATION public.cfg IS 'new';
