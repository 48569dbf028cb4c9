-- columns whose new type has no cast from the old one (bigint to uuid, bigint to timestamp): PostgreSQL rejects ALTER COLUMN TYPE, so each column is replaced (dropped and added with its new type, default and NOT NULL in one statement) with its index, check and the view over it rebuilt around it; both ways
-- expect-hazards: deletes-data, breaks-clients, irreversible
-- @before
CREATE TABLE public.sessions (
    id int PRIMARY KEY,
    login_session_id bigint,
    started bigint NOT NULL DEFAULT 0,
    note text,
    CONSTRAINT sessions_started_check CHECK (started IS NOT NULL)
);
CREATE INDEX sessions_login_idx ON public.sessions (login_session_id);
CREATE VIEW public.session_logins AS SELECT id, login_session_id FROM public.sessions;
COMMENT ON COLUMN public.sessions.login_session_id IS 'the login this session belongs to';
-- @after
CREATE TABLE public.sessions (
    id int PRIMARY KEY,
    login_session_id uuid,
    started timestamp NOT NULL DEFAULT now(),
    note text,
    CONSTRAINT sessions_started_check CHECK (started IS NOT NULL)
);
CREATE INDEX sessions_login_idx ON public.sessions (login_session_id);
CREATE VIEW public.session_logins AS SELECT id, login_session_id FROM public.sessions;
COMMENT ON COLUMN public.sessions.login_session_id IS 'the login this session belongs to';
