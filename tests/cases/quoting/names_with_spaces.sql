-- schema, table, column and constraint names with spaces and leading/trailing space
-- @before
CREATE SCHEMA "my schema";
CREATE TABLE "my schema"."order items" (id int PRIMARY KEY, "unit price" numeric);
-- @after
CREATE SCHEMA "my schema";
CREATE TABLE "my schema"."order items" (id int PRIMARY KEY, "unit price" numeric, " padded " text,
    CONSTRAINT "unit price is positive" CHECK ("unit price" > 0));
