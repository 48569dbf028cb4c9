-- a domain whose base type changes is recreated while one of its checks is NOT VALID: the check comes back NOT VALID through ALTER DOMAIN
-- expect-hazards: acquires-access-exclusive-lock
-- @before
CREATE DOMAIN public.handle AS text CONSTRAINT handle_length CHECK (length(VALUE) >= 3);
ALTER DOMAIN public.handle ADD CONSTRAINT handle_lower CHECK (VALUE = lower(VALUE)) NOT VALID;
CREATE TABLE public.accounts (id int PRIMARY KEY, handle public.handle);
-- @after
CREATE DOMAIN public.handle AS varchar(64) CONSTRAINT handle_length CHECK (length(VALUE) >= 3);
ALTER DOMAIN public.handle ADD CONSTRAINT handle_lower CHECK (VALUE = lower(VALUE)) NOT VALID;
CREATE TABLE public.accounts (id int PRIMARY KEY, handle public.handle);
