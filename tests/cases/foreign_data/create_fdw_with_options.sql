-- two new foreign-data wrappers without handlers: one with wrapper options (debug 'true'), one with the core postgresql_fdw_validator that validates libpq options of its servers and user mappings
-- @before
-- @after
CREATE FOREIGN DATA WRAPPER dummy_fdw OPTIONS (debug 'true', mode 'strict');
CREATE FOREIGN DATA WRAPPER libpq_fdw VALIDATOR postgresql_fdw_validator;
