-- the function a CHECK calls changes only its body: CREATE OR REPLACE works in place, existing rows are NOT re-checked
-- @before
CREATE FUNCTION public.valid_sku(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(s) = 8 $$;
CREATE TABLE public.items (id int PRIMARY KEY, sku text NOT NULL CONSTRAINT items_sku_check CHECK (public.valid_sku(sku)));
-- @after
CREATE FUNCTION public.valid_sku(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s ~ '^[A-Z]{3}-[0-9]{4}$' $$;
CREATE TABLE public.items (id int PRIMARY KEY, sku text NOT NULL CONSTRAINT items_sku_check CHECK (public.valid_sku(sku)));
