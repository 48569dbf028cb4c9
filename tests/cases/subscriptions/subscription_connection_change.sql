-- the connection string of a subscription changes (new host): ALTER SUBSCRIPTION ... CONNECTION (validated, not connected)
-- @before
CREATE SUBSCRIPTION mirror_sub CONNECTION 'host=old-primary dbname=shop user=replicator' PUBLICATION p WITH (connect = false, slot_name = NONE);
-- @after
CREATE SUBSCRIPTION mirror_sub CONNECTION 'host=new-primary dbname=shop user=replicator' PUBLICATION p WITH (connect = false, slot_name = NONE);
