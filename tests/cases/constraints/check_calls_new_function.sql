-- a new CHECK constraint calls a function that is also new: CREATE FUNCTION must come before ADD CONSTRAINT
-- expect-hazards: full-table-scan
-- @before
CREATE TABLE public.users (id int PRIMARY KEY, email text NOT NULL);
-- @after
CREATE FUNCTION public.is_valid_email(addr text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT addr ~* '^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$' $$;
CREATE TABLE public.users (id int PRIMARY KEY, email text NOT NULL, CONSTRAINT users_email_valid CHECK (public.is_valid_email(email)));
