-- a text search parser and a template built from the built-in C functions (superuser only), a dictionary on the template and a configuration on the parser: template, dictionary, parser, configuration, mapping
-- @before
CREATE SCHEMA app;
-- @after
CREATE SCHEMA app;
CREATE TEXT SEARCH TEMPLATE app.simple_tmpl (INIT = dsimple_init, LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH DICTIONARY app.tmpl_dict (TEMPLATE = app.simple_tmpl, StopWords = english);
CREATE TEXT SEARCH PARSER app.prs (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
CREATE TEXT SEARCH CONFIGURATION app.prs_cfg (PARSER = app.prs);
ALTER TEXT SEARCH CONFIGURATION app.prs_cfg ADD MAPPING FOR asciiword, word WITH app.tmpl_dict;
