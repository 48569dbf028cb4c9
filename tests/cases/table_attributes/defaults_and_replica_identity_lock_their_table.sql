-- column defaults set, changed and dropped, and a replica identity changed, on tables that exist (one a view's column default): ALTER COLUMN SET / DROP DEFAULT and REPLICA IDENTITY take ACCESS EXCLUSIVE on their table, which the hazards declare; a new table's defaults declare nothing
-- expect-hazards: acquires-access-exclusive-lock, correctness
-- @before
CREATE TABLE public.notes (id bigint PRIMARY KEY, body text, created timestamptz, pinned boolean DEFAULT false);
CREATE TABLE public."Audit Trail" (id bigint NOT NULL, what text DEFAULT 'unknown');
CREATE UNIQUE INDEX audit_trail_id ON public."Audit Trail" (id);
CREATE VIEW public.note_bodies AS SELECT id, body FROM public.notes;
-- @after
CREATE TABLE public.notes (id bigint PRIMARY KEY, body text DEFAULT '', created timestamptz DEFAULT now(), pinned boolean DEFAULT true);
CREATE TABLE public."Audit Trail" (id bigint NOT NULL, what text);
CREATE UNIQUE INDEX audit_trail_id ON public."Audit Trail" (id);
ALTER TABLE public."Audit Trail" REPLICA IDENTITY USING INDEX audit_trail_id;
CREATE VIEW public.note_bodies AS SELECT id, body FROM public.notes;
ALTER VIEW public.note_bodies ALTER COLUMN body SET DEFAULT 'n/a';
CREATE TABLE public.tags (id bigint PRIMARY KEY, label text DEFAULT 'untitled');
