-- a column default calls uuid_generate_v4() from uuid-ossp, a new extension: the extension must exist before the default is set
-- @before
CREATE TABLE public.sessions (token text PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());
-- @after
CREATE EXTENSION "uuid-ossp";
CREATE TABLE public.sessions (
    token text PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now(),
    public_id uuid NOT NULL DEFAULT uuid_generate_v4()
);
