-- a partitioned table whose key changes and whose columns are all replaced is recreated: no column carries over, so no rows are copied (an empty INSERT column list is invalid), and the rows lost are declared
-- expect-hazards: deletes-data
-- @before
CREATE SCHEMA "Audit Trail";
CREATE TABLE "Audit Trail"."Readings" ("Sensor" integer NOT NULL, note text) PARTITION BY LIST ("Sensor");
-- @after
CREATE SCHEMA "Audit Trail";
CREATE TABLE "Audit Trail"."Readings" (taken_at date NOT NULL, reading numeric) PARTITION BY RANGE (taken_at, (reading * 2));
