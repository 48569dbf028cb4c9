-- a subscription and publication names that need quoting ("Mixed Case", "with""quote") and a conninfo with quoted values (libpq quotes with '' and escapes with a backslash): names and the connection literal must be escaped correctly
-- @before
-- @after
CREATE SUBSCRIPTION "Mixed Case" CONNECTION 'host=localhost dbname=''no where'' application_name=''it\''s me''' PUBLICATION "with""quote", "Other Pub" WITH (connect = false, slot_name = NONE);
COMMENT ON SUBSCRIPTION "Mixed Case" IS 'quoted';
