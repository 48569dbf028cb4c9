-- DROP FUNCTION / PROCEDURE / ROUTINE of existing routines.

-- fire: with arguments
DROP FUNCTION calc_total(integer);

-- fire: IF EXISTS, CASCADE, schema-qualified
drop function if exists app.cleanup() cascade;

-- fire: procedure
DROP PROCEDURE archive_orders(int);

-- fire: routine, several
DROP ROUTINE refresh_stats, app.rebuild_cache;

-- fire: inside a DO block
DO $$ BEGIN DROP FUNCTION IF EXISTS old_hash(text); END $$;

-- ok: a function created in the same file
CREATE FUNCTION tmp_f() RETURNS int LANGUAGE sql AS 'select 1';
DROP FUNCTION tmp_f();

-- ok: a procedure created in the same file
CREATE PROCEDURE app.tmp_p() LANGUAGE sql AS 'select 1';
DROP PROCEDURE app.tmp_p;

-- ok: creating a function
CREATE FUNCTION add_one(i int) RETURNS int LANGUAGE sql AS 'select i + 1';

-- ok: replacing a function
CREATE OR REPLACE FUNCTION add_one(i int) RETURNS int LANGUAGE sql AS 'select i + 1';

-- ok: dropping a view is another rule
DROP VIEW IF EXISTS unused_view;

-- fire: an aggregate
DROP AGGREGATE IF EXISTS app.median(numeric);

-- ok: dropping an index is another rule's
DROP INDEX CONCURRENTLY IF EXISTS orders_created_idx;
