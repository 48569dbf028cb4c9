-- a primary key with INCLUDE columns and a custom index name via USING INDEX TABLESPACE-free options (fillfactor)
-- expect-hazards: index-build, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.sessions (id uuid NOT NULL, user_id int NOT NULL, expires_at timestamptz);
-- @after
CREATE TABLE public.sessions (id uuid NOT NULL, user_id int NOT NULL, expires_at timestamptz,
    CONSTRAINT sessions_pkey PRIMARY KEY (id) INCLUDE (user_id) WITH (fillfactor = 90));
