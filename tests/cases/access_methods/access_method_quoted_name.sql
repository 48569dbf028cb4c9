-- an access method whose name needs quoting, used by a table in schema "Mixed Case": CREATE ACCESS METHOD "Heap Copy", CREATE TABLE ... USING "Heap Copy"
-- @before
CREATE SCHEMA "Mixed Case";
-- @after
CREATE SCHEMA "Mixed Case";
CREATE ACCESS METHOD "Heap Copy" TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE "Mixed Case"."with""quote" ("Id" int PRIMARY KEY, "Payload" text) USING "Heap Copy";
COMMENT ON ACCESS METHOD "Heap Copy" IS 'quoted';
