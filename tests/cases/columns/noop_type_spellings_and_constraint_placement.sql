-- no-op: type aliases (int4/integer, varchar/character varying, timestamptz, bool, float8) and inline vs table-level constraints normalise to the same catalog
-- @before
CREATE TABLE public.accounts (
    id int4 PRIMARY KEY,
    handle varchar(30) NOT NULL UNIQUE,
    active bool NOT NULL DEFAULT true,
    score float8 CHECK (score >= 0),
    created timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    parent_id int4 REFERENCES public.accounts (id)
);
-- @after
CREATE TABLE public.accounts (
    id integer NOT NULL,
    handle character varying(30) NOT NULL,
    active boolean DEFAULT true NOT NULL,
    score double precision,
    created timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    parent_id integer,
    CONSTRAINT accounts_pkey PRIMARY KEY (id),
    CONSTRAINT accounts_handle_key UNIQUE (handle),
    CONSTRAINT accounts_score_check CHECK ((score >= (0)::double precision)),
    CONSTRAINT accounts_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.accounts (id)
);
