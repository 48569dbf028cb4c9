-- a foreign table gains a column with an option, an existing column changes its option, and a table option changes: ALTER FOREIGN TABLE ... ADD COLUMN, ALTER COLUMN ... OPTIONS (SET ...), OPTIONS (SET table_name ...)
-- @before
CREATE SCHEMA app;
CREATE FOREIGN DATA WRAPPER dummy_fdw;
CREATE SERVER s FOREIGN DATA WRAPPER dummy_fdw;
CREATE FOREIGN TABLE app.ft (id int NOT NULL, name text OPTIONS (column_name 'nm')) SERVER s OPTIONS (table_name 'remote');
-- @after
CREATE SCHEMA app;
CREATE FOREIGN DATA WRAPPER dummy_fdw;
CREATE SERVER s FOREIGN DATA WRAPPER dummy_fdw;
CREATE FOREIGN TABLE app.ft (id int NOT NULL, name text OPTIONS (column_name 'full_name'), email text OPTIONS (column_name 'mail')) SERVER s OPTIONS (table_name 'remote_v2');
