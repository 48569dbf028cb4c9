-- a check the child declares as well as inherits (merged) is renamed on the parent, and the rename reaches the child: the child's copy must not be renamed before the parent's old one is gone nor after the parent's new one reached it (dropped and added, it merges again); a partition's merged check (PostgreSQL keeps it as the parent's copy only) is renamed with its parent's in place
-- @before
CREATE SCHEMA "Inh Rn";
CREATE TABLE "Inh Rn".parent (a int CONSTRAINT "pos""a" CHECK (a > 0), b int);
CREATE TABLE "Inh Rn"."Child" (a int CONSTRAINT "pos""a" CHECK (a > 0), d int) INHERITS ("Inh Rn".parent);
CREATE TABLE "Inh Rn".other_child (e int) INHERITS ("Inh Rn".parent);
CREATE TABLE "Inh Rn".parted (a int, b int, CONSTRAINT b_small CHECK (b < 100)) PARTITION BY RANGE (a);
CREATE TABLE "Inh Rn".part1 (a int, b int, CONSTRAINT b_small CHECK (b < 100));
ALTER TABLE "Inh Rn".parted ATTACH PARTITION "Inh Rn".part1 FOR VALUES FROM (0) TO (10);
-- @after
CREATE SCHEMA "Inh Rn";
CREATE TABLE "Inh Rn".parent (a int CONSTRAINT a_positive CHECK (a > 0), b int);
CREATE TABLE "Inh Rn"."Child" (a int CONSTRAINT a_positive CHECK (a > 0), d int) INHERITS ("Inh Rn".parent);
CREATE TABLE "Inh Rn".other_child (e int) INHERITS ("Inh Rn".parent);
CREATE TABLE "Inh Rn".parted (a int, b int, CONSTRAINT "B small" CHECK (b < 100)) PARTITION BY RANGE (a);
CREATE TABLE "Inh Rn".part1 (a int, b int, CONSTRAINT "B small" CHECK (b < 100));
ALTER TABLE "Inh Rn".parted ATTACH PARTITION "Inh Rn".part1 FOR VALUES FROM (0) TO (10);
