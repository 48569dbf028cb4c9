-- comments on a plain index, on a primary key's and a unique constraint's index (set, changed, removed), on an index rebuilt by a column type change, and on a new table's key index
-- @before
CREATE TABLE public.accounts (id bigint PRIMARY KEY, email text UNIQUE, code int);
CREATE INDEX accounts_code ON public.accounts (code);
COMMENT ON INDEX public.accounts_code IS 'lookups by code';
COMMENT ON INDEX public.accounts_email_key IS 'one account per email';
-- @after
CREATE TABLE public.accounts (id bigint PRIMARY KEY, email text UNIQUE, code bigint);
CREATE INDEX accounts_code ON public.accounts (code);
COMMENT ON INDEX public.accounts_code IS 'lookups by code';
COMMENT ON INDEX public.accounts_pkey IS 'the key';
CREATE TABLE public.tags (id bigint PRIMARY KEY, name text);
COMMENT ON INDEX public.tags_pkey IS 'tag key';
