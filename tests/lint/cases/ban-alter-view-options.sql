-- ALTER VIEW SET / RESET options.

-- fire: security_barrier
ALTER VIEW active_users SET (security_barrier = true);

-- fire: RESET
alter view app.recent reset (security_invoker);

-- fire: check_option
ALTER VIEW editable_orders SET (check_option = local);

-- fire: IF EXISTS, quoted
ALTER VIEW IF EXISTS "UserSummary" SET (security_invoker = true);

-- fire: inside a DO block
DO $$ BEGIN ALTER VIEW legacy_orders SET (security_barrier = false); END $$;

-- ok: a view created in the same file
CREATE VIEW tmp_v AS SELECT 1 AS a;
ALTER VIEW tmp_v SET (security_invoker = true);

-- ok: owner
ALTER VIEW active_users OWNER TO app;

-- ok: a column default on a view
ALTER VIEW active_users ALTER COLUMN id SET DEFAULT 0;

-- ok: creating a view with options
CREATE VIEW new_v WITH (security_barrier = true) AS SELECT 1 AS a;

-- ok: a schema-qualified view created here
CREATE VIEW app.tmp_v2 AS SELECT 1 AS a;
ALTER VIEW app.tmp_v2 RESET (security_barrier);
