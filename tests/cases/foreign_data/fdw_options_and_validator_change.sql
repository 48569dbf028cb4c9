-- a wrapper's options change (SET one, ADD one, DROP one) and it loses its validator: ALTER FOREIGN DATA WRAPPER ... OPTIONS (SET/ADD/DROP ...) and NO VALIDATOR in place
-- @before
CREATE FOREIGN DATA WRAPPER dummy_fdw VALIDATOR postgresql_fdw_validator;
CREATE FOREIGN DATA WRAPPER opts_fdw OPTIONS (debug 'true', mode 'strict');
-- @after
CREATE FOREIGN DATA WRAPPER dummy_fdw;
CREATE FOREIGN DATA WRAPPER opts_fdw OPTIONS (debug 'false', verbose 'yes');
