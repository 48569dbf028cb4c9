-- an existing column of a domain over a domain over integer (in another schema, its name quoted) gets a sequence of its own as default: the new sequence is moved past the values already there, as for a plain integer column
-- @before
CREATE SCHEMA ids;
CREATE DOMAIN ids.small_id AS integer CHECK (VALUE > 0);
CREATE DOMAIN ids."Order Id" AS ids.small_id;
CREATE TABLE public.orders (id ids."Order Id" PRIMARY KEY, note text);
INSERT INTO public.orders VALUES (3, 'a'), (17, 'b');
-- @after
CREATE SCHEMA ids;
CREATE DOMAIN ids.small_id AS integer CHECK (VALUE > 0);
CREATE DOMAIN ids."Order Id" AS ids.small_id;
CREATE TABLE public.orders (id ids."Order Id" PRIMARY KEY, note text);
CREATE SEQUENCE public.orders_id_seq AS integer OWNED BY public.orders.id;
ALTER TABLE public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq');
