-- a new subscription created without contacting the publisher (connect = false: disabled, no slot created, slot_name defaults to the subscription name); the rollback cannot simply DROP SUBSCRIPTION (it would connect to drop the slot): DISABLE, SET (slot_name = NONE), then DROP
-- @before
-- @after
CREATE SUBSCRIPTION orders_sub CONNECTION 'host=localhost dbname=nowhere user=x' PUBLICATION orders_pub WITH (connect = false);
