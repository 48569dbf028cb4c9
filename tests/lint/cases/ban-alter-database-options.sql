-- ALTER DATABASE options and settings.

-- fire: a setting
ALTER DATABASE shop SET search_path TO app, public;

-- fire: a connection limit
alter database shop with connection limit 50;

-- fire: RESET
ALTER DATABASE shop RESET statement_timeout;

-- fire: allow connections
ALTER DATABASE shop ALLOW_CONNECTIONS false;

-- fire: RESET ALL
ALTER DATABASE shop RESET ALL;

-- ok: renaming
ALTER DATABASE shop RENAME TO store;

-- ok: owner
ALTER DATABASE store OWNER TO app_admin;

-- ok: a role setting is another rule
ALTER ROLE app RENAME TO app2;

-- ok: a session setting
SET search_path TO app, public;

-- ok: a comment
COMMENT ON DATABASE store IS 'orders and invoices';
