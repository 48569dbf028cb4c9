-- ALTER SYSTEM.

-- fire: SET
-- pgshift:no-transaction
ALTER SYSTEM SET work_mem = '64MB';

-- fire: RESET one
-- pgshift:no-transaction
alter system reset work_mem;

-- fire: RESET ALL
-- pgshift:no-transaction
ALTER SYSTEM RESET ALL;

-- fire: a timezone
-- pgshift:no-transaction
ALTER SYSTEM SET timezone = 'UTC';

-- fire: TO DEFAULT
-- pgshift:no-transaction
ALTER SYSTEM SET statement_timeout TO DEFAULT;

-- ok: a database setting
ALTER DATABASE shop RENAME TO store;

-- ok: a session setting
SET statement_timeout = '5s';

-- ok: a transaction setting
SET LOCAL lock_timeout = '2s';

-- ok: reading a setting
SHOW work_mem;

-- ok: reloading is not a change
SELECT pg_reload_conf();
