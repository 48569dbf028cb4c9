-- a serial's sequence kept when its table goes: one used by another table's default, one given to another table's column; both released before the DROP TABLE
-- @before
CREATE TABLE public.old (id serial, code bigserial);
CREATE TABLE public.keep (id int, n bigint);
-- @after
CREATE SEQUENCE public.old_id_seq AS integer;
CREATE SEQUENCE public.old_code_seq;
CREATE TABLE public.keep (id int DEFAULT nextval('public.old_id_seq'), n bigint DEFAULT nextval('public.old_code_seq'));
ALTER SEQUENCE public.old_code_seq OWNED BY public.keep.n;
