-- ALTER TABLE ... REPLICA IDENTITY on existing tables, and publications that stop publishing.

-- fire: FULL
ALTER TABLE orders REPLICA IDENTITY FULL;

-- fire: USING INDEX, schema-qualified
alter table app.users replica identity using index users_pkey;

-- fire: NOTHING
ALTER TABLE events REPLICA IDENTITY NOTHING;

-- fire: DEFAULT, IF EXISTS
ALTER TABLE IF EXISTS invoices REPLICA IDENTITY DEFAULT;

-- fire: inside a DO block
DO $$ BEGIN ALTER TABLE payments REPLICA IDENTITY FULL; END $$;

-- fire: dropping a publication
DROP PUBLICATION IF EXISTS analytics_feed;

-- fire: taking a table out of a publication
ALTER PUBLICATION analytics_feed DROP TABLE billing.invoices;

-- fire: replacing the published tables
alter publication "Warehouse Feed" set table orders, order_items;

-- fire: publishing inserts only from now on
ALTER PUBLICATION analytics_feed SET (publish = 'insert');

-- fire: replacing a schema-wide publication
ALTER PUBLICATION analytics_feed SET TABLES IN SCHEMA reporting;

-- ok: a table created in the same file
CREATE TABLE tmp_t (id bigint);
ALTER TABLE tmp_t REPLICA IDENTITY FULL;

-- ok: enabling row level security
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;

-- ok: adding a nullable column
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note text;

-- ok: a publication
CREATE PUBLICATION orders_pub FOR TABLE orders;

-- ok: table storage parameters
ALTER TABLE orders SET (fillfactor = 90);

-- ok: adding a table to a publication
ALTER PUBLICATION analytics_feed ADD TABLE shipments;

-- ok: a publication created in the same file
CREATE PUBLICATION audit_feed FOR TABLE audit_log;
ALTER PUBLICATION audit_feed SET (publish = 'insert, update');
ALTER PUBLICATION audit_feed DROP TABLE audit_log;
DROP PUBLICATION audit_feed;

-- ok: renaming a publication and giving it a new owner
ALTER PUBLICATION analytics_feed RENAME TO analytics_stream;
ALTER PUBLICATION analytics_stream OWNER TO replication_admin;
