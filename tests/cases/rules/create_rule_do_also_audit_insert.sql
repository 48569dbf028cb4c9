-- a new DO ALSO rule copies every insert into an audit table: CREATE RULE after both tables exist, DROP RULE on rollback
-- @before
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric NOT NULL);
CREATE TABLE public.orders_audit (order_id int NOT NULL, action text NOT NULL, at timestamptz NOT NULL DEFAULT now());
-- @after
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric NOT NULL);
CREATE TABLE public.orders_audit (order_id int NOT NULL, action text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE RULE orders_audit_insert AS ON INSERT TO public.orders
    DO ALSO INSERT INTO public.orders_audit (order_id, action) VALUES (NEW.id, 'insert');
