-- ALTER TYPE ... ADD VALUE sharing a transaction with other statements.

-- fire: the new value is used by an UPDATE of the same file
ALTER TYPE order_status ADD VALUE 'refunded';
UPDATE orders SET status = 'refunded' WHERE refunded_at IS NOT NULL;

-- fire: a default using the new value in the same file
alter type public.plan add value if not exists 'enterprise' after 'pro';
alter table accounts alter column plan set default 'enterprise';

-- fire: inside an explicit transaction block with another change
-- pgshift:no-transaction
BEGIN;
ALTER TYPE "Mood" ADD VALUE 'Curious';
ALTER TABLE people ADD COLUMN mood_note text;
COMMIT;

-- fire: inside a DO block with other statements
DO $$
BEGIN
  ALTER TYPE app.role ADD VALUE 'auditor';
  INSERT INTO app.role_names (role, label) VALUES ('auditor', 'Auditor');
END
$$;

-- fire: two values added in one transactional file
alter type color add value 'teal' before 'blue';
alter type color add value 'navy' after 'blue';

-- ok: the value is added in a file of its own
SET lock_timeout = '2s';
SET statement_timeout = '10s';
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded' AFTER 'paid';

-- ok: a no-transaction file runs each statement on its own
-- pgshift:no-transaction
ALTER TYPE order_status ADD VALUE 'refunded' BEFORE 'closed';
UPDATE orders SET status = 'refunded' WHERE refunded_at IS NOT NULL AND status = 'closed';

-- ok: renaming a value is not adding one
alter type order_status rename value 'canceled' to 'cancelled';
alter table orders add column cancelled_by bigint;

-- ok: creating an enum with all its values
CREATE TYPE shipment_state AS ENUM ('pending', 'shipped', 'delivered');
CREATE TABLE shipments (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, state shipment_state NOT NULL DEFAULT 'pending');

-- ok: the value is committed before the block that uses it
-- pgshift:no-transaction
ALTER TYPE ticket_state ADD VALUE 'escalated' AFTER 'open';
BEGIN;
UPDATE tickets SET state = 'escalated' WHERE priority = 'urgent' AND state = 'open';
COMMIT;
