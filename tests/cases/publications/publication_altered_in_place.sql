-- publications subscribers use change their options, a table's column list and row filter, the tables and schemas they list and a comment: ALTER PUBLICATION in place (a recreated publication breaks its subscribers), never DROP and CREATE
-- expect-hazards: breaks-clients
-- @before
CREATE SCHEMA "Sales Data";
CREATE SCHEMA archive;
CREATE TABLE "Sales Data"."Orders" (id int PRIMARY KEY, "Total" numeric, note text);
CREATE TABLE public.customers (id int PRIMARY KEY, name text);
CREATE TABLE archive.old_orders (id int PRIMARY KEY);
CREATE PUBLICATION "Sales Feed" FOR TABLE "Sales Data"."Orders" (id, "Total"), TABLE public.customers WITH (publish = 'insert, update');
COMMENT ON PUBLICATION "Sales Feed" IS 'to the warehouse';
CREATE PUBLICATION by_schema FOR TABLES IN SCHEMA archive;
-- @after
CREATE SCHEMA "Sales Data";
CREATE SCHEMA archive;
CREATE TABLE "Sales Data"."Orders" (id int PRIMARY KEY, "Total" numeric, note text);
CREATE TABLE public.customers (id int PRIMARY KEY, name text);
CREATE TABLE archive.old_orders (id int PRIMARY KEY);
CREATE TABLE public.refunds (id int PRIMARY KEY, order_id int);
CREATE PUBLICATION "Sales Feed" FOR TABLE "Sales Data"."Orders" (id, "Total", note) WHERE (id > 0), TABLE public.refunds WITH (publish = 'insert, update, delete', publish_via_partition_root = true);
COMMENT ON PUBLICATION "Sales Feed" IS 'to the warehouse, it''s wider';
CREATE PUBLICATION by_schema FOR TABLES IN SCHEMA "Sales Data", TABLE public.customers;
