-- a partition that is itself partitioned changes its own partition key: it is detached and recreated under the same parent and bound, its leaf kept and attached again; its copies of the parent's key and index are renamed away first so the new partition's copies take their names
-- expect-hazards: acquires-access-exclusive-lock, full-table-scan
-- @before
CREATE SCHEMA "Ware House";
CREATE TABLE "Ware House".moves (site int NOT NULL, lane int NOT NULL, "Slot" int NOT NULL, PRIMARY KEY (site, lane, "Slot")) PARTITION BY LIST (site);
CREATE INDEX moves_slot ON "Ware House".moves ("Slot");
CREATE TABLE "Ware House"."moves North" PARTITION OF "Ware House".moves FOR VALUES IN (1, 2) PARTITION BY LIST (lane);
CREATE TABLE "Ware House".moves_north_a PARTITION OF "Ware House"."moves North" FOR VALUES IN (1);
CREATE TABLE "Ware House".moves_south PARTITION OF "Ware House".moves FOR VALUES IN (3);
-- @after
CREATE SCHEMA "Ware House";
CREATE TABLE "Ware House".moves (site int NOT NULL, lane int NOT NULL, "Slot" int NOT NULL, PRIMARY KEY (site, lane, "Slot")) PARTITION BY LIST (site);
CREATE INDEX moves_slot ON "Ware House".moves ("Slot");
CREATE TABLE "Ware House"."moves North" PARTITION OF "Ware House".moves FOR VALUES IN (1, 2) PARTITION BY RANGE ("Slot");
CREATE TABLE "Ware House".moves_north_a PARTITION OF "Ware House"."moves North" FOR VALUES FROM (0) TO (100);
CREATE TABLE "Ware House".moves_south PARTITION OF "Ware House".moves FOR VALUES IN (3);
