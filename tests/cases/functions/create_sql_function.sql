-- a new SQL function reading a table: with check_function_bodies on, the table must exist before the function
-- @before
CREATE TABLE public.products (id int PRIMARY KEY, price numeric NOT NULL);
-- @after
CREATE TABLE public.products (id int PRIMARY KEY, price numeric NOT NULL);
CREATE FUNCTION public.product_price(p_id int) RETURNS numeric LANGUAGE sql STABLE STRICT
    AS $$ SELECT price FROM public.products WHERE id = p_id $$;
