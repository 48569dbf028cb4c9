-- reserved words as names: table "user", columns "order", "select", "from", "group", an index "table", a function "grant"
-- @before
CREATE TABLE public."user" (id int PRIMARY KEY, "order" int);
-- @after
CREATE TABLE public."user" (id int PRIMARY KEY, "order" int NOT NULL DEFAULT 0, "select" text, "from" date, "group" text);
CREATE INDEX "table" ON public."user" ("order", "group");
CREATE FUNCTION public."grant"("limit" int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT "limit" $$;
