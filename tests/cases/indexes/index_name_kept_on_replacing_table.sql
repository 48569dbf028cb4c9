-- an index name kept while its table is replaced by another (the old table dropped, a new one created with an index of that name, as a rename-by-copy migration leaves it): an index name is unique per schema, so it is another index, made on the new table after the old one goes; plain, unique and expression indexes alike
-- @before
CREATE TABLE public.events_old (id bigint, kind text, payload jsonb);
CREATE INDEX "Events kind" ON public.events_old (kind);
CREATE UNIQUE INDEX events_by_id ON public.events_old (id);
CREATE INDEX events_payload_type ON public.events_old ((payload ->> 'type'));
CREATE TABLE public.notes (id bigint, body text);
CREATE INDEX notes_body ON public.notes (body);
-- @after
CREATE TABLE public."Events" (id bigint NOT NULL, kind text, payload jsonb, at timestamptz);
CREATE INDEX "Events kind" ON public."Events" (kind, at);
CREATE UNIQUE INDEX events_by_id ON public."Events" (id);
CREATE INDEX events_payload_type ON public."Events" ((payload ->> 'type'));
CREATE TABLE public.notes_v2 (id bigint, body text);
CREATE INDEX notes_body ON public.notes_v2 (body);
