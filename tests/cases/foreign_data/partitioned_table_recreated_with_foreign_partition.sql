-- a partitioned table whose partition key changes is recreated with its rows while one of its partitions is a foreign table: the row checks of validation read only the local partitions (the remote ones have no local rows and their wrapper may have no handler)
-- @before
CREATE FOREIGN DATA WRAPPER stub_fdw;
CREATE SERVER stub_server FOREIGN DATA WRAPPER stub_fdw;
CREATE SCHEMA sales;
CREATE TABLE sales.orders (id int NOT NULL, region text, amount numeric DEFAULT 0) PARTITION BY RANGE (id);
CREATE INDEX orders_region ON sales.orders (region);
CREATE TABLE sales.orders_local PARTITION OF sales.orders FOR VALUES FROM (0) TO (1000);
CREATE FOREIGN TABLE sales.orders_archive PARTITION OF sales.orders FOR VALUES FROM (1000) TO (2000) SERVER stub_server OPTIONS (table_name 'orders');
CREATE VIEW sales.archived AS SELECT id, region FROM sales.orders_archive;
-- @after
CREATE FOREIGN DATA WRAPPER stub_fdw;
CREATE SERVER stub_server FOREIGN DATA WRAPPER stub_fdw;
CREATE SCHEMA sales;
CREATE TABLE sales.orders (id int NOT NULL, region text, amount numeric DEFAULT 0) PARTITION BY LIST (region);
CREATE INDEX orders_region ON sales.orders (region);
CREATE TABLE sales.orders_local PARTITION OF sales.orders FOR VALUES IN ('north');
CREATE FOREIGN TABLE sales.orders_archive PARTITION OF sales.orders FOR VALUES IN ('south') SERVER stub_server OPTIONS (table_name 'orders');
CREATE VIEW sales.archived AS SELECT id, region FROM sales.orders_archive;
