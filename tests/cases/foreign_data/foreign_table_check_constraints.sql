-- CHECK constraints of foreign tables (the planner trusts them, PostgreSQL never checks the remote rows): one added to a new table after it, one NOT VALID, one NO INHERIT, one whose expression changes, one renamed in effect (dropped and another added), comments on them: ALTER FOREIGN TABLE ... ADD / DROP CONSTRAINT, COMMENT ON CONSTRAINT
-- expect-hazards: correctness
-- @before
CREATE SCHEMA remote_sales;
CREATE FOREIGN DATA WRAPPER sales_wrapper;
CREATE SERVER sales_archive FOREIGN DATA WRAPPER sales_wrapper;
CREATE FOREIGN TABLE remote_sales.orders (order_id bigint, region text, amount numeric(12,2)) SERVER sales_archive;
ALTER FOREIGN TABLE remote_sales.orders ADD CONSTRAINT amount_positive CHECK (amount > 0);
ALTER FOREIGN TABLE remote_sales.orders ADD CONSTRAINT region_known CHECK (region IN ('north', 'south'));
ALTER FOREIGN TABLE remote_sales.orders ADD CONSTRAINT order_id_set CHECK (order_id IS NOT NULL) NO INHERIT;
COMMENT ON CONSTRAINT region_known ON remote_sales.orders IS 'two regions';
-- @after
CREATE SCHEMA remote_sales;
CREATE FOREIGN DATA WRAPPER sales_wrapper;
CREATE SERVER sales_archive FOREIGN DATA WRAPPER sales_wrapper;
CREATE FOREIGN TABLE remote_sales.orders (order_id bigint, region text, amount numeric(12,2)) SERVER sales_archive;
ALTER FOREIGN TABLE remote_sales.orders ADD CONSTRAINT amount_positive CHECK (amount >= 0.01);
ALTER FOREIGN TABLE remote_sales.orders ADD CONSTRAINT region_known CHECK (region IN ('north', 'south', 'east'));
ALTER FOREIGN TABLE remote_sales.orders ADD CONSTRAINT order_id_valid CHECK (order_id > 0) NO INHERIT NOT VALID;
COMMENT ON CONSTRAINT region_known ON remote_sales.orders IS 'three regions';
COMMENT ON CONSTRAINT order_id_valid ON remote_sales.orders IS 'ids start at 1';
CREATE FOREIGN TABLE remote_sales.refunds (order_id bigint, amount numeric(12,2)) SERVER sales_archive;
ALTER FOREIGN TABLE remote_sales.refunds ADD CONSTRAINT "Refund amount" CHECK (amount < 0) NOT VALID;
COMMENT ON CONSTRAINT "Refund amount" ON remote_sales.refunds IS 'refunds are negative';
