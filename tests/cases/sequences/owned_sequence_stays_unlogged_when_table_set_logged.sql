-- an unlogged table whose sequence is unlogged too becomes logged while the sequence stays unlogged: the sequence is set UNLOGGED again after the table's SET LOGGED, which takes it along (PostgreSQL 15+)
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE UNLOGGED TABLE public.events (id bigserial, kind text);
-- @after
CREATE TABLE public.events (id bigint NOT NULL, kind text);
CREATE UNLOGGED SEQUENCE public.events_id_seq;
ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;
ALTER TABLE public.events ALTER COLUMN id SET DEFAULT nextval('public.events_id_seq'::regclass);
