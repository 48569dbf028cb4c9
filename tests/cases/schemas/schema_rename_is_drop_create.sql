-- renaming a schema is not detectable from two catalogs: the old schema and its table are dropped and a new one created
-- expect-hazards: deletes-data
-- @before
CREATE SCHEMA staging_area;
CREATE TABLE staging_area.imports (id bigint PRIMARY KEY, payload jsonb);
-- @after
CREATE SCHEMA ingest;
CREATE TABLE ingest.imports (id bigint PRIMARY KEY, payload jsonb);
