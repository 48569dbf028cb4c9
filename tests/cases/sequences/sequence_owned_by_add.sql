-- an existing sequence becomes OWNED BY a column (so it is dropped with it); only ownership changes
-- @before
CREATE SEQUENCE public.widget_id_seq;
CREATE TABLE public.widgets (id bigint NOT NULL DEFAULT nextval('public.widget_id_seq') PRIMARY KEY);
-- @after
CREATE SEQUENCE public.widget_id_seq;
CREATE TABLE public.widgets (id bigint NOT NULL DEFAULT nextval('public.widget_id_seq') PRIMARY KEY);
ALTER SEQUENCE public.widget_id_seq OWNED BY public.widgets.id;
