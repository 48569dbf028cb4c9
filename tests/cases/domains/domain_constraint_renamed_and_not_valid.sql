-- a domain constraint is renamed and becomes NOT VALID, another keeps its name but changes its expression: each is dropped and added (the NOT VALID one without checking the rows)
-- expect-hazards: full-table-scan
-- @before
CREATE DOMAIN public.code AS text CONSTRAINT code_upper CHECK (VALUE = upper(VALUE)) CONSTRAINT code_len CHECK (length(VALUE) <= 8);
CREATE TABLE public.items (id int PRIMARY KEY, code public.code);
-- @after
CREATE DOMAIN public.code AS text CONSTRAINT code_len CHECK (length(VALUE) <= 10);
ALTER DOMAIN public.code ADD CONSTRAINT code_is_upper CHECK (VALUE = upper(VALUE)) NOT VALID;
CREATE TABLE public.items (id int PRIMARY KEY, code public.code);
