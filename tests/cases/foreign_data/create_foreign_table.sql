-- a foreign table in a custom schema with NOT NULL, a column option (column_name 'nm'), a default and table options: CREATE FOREIGN TABLE ... SERVER ... OPTIONS after the server
-- @before
CREATE SCHEMA app;
CREATE FOREIGN DATA WRAPPER dummy_fdw;
CREATE SERVER s FOREIGN DATA WRAPPER dummy_fdw;
-- @after
CREATE SCHEMA app;
CREATE FOREIGN DATA WRAPPER dummy_fdw;
CREATE SERVER s FOREIGN DATA WRAPPER dummy_fdw;
CREATE FOREIGN TABLE app.ft (
    id int NOT NULL,
    name text OPTIONS (column_name 'nm'),
    fetched_at timestamptz DEFAULT now()
) SERVER s OPTIONS (schema_name 'remote_schema', table_name 'remote');
