-- a generated column becomes an ordinary column keeping its values: ALTER COLUMN DROP EXPRESSION, not drop/add
-- @before
CREATE TABLE public.rectangles (id int PRIMARY KEY, w int NOT NULL, h int NOT NULL, area int GENERATED ALWAYS AS (w * h) STORED);
-- @after
CREATE TABLE public.rectangles (id int PRIMARY KEY, w int NOT NULL, h int NOT NULL, area int);
