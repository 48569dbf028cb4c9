-- A column named twice where PostgreSQL requires unique names.

-- fire: UPDATE assigning the same column twice
UPDATE accounts SET balance = 0, status = 'closed', balance = NULL WHERE closed_at IS NOT NULL;

-- fire: a multi-column assignment overlapping a single one
update accounts set (status, closed_at) = ('closed', now()), status = 'archived' where id = 1;

-- fire: INSERT column list
INSERT INTO audit_log (actor, action, actor) VALUES ('a', 'login', 'b');

-- fire: ON CONFLICT DO UPDATE, names folded the same way
INSERT INTO counters (name, hits) VALUES ('home', 1)
ON CONFLICT (name) DO UPDATE SET hits = counters.hits + 1, HITS = 0;

-- fire: CREATE TABLE with a repeated column
CREATE TABLE people (id bigint, name text, Name text);

-- fire: a view whose derived column names repeat
CREATE VIEW order_summary AS SELECT o.id, c.id FROM orders o JOIN customers c ON c.id = o.customer_id;

-- fire: a whole assignment next to a field of the same column
UPDATE places SET location = ROW(0, 0), location.x = 1 WHERE id = 7;

-- fire: MERGE update action
MERGE INTO stock s USING deliveries d ON s.item_id = d.item_id
WHEN MATCHED THEN UPDATE SET qty = s.qty + d.qty, qty = 0;

-- ok: distinct columns
UPDATE accounts SET balance = 0, status = 'closed' WHERE closed_at IS NOT NULL;

-- ok: different fields and elements of one column
UPDATE places SET location.x = 1, location.y = 2, tags[1] = 'a', tags[2] = 'b' WHERE id = 7;

-- ok: quoted names differ from folded ones
INSERT INTO weird ("Name", name) VALUES ('A', 'a');

-- ok: a view with renamed columns
CREATE VIEW order_summary (order_id, customer_id) AS SELECT o.id, c.id FROM orders o JOIN customers c ON c.id = o.customer_id;

-- ok: CREATE TABLE AS with aliases
CREATE TABLE totals AS SELECT customer_id, sum(amount) AS total, count(*) AS n FROM orders GROUP BY customer_id;
