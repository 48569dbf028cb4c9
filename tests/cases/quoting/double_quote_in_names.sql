-- table, column and index names containing a double quote: every rendered identifier must double the embedded quote
-- @before
CREATE TABLE public."the ""best"" table" (id int PRIMARY KEY, "say ""hi""" text);
-- @after
CREATE TABLE public."the ""best"" table" (id int PRIMARY KEY, "say ""hi""" text, "col""umn" int NOT NULL DEFAULT 0);
CREATE INDEX "idx ""quoted""" ON public."the ""best"" table" ("say ""hi""");
