-- an index created on a table in a non-public schema: the index lives in the table's schema and must be named with it when dropped
-- expect-hazards: index-dropped, index-build
-- @before
CREATE SCHEMA inventory;
CREATE TABLE inventory.parts (id int PRIMARY KEY, sku text NOT NULL, bin text);
CREATE INDEX parts_bin_idx ON inventory.parts (bin);
-- @after
CREATE SCHEMA inventory;
CREATE TABLE inventory.parts (id int PRIMARY KEY, sku text NOT NULL, bin text);
CREATE INDEX parts_sku_idx ON inventory.parts (sku);
