-- a disabled subscription that still names a replication slot is dropped: a plain DROP SUBSCRIPTION tries to connect to drop the slot and fails, so ALTER SUBSCRIPTION ... SET (slot_name = NONE) first (the remote slot, if any, is left behind)
-- @before
CREATE SUBSCRIPTION orders_sub CONNECTION 'host=localhost dbname=nowhere user=x' PUBLICATION orders_pub WITH (connect = false, slot_name = 'orders_slot');
-- @after
