-- a view over a foreign table is created while a foreign column changes type (int -> bigint): ALTER FOREIGN TABLE ... ALTER COLUMN TYPE first, then CREATE VIEW; rollback drops the view before reverting the type
-- @before
CREATE FOREIGN DATA WRAPPER dummy_fdw;
CREATE SERVER s FOREIGN DATA WRAPPER dummy_fdw;
CREATE FOREIGN TABLE public.remote_orders (id int NOT NULL, customer_id int, total numeric) SERVER s;
-- @after
CREATE FOREIGN DATA WRAPPER dummy_fdw;
CREATE SERVER s FOREIGN DATA WRAPPER dummy_fdw;
CREATE FOREIGN TABLE public.remote_orders (id bigint NOT NULL, customer_id int, total numeric) SERVER s;
CREATE VIEW public.big_remote_orders AS SELECT id, customer_id FROM public.remote_orders WHERE total > 1000;
