-- no-op: a serial column on one side and the equivalent hand-written sequence, default and OWNED BY on the other must compare equal
-- @before
CREATE TABLE public.animals (id serial PRIMARY KEY, name text);
-- @after
CREATE SEQUENCE public.animals_id_seq AS integer;
CREATE TABLE public.animals (id integer NOT NULL DEFAULT nextval('public.animals_id_seq'::regclass), name text);
ALTER SEQUENCE public.animals_id_seq OWNED BY public.animals.id;
ALTER TABLE public.animals ADD CONSTRAINT animals_pkey PRIMARY KEY (id);
