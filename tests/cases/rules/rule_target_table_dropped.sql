-- a rule and the table its action writes are both dropped: DROP RULE before DROP TABLE (the rule depends on the target table)
-- @before
CREATE TABLE public.sessions (id uuid PRIMARY KEY, user_id int NOT NULL);
CREATE TABLE public.session_log (session_id uuid, user_id int, ended_at timestamptz DEFAULT now());
CREATE RULE sessions_log_delete AS ON DELETE TO public.sessions
    DO ALSO INSERT INTO public.session_log (session_id, user_id) VALUES (OLD.id, OLD.user_id);
-- @after
CREATE TABLE public.sessions (id uuid PRIMARY KEY, user_id int NOT NULL);
