-- a new primary key with INCLUDE columns and an index storage parameter (fillfactor): both options must survive rendering
-- expect-hazards: index-build, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.sessions (id uuid NOT NULL, user_id int NOT NULL, expires_at timestamptz);
-- @after
CREATE TABLE public.sessions (id uuid NOT NULL, user_id int NOT NULL, expires_at timestamptz,
    CONSTRAINT sessions_pkey PRIMARY KEY (id) INCLUDE (user_id) WITH (fillfactor = 90));
