-- the publication list of a disabled subscription changes: ALTER SUBSCRIPTION ... SET PUBLICATION p1, p2 WITH (refresh = false) (refresh is refused for disabled subscriptions)
-- @before
CREATE SUBSCRIPTION mirror_sub CONNECTION 'host=localhost dbname=nowhere user=x' PUBLICATION p WITH (connect = false, slot_name = NONE);
-- @after
CREATE SUBSCRIPTION mirror_sub CONNECTION 'host=localhost dbname=nowhere user=x' PUBLICATION p1, p2 WITH (connect = false, slot_name = NONE);
