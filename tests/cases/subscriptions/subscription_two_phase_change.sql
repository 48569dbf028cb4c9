-- two_phase is switched on, which PostgreSQL 15 can only set at CREATE SUBSCRIPTION: drop (slot detached first) and recreate the subscription
-- @before
CREATE SUBSCRIPTION orders_sub CONNECTION 'host=localhost dbname=nowhere' PUBLICATION orders_pub WITH (connect = false, slot_name = NONE);
-- @after
CREATE SUBSCRIPTION orders_sub CONNECTION 'host=localhost dbname=nowhere' PUBLICATION orders_pub WITH (connect = false, slot_name = NONE, two_phase = true);
