-- DROP DATABASE.

-- fire: plain
DROP DATABASE analytics;

-- fire: IF EXISTS, quoted
drop database if exists "Reporting";

-- fire: WITH (FORCE)
DROP DATABASE staging_copy WITH (FORCE);

-- fire: a file that also does other things
-- pgshift:no-transaction
SELECT 1;
DROP DATABASE IF EXISTS scratch;

-- fire: dropped after creating it elsewhere
-- pgshift:no-transaction
DROP DATABASE IF EXISTS tmp_db_1 WITH (FORCE);
SELECT 2;

-- ok: creating a database
-- pgshift:no-transaction
CREATE DATABASE analytics_copy TEMPLATE template0;

-- ok: dropping a schema created here
CREATE SCHEMA scratch;
DROP SCHEMA scratch;

-- ok: renaming a database
ALTER DATABASE analytics RENAME TO analytics_old;

-- ok: a comment on a database
COMMENT ON DATABASE analytics IS 'reporting copy';

-- ok: database settings
ALTER DATABASE analytics SET statement_timeout = '30s';
