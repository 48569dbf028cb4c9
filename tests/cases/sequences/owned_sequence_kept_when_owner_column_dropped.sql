-- a sequence the target keeps, owned by a column or table the plan drops, is released (OWNED BY NONE) before that drop, which would drop it too; then given its new owner
-- @before
CREATE TABLE public.t (id int, legacy_id int);
CREATE SEQUENCE public.legacy_seq OWNED BY public.t.legacy_id;
ALTER TABLE public.t ALTER COLUMN legacy_id SET DEFAULT nextval('public.legacy_seq');
-- @after
CREATE TABLE public.t (id int);
CREATE SEQUENCE public.legacy_seq;
