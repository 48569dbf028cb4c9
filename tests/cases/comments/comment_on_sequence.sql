-- a comment on a standalone sequence and one on a serial column's owned sequence
-- @before
CREATE SEQUENCE public.order_no_seq;
CREATE TABLE public.t (id serial PRIMARY KEY);
-- @after
CREATE SEQUENCE public.order_no_seq;
CREATE TABLE public.t (id serial PRIMARY KEY);
COMMENT ON SEQUENCE public.order_no_seq IS 'human-facing order numbers';
COMMENT ON SEQUENCE public.t_id_seq IS 'owned by t.id';
