-- Schema changes without both lock_timeout and statement_timeout set.

-- fire: neither set
ALTER TABLE t ADD COLUMN c boolean;

-- fire: only statement_timeout set
SET statement_timeout = '5s';
ALTER TABLE t ADD COLUMN c boolean;

-- fire: only lock_timeout set
SET lock_timeout = '1s';
ALTER TABLE t ADD COLUMN c boolean;

-- fire: settings in another namespace do not count
SET foo.lock_timeout = '1s';
SET foo.statement_timeout = '5s';
ALTER TABLE t ADD COLUMN c boolean;

-- fire: set after the change
ALTER TABLE t ADD COLUMN c boolean;
SET lock_timeout = '1s';
SET statement_timeout = '5s';

-- fire: REINDEX with CONCURRENTLY turned off
REINDEX (CONCURRENTLY false) INDEX idx;

-- fire: VACUUM with FULL turned off still takes a lock
VACUUM (FULL false) t;

-- ok: both set
SET lock_timeout = '1s';
SET statement_timeout = '5s';
ALTER TABLE t ADD COLUMN c boolean;

-- ok: mixed case
SET Lock_Timeout = '1s';
SET Statement_Timeout = '5s';
CREATE TYPE mood AS ENUM ('sad', 'ok');

-- ok: queries only
SELECT * FROM t;

-- ok: both set with SET LOCAL in a block
BEGIN;
SET LOCAL lock_timeout = '1s';
SET LOCAL statement_timeout = '5s';
COMMENT ON TABLE t IS 'x';
COMMIT;

-- ok: a function created after both settings
SET lock_timeout = '1s';
SET statement_timeout = '5s';
CREATE FUNCTION add(integer, integer) RETURNS integer AS 'select $1 + $2;' LANGUAGE SQL;
