-- a comment is added to a subscription: COMMENT ON SUBSCRIPTION
-- @before
CREATE SUBSCRIPTION mirror_sub CONNECTION 'host=localhost dbname=nowhere' PUBLICATION p WITH (connect = false, slot_name = NONE);
-- @after
CREATE SUBSCRIPTION mirror_sub CONNECTION 'host=localhost dbname=nowhere' PUBLICATION p WITH (connect = false, slot_name = NONE);
COMMENT ON SUBSCRIPTION mirror_sub IS 'mirrors the shop primary';
