-- ALTER ROLE / USER options and settings.

-- fire: NOLOGIN
ALTER ROLE reporting NOLOGIN;

-- fire: a setting in one database
alter user app in database shop set search_path to private;

-- fire: RESET ALL
ALTER USER app RESET ALL;

-- fire: a connection limit
ALTER ROLE app_writer CONNECTION LIMIT 10;

-- fire: inside a DO block
DO $$ BEGIN ALTER ROLE app SET statement_timeout = '5s'; END $$;

-- ok: renaming
ALTER ROLE reporting RENAME TO analytics;

-- ok: granting a role
GRANT reporting TO alice;

-- ok: creating a role
CREATE ROLE auditor NOLOGIN;

-- ok: a database setting is another rule
ALTER DATABASE shop RENAME TO store;

-- ok: table privileges
GRANT SELECT ON orders TO auditor;
