-- ALTER TABLE ... REPLICA IDENTITY on existing tables.

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
