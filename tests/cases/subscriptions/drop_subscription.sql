-- a subscription without a slot is dropped: DROP SUBSCRIPTION works without reaching the publisher because slot_name is NONE
-- @before
CREATE SUBSCRIPTION mirror_sub CONNECTION 'host=localhost dbname=nowhere user=x' PUBLICATION p WITH (connect = false, slot_name = NONE);
-- @after
