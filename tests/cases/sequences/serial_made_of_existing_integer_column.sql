-- existing integer columns that hold values get sequences of their own as defaults (a serial made by hand, one counting down): each new sequence is moved past the values already there, so the next insert does not collide with them; a text column's new sequence is left at its start
-- @before
CREATE TABLE public.tickets (id integer PRIMARY KEY, title text);
INSERT INTO public.tickets VALUES (1, 'a'), (2, 'b'), (40, 'c');
CREATE TABLE public.refunds (id bigint PRIMARY KEY, note text);
INSERT INTO public.refunds VALUES (-1, 'x'), (-5, 'y');
CREATE TABLE public.codes (code text PRIMARY KEY);
-- @after
CREATE TABLE public.tickets (id integer PRIMARY KEY, title text);
CREATE SEQUENCE public.tickets_id_seq AS integer OWNED BY public.tickets.id;
ALTER TABLE public.tickets ALTER COLUMN id SET DEFAULT nextval('public.tickets_id_seq');
CREATE TABLE public.refunds (id bigint PRIMARY KEY, note text);
CREATE SEQUENCE public.refunds_id_seq INCREMENT BY -1 START WITH -1 MAXVALUE -1 OWNED BY public.refunds.id;
ALTER TABLE public.refunds ALTER COLUMN id SET DEFAULT nextval('public.refunds_id_seq');
CREATE TABLE public.codes (code text PRIMARY KEY);
CREATE SEQUENCE public.codes_seq OWNED BY public.codes.code;
ALTER TABLE public.codes ALTER COLUMN code SET DEFAULT 'c' || nextval('public.codes_seq');
