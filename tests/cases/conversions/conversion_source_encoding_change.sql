-- a conversion keeps its name and function (win_to_utf8 serves several WIN code pages) but its source encoding changes WIN1252 -> WIN1250: no ALTER for that, drop and create
-- @before
CREATE CONVERSION public.win_legacy_to_utf8 FOR 'WIN1252' TO 'UTF8' FROM win_to_utf8;
-- @after
CREATE CONVERSION public.win_legacy_to_utf8 FOR 'WIN1250' TO 'UTF8' FROM win_to_utf8;
