-- CHECK constraints of foreign tables (assumed, never checked against the remote rows): written in CREATE FOREIGN TABLE after the columns, a quoted name and NO INHERIT kept, one calling a function the plan creates comes after it, and a table whose checks change is made anew with the view over it
-- @before
CREATE FOREIGN DATA WRAPPER stock_wrapper;
CREATE SERVER stock_server FOREIGN DATA WRAPPER stock_wrapper;
CREATE FOREIGN TABLE public.remote_stock (sku text NOT NULL, qty int, CONSTRAINT qty_known CHECK (qty IS NOT NULL)) SERVER stock_server;
CREATE VIEW public.stock_skus AS SELECT sku FROM public.remote_stock;
-- @after
CREATE FOREIGN DATA WRAPPER stock_wrapper;
CREATE SERVER stock_server FOREIGN DATA WRAPPER stock_wrapper;
CREATE FUNCTION public.valid_sku(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s ~ '^[A-Z]+-[0-9]+$' $$;
CREATE FOREIGN TABLE public.remote_stock (sku text NOT NULL CONSTRAINT "SKU Shape" CHECK (public.valid_sku(sku)), qty int, CONSTRAINT qty_not_negative CHECK (qty >= 0) NO INHERIT) SERVER stock_server;
CREATE VIEW public.stock_skus AS SELECT sku FROM public.remote_stock;
CREATE FOREIGN TABLE public.remote_prices (sku text, price numeric CHECK (price > 0)) SERVER stock_server;
