-- comment text with single quotes, a backslash, dollar signs, a newline and non-ASCII characters: the literal must be quoted correctly
-- @before
CREATE TABLE public.t (id int);
-- @after
CREATE TABLE public.t (id int);
COMMENT ON TABLE public.t IS E'It''s the "main" table \\ costs $5 or $$10$$\nsecond line — naïve ✓';
