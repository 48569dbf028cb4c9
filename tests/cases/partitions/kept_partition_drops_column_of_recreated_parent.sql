-- a parent recreated for a new partition key keeps its partition, which loses a column the new parent lacks: the partition is detached before it drops that column (PostgreSQL refuses to drop an inherited column)
-- expect-hazards: deletes-data
-- @before
CREATE SCHEMA inventory;
CREATE TABLE inventory.stock (bin int NOT NULL, legacy_code text, qty int) PARTITION BY LIST (bin);
CREATE TABLE inventory.stock_low PARTITION OF inventory.stock FOR VALUES IN (1, 2);
-- @after
CREATE SCHEMA inventory;
CREATE TABLE inventory.stock (bin int NOT NULL, qty int, sku text) PARTITION BY RANGE (bin);
CREATE TABLE inventory.stock_low PARTITION OF inventory.stock FOR VALUES FROM (1) TO (3);
