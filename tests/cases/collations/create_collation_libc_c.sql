-- a libc collation copied from "C" (LC_COLLATE/LC_CTYPE = 'C') in a custom schema
-- @before
CREATE SCHEMA text_utils;
-- @after
CREATE SCHEMA text_utils;
CREATE COLLATION text_utils.bytewise (provider = libc, locale = 'C');
