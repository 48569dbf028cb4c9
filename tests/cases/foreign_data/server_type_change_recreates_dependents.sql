-- a server's TYPE changes, which ALTER SERVER cannot do: drop the server's foreign table and user mapping, recreate the server, then recreate both (the foreign table keeps its definition)
-- @before
CREATE FOREIGN DATA WRAPPER dummy_fdw;
CREATE SERVER warehouse TYPE 'oracle' FOREIGN DATA WRAPPER dummy_fdw OPTIONS (dsn 'wh');
CREATE USER MAPPING FOR PUBLIC SERVER warehouse OPTIONS (user 'etl');
CREATE FOREIGN TABLE public.wh_sales (id int, amount numeric) SERVER warehouse OPTIONS (table_name 'SALES');
-- @after
CREATE FOREIGN DATA WRAPPER dummy_fdw;
CREATE SERVER warehouse TYPE 'postgres' FOREIGN DATA WRAPPER dummy_fdw OPTIONS (dsn 'wh');
CREATE USER MAPPING FOR PUBLIC SERVER warehouse OPTIONS (user 'etl');
CREATE FOREIGN TABLE public.wh_sales (id int, amount numeric) SERVER warehouse OPTIONS (table_name 'SALES');
