-- a table with a serial column becomes unlogged while the sequence it owns stays logged (as a restored dump has it): SET UNLOGGED takes the owned sequence along on PostgreSQL 15+, so the sequence is set back to LOGGED after the table (and the other way in the rollback)
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.throttles (id bigint NOT NULL, bucket text NOT NULL, hits integer DEFAULT 0 NOT NULL);
CREATE SEQUENCE public.throttles_id_seq;
ALTER SEQUENCE public.throttles_id_seq OWNED BY public.throttles.id;
ALTER TABLE public.throttles ALTER COLUMN id SET DEFAULT nextval('public.throttles_id_seq'::regclass);
-- @after
CREATE UNLOGGED TABLE public.throttles (id bigint NOT NULL, bucket text NOT NULL, hits integer DEFAULT 0 NOT NULL);
CREATE SEQUENCE public.throttles_id_seq;
ALTER SEQUENCE public.throttles_id_seq OWNED BY public.throttles.id;
ALTER TABLE public.throttles ALTER COLUMN id SET DEFAULT nextval('public.throttles_id_seq'::regclass);
