-- xml2 (not relocatable: ALTER EXTENSION ... SET SCHEMA is refused) moves to its own schema: it is dropped and created in the new schema
-- expect-hazards: breaks-clients
-- @before
CREATE EXTENSION xml2;
-- @after
CREATE SCHEMA ext;
CREATE EXTENSION xml2 WITH SCHEMA ext;
