-- a domain CHECK calls a function that is also new: the function must be created before the domain constraint
-- @before
CREATE DOMAIN public.iban AS text;
CREATE TABLE public.bank_accounts (id int PRIMARY KEY, iban public.iban);
-- @after
CREATE FUNCTION public.is_valid_iban(v text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT v ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$' $$;
CREATE DOMAIN public.iban AS text CONSTRAINT iban_valid CHECK (public.is_valid_iban(VALUE));
CREATE TABLE public.bank_accounts (id int PRIMARY KEY, iban public.iban);
