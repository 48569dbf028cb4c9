-- a new view over an existing table with a join and a filter
-- @before
CREATE TABLE public.users (id int PRIMARY KEY, email text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE TABLE public.orders (id int PRIMARY KEY, user_id int NOT NULL REFERENCES public.users (id), total numeric NOT NULL);
-- @after
CREATE TABLE public.users (id int PRIMARY KEY, email text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE TABLE public.orders (id int PRIMARY KEY, user_id int NOT NULL REFERENCES public.users (id), total numeric NOT NULL);
CREATE VIEW public.active_user_orders AS
    SELECT u.email, o.id AS order_id, o.total FROM public.users u JOIN public.orders o ON o.user_id = u.id WHERE u.active;
