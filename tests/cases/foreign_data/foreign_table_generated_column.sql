-- a foreign table with a stored generated column: written GENERATED ALWAYS AS ... STORED (it was read as a plain default, which PostgreSQL rejects since the expression names another column), and recreated when only the expression changes
-- @before
CREATE FOREIGN DATA WRAPPER pricing_wrapper;
CREATE SERVER pricing_server FOREIGN DATA WRAPPER pricing_wrapper;
CREATE FOREIGN TABLE public.remote_prices (net numeric, gross numeric GENERATED ALWAYS AS (net * 1.2) STORED) SERVER pricing_server;
-- @after
CREATE FOREIGN DATA WRAPPER pricing_wrapper;
CREATE SERVER pricing_server FOREIGN DATA WRAPPER pricing_wrapper;
CREATE FOREIGN TABLE public.remote_prices (net numeric, gross numeric GENERATED ALWAYS AS (net * 1.25) STORED) SERVER pricing_server;
CREATE FOREIGN TABLE public.remote_totals (qty int, price numeric, total numeric GENERATED ALWAYS AS (qty * price) STORED) SERVER pricing_server;
