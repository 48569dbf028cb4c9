-- ALTER FUNCTION / PROCEDURE / ROUTINE options.

-- fire: SECURITY DEFINER
ALTER FUNCTION calc_total(integer) SECURITY DEFINER;

-- fire: a search_path setting on a procedure
alter procedure archive_orders() set search_path to private;

-- fire: RESET ALL on a routine
ALTER ROUTINE refresh_stats() RESET ALL;

-- fire: volatility and cost
ALTER FUNCTION app.slug(text) STABLE COST 10;

-- fire: inside a DO block
DO $$ BEGIN ALTER FUNCTION old_hash(text) PARALLEL SAFE; END $$;

-- ok: a function created in the same file
CREATE FUNCTION tmp_f() RETURNS int LANGUAGE sql AS 'select 1';
ALTER FUNCTION tmp_f() IMMUTABLE;

-- ok: renaming
ALTER FUNCTION calc_total(integer) RENAME TO compute_total;

-- ok: owner
ALTER PROCEDURE archive_orders() OWNER TO app;

-- ok: schema
ALTER ROUTINE refresh_stats() SET SCHEMA private;

-- ok: a procedure created in the same file
CREATE PROCEDURE app.tmp_p() LANGUAGE sql AS 'select 1';
ALTER PROCEDURE app.tmp_p() SECURITY DEFINER;
