-- a view and a materialized view over functions that return a table's rows (SETOF t and a single t), and a view over a view of those: when the table becomes partitioned (and back) they are dropped before it and created again after its rows are back
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE TABLE public.events (id int NOT NULL, kind text NOT NULL, payload text);
CREATE FUNCTION public.events_of(k text) RETURNS SETOF public.events LANGUAGE sql STABLE AS $$ SELECT * FROM public.events WHERE kind = k $$;
CREATE FUNCTION public.first_event() RETURNS public.events LANGUAGE sql STABLE AS $$ SELECT * FROM public.events ORDER BY id LIMIT 1 $$;
CREATE VIEW public.click_events AS SELECT id, payload FROM public.events_of('click');
CREATE VIEW public.click_ids AS SELECT id FROM public.click_events;
CREATE MATERIALIZED VIEW public.first_event_snapshot AS SELECT (public.first_event()).id AS id;
CREATE MATERIALIZED VIEW public.event_kinds AS SELECT kind, count(*) AS n FROM public.events_of('view') GROUP BY kind;
CREATE UNIQUE INDEX event_kinds_kind_idx ON public.event_kinds (kind);
INSERT INTO public.events VALUES (1, 'click', 'a'), (2, 'view', 'b');
-- @after
CREATE TABLE public.events (id int NOT NULL, kind text NOT NULL, payload text) PARTITION BY LIST (kind);
CREATE TABLE public.events_click PARTITION OF public.events FOR VALUES IN ('click');
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;
CREATE FUNCTION public.events_of(k text) RETURNS SETOF public.events LANGUAGE sql STABLE AS $$ SELECT * FROM public.events WHERE kind = k $$;
CREATE FUNCTION public.first_event() RETURNS public.events LANGUAGE sql STABLE AS $$ SELECT * FROM public.events ORDER BY id LIMIT 1 $$;
CREATE VIEW public.click_events AS SELECT id, payload FROM public.events_of('click');
CREATE VIEW public.click_ids AS SELECT id FROM public.click_events;
CREATE MATERIALIZED VIEW public.first_event_snapshot AS SELECT (public.first_event()).id AS id;
CREATE MATERIALIZED VIEW public.event_kinds AS SELECT kind, count(*) AS n FROM public.events_of('view') GROUP BY kind;
CREATE UNIQUE INDEX event_kinds_kind_idx ON public.event_kinds (kind);
