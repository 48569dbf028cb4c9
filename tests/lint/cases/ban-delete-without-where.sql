-- DELETE without WHERE on an existing table.

-- fire: plain delete
DELETE FROM sessions;

-- fire: ONLY, quoted and schema-qualified
delete from only "Audit"."Events";

-- fire: USING without WHERE
DELETE FROM carts USING users;

-- fire: inside a CTE
WITH purged AS (DELETE FROM tokens RETURNING id) SELECT count(*) FROM purged;

-- fire: inside a DO block
DO $$ BEGIN DELETE FROM app.notifications; END $$;

-- ok: with a WHERE clause
DELETE FROM sessions WHERE expires_at < now() - interval '30 days';

-- ok: USING with a join condition
DELETE FROM carts c USING users u WHERE c.user_id = u.id AND u.deleted_at IS NOT NULL;

-- ok: a table created in the same file
CREATE TABLE staging_import (line text);
INSERT INTO staging_import VALUES ('a');
DELETE FROM staging_import;

-- ok: a CTE with a WHERE
WITH old AS (DELETE FROM tokens WHERE revoked RETURNING id) SELECT count(*) FROM old;

-- ok: WHERE on a subquery
DELETE FROM orders WHERE id IN (SELECT order_id FROM refunds WHERE created_at < '2020-01-01');
