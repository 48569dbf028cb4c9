-- a table becomes unlogged while the serial sequence it owned is released (OWNED BY NONE) and stays logged: the release runs before SET UNLOGGED, which would otherwise take the sequence along (PostgreSQL 15+); the rollback gives it back after SET LOGGED
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.page_views (id bigint NOT NULL, path text NOT NULL);
CREATE SEQUENCE public.page_views_id_seq;
ALTER SEQUENCE public.page_views_id_seq OWNED BY public.page_views.id;
ALTER TABLE public.page_views ALTER COLUMN id SET DEFAULT nextval('public.page_views_id_seq'::regclass);
-- @after
CREATE UNLOGGED TABLE public.page_views (id bigint NOT NULL, path text NOT NULL);
CREATE SEQUENCE public.page_views_id_seq;
ALTER TABLE public.page_views ALTER COLUMN id SET DEFAULT nextval('public.page_views_id_seq'::regclass);
