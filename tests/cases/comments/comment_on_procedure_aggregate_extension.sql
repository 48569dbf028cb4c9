-- comments on a procedure, an aggregate and an extension (COMMENT ON PROCEDURE / AGGREGATE need argument signatures)
-- @before
CREATE EXTENSION hstore;
CREATE PROCEDURE public.tick(n int) LANGUAGE sql AS $$ SELECT n $$;
CREATE AGGREGATE public.product_of(numeric) (SFUNC = numeric_mul, STYPE = numeric, INITCOND = '1');
-- @after
CREATE EXTENSION hstore;
CREATE PROCEDURE public.tick(n int) LANGUAGE sql AS $$ SELECT n $$;
CREATE AGGREGATE public.product_of(numeric) (SFUNC = numeric_mul, STYPE = numeric, INITCOND = '1');
COMMENT ON PROCEDURE public.tick(int) IS 'advances the clock';
COMMENT ON AGGREGATE public.product_of(numeric) IS 'multiplies all inputs';
COMMENT ON EXTENSION hstore IS 'key/value pairs (project note)';
