-- indexes renamed with their definitions unchanged: unique, expression with an operator class and ordering, partial, INCLUDE, quoted and mixed-case names, one carrying a comment and the table's CLUSTER mark; each is renamed in place; an index whose column is retyped in the same change and one whose definition changes are rebuilt instead
-- @before
CREATE TABLE public.accounts (id bigint PRIMARY KEY, email text NOT NULL, name text, region int, created timestamptz, state text);
CREATE UNIQUE INDEX accounts_email_uq ON public.accounts (lower(email) text_pattern_ops DESC);
CREATE INDEX "Accounts By Name" ON public.accounts (name) INCLUDE (region) WHERE state = 'active';
CREATE INDEX accounts_created ON public.accounts (created);
COMMENT ON INDEX public.accounts_created IS 'recent first';
ALTER TABLE public.accounts CLUSTER ON accounts_created;
CREATE INDEX accounts_region ON public.accounts (region);
CREATE INDEX accounts_state ON public.accounts (state);
-- @after
CREATE TABLE public.accounts (id bigint PRIMARY KEY, email text NOT NULL, name text, region bigint, created timestamptz, state text);
CREATE UNIQUE INDEX "accounts Email ""uq""" ON public.accounts (lower(email) text_pattern_ops DESC);
CREATE INDEX accounts_by_name ON public.accounts (name) INCLUDE (region) WHERE state = 'active';
CREATE INDEX accounts_created_idx ON public.accounts (created);
COMMENT ON INDEX public.accounts_created_idx IS 'recent first';
ALTER TABLE public.accounts CLUSTER ON accounts_created_idx;
CREATE INDEX accounts_region_idx ON public.accounts (region);
CREATE INDEX accounts_state_idx ON public.accounts (state) WHERE state IS NOT NULL;
