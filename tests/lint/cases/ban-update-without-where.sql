-- UPDATE without WHERE on an existing table.

-- fire: plain update
UPDATE users SET active = true;

-- fire: ONLY, quoted and schema-qualified
update only "Shop"."Products" set "Price" = "Price" * 1.1;

-- fire: UPDATE ... FROM without WHERE
UPDATE orders SET region = r.name FROM regions r;

-- fire: inside a CTE
WITH touched AS (UPDATE accounts SET synced = false RETURNING id) SELECT count(*) FROM touched;

-- fire: inside a DO block
DO $$ BEGIN UPDATE app.settings SET value = '{}'; END $$;

-- ok: with a WHERE
UPDATE users SET active = true WHERE active IS NULL;

-- ok: backfilling a table created in the same file
CREATE TABLE user_stats (user_id bigint, visits integer);
UPDATE user_stats SET visits = 0;

-- ok: UPDATE ... FROM with a join condition
UPDATE orders o SET region = r.name FROM regions r WHERE r.id = o.region_id;

-- ok: WHERE CURRENT OF is a WHERE
UPDATE jobs SET state = 'done' WHERE CURRENT OF job_cursor;

-- ok: a CTE with a WHERE
WITH touched AS (UPDATE accounts SET synced = false WHERE synced RETURNING id) SELECT count(*) FROM touched;
