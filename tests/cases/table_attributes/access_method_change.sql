-- a table moves to another access method and another back to heap (SET ACCESS METHOD rewrites each)
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text);
CREATE INDEX events_kind ON public.events (kind);
CREATE TABLE public.archive (id bigint PRIMARY KEY, body text) USING heap2;
-- @after
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text) USING heap2;
CREATE INDEX events_kind ON public.events (kind);
CREATE TABLE public.archive (id bigint PRIMARY KEY, body text);
