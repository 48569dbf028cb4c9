-- pgcrypto's crypt() used by a new SQL function: the extension must exist before the function body is validated at creation
-- @before
CREATE TABLE public.credentials (user_id int PRIMARY KEY, secret_hash text NOT NULL);
-- @after
CREATE EXTENSION pgcrypto;
CREATE TABLE public.credentials (user_id int PRIMARY KEY, secret_hash text NOT NULL);
CREATE FUNCTION public.check_secret(p_user int, p_secret text) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT secret_hash = crypt(p_secret, secret_hash) FROM public.credentials WHERE user_id = p_user $$;
