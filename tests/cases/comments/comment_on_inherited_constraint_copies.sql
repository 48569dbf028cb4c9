-- comments on the copies a partition or inheritance child has of its parent's constraints are the copy's own: set, changed and removed on existing tables, set on a new partition's copy, and set again on a copy its parent's changed check makes anew
-- @before
CREATE SCHEMA "Cm Inh";
CREATE TABLE "Cm Inh".parted (id int, "Name" text, UNIQUE (id, "Name")) PARTITION BY HASH (id);
CREATE TABLE "Cm Inh".parted_0 PARTITION OF "Cm Inh".parted FOR VALUES WITH (modulus 2, remainder 0);
COMMENT ON CONSTRAINT "parted_0_id_Name_key" ON "Cm Inh".parted_0 IS 'old copy comment';
CREATE TABLE "Cm Inh".base (a int CONSTRAINT "a pos" CHECK (a > 0), b int CONSTRAINT b_pos CHECK (b > 0));
CREATE TABLE "Cm Inh"."Kid" (c int) INHERITS ("Cm Inh".base);
COMMENT ON CONSTRAINT b_pos ON "Cm Inh"."Kid" IS 'kid''s b';
-- @after
CREATE SCHEMA "Cm Inh";
CREATE TABLE "Cm Inh".parted (id int, "Name" text, UNIQUE (id, "Name")) PARTITION BY HASH (id);
CREATE TABLE "Cm Inh".parted_0 PARTITION OF "Cm Inh".parted FOR VALUES WITH (modulus 2, remainder 0);
CREATE TABLE "Cm Inh".parted_1 PARTITION OF "Cm Inh".parted FOR VALUES WITH (modulus 2, remainder 1);
COMMENT ON CONSTRAINT "parted_0_id_Name_key" ON "Cm Inh".parted_0 IS 'child 0 constraint';
COMMENT ON CONSTRAINT "parted_1_id_Name_key" ON "Cm Inh".parted_1 IS 'child 1 constraint';
CREATE TABLE "Cm Inh".base (a int CONSTRAINT "a pos" CHECK (a > 0), b int CONSTRAINT b_pos CHECK (b > 1));
CREATE TABLE "Cm Inh"."Kid" (c int) INHERITS ("Cm Inh".base);
COMMENT ON CONSTRAINT "a pos" ON "Cm Inh"."Kid" IS 'kid''s a';
COMMENT ON CONSTRAINT b_pos ON "Cm Inh"."Kid" IS 'kid''s b';
