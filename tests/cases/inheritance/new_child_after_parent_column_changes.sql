-- a new child declares columns its parent gains or changes (type, collation) in the same plan, and a new partition of a parent whose column type changes: each is created once its parent's columns are as it expects (merging a column of another type or collation is refused)
-- @before
CREATE SCHEMA "Inh New";
CREATE TABLE "Inh New".parent (b int, c int);
CREATE TABLE "Inh New".parted (k int, v int) PARTITION BY LIST (k);
-- @after
CREATE SCHEMA "Inh New";
CREATE TABLE "Inh New".parent (a float8, b numeric(10,4), c text COLLATE "C");
CREATE TABLE "Inh New"."Child" (a double precision, b numeric(10,4), d int) INHERITS ("Inh New".parent);
CREATE TABLE "Inh New".parted (k int, v bigint) PARTITION BY LIST (k);
CREATE TABLE "Inh New".p1 PARTITION OF "Inh New".parted FOR VALUES IN (1);
