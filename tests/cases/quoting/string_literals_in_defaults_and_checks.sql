-- defaults and CHECKs with string literals containing quotes, backslashes and dollar signs: expressions from pg_get_expr must be reused verbatim, not re-quoted
-- @before
CREATE TABLE public.messages (id int PRIMARY KEY, body text);
-- @after
CREATE TABLE public.messages (id int PRIMARY KEY,
    body text DEFAULT 'it''s a "test" \ with $$dollars$$',
    pattern text DEFAULT E'\\d+\t',
    CONSTRAINT "messages body isn't empty" CHECK (body <> '' AND body !~ '^\s*$'));
