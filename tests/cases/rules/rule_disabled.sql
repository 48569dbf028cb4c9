-- an existing rule is disabled in the target: ALTER TABLE ... DISABLE RULE, ENABLE RULE on rollback
-- @before
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text NOT NULL);
CREATE TABLE public.events_archive (id bigint, kind text);
CREATE RULE events_archive_on_delete AS ON DELETE TO public.events
    DO ALSO INSERT INTO public.events_archive VALUES (OLD.id, OLD.kind);
-- @after
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text NOT NULL);
CREATE TABLE public.events_archive (id bigint, kind text);
CREATE RULE events_archive_on_delete AS ON DELETE TO public.events
    DO ALSO INSERT INTO public.events_archive VALUES (OLD.id, OLD.kind);
ALTER TABLE public.events DISABLE RULE events_archive_on_delete;
