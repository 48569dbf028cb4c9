-- a column default calls a new function in a new schema that itself reads a new sequence: schema, sequence, function, default
-- @before
CREATE TABLE public.orders (id int PRIMARY KEY, ref text);
-- @after
CREATE SCHEMA gen;
CREATE SEQUENCE gen.order_ref_seq;
CREATE FUNCTION gen.next_order_ref() RETURNS text LANGUAGE sql VOLATILE
    AS $$ SELECT 'ORD-' || lpad(nextval('gen.order_ref_seq')::text, 8, '0') $$;
CREATE TABLE public.orders (id int PRIMARY KEY, ref text DEFAULT gen.next_order_ref());
