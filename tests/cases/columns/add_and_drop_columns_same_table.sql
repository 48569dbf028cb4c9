-- several columns added and removed in one table at once (a renamed one is drop+add) while another keeps its name but goes text to int
-- expect-hazards: deletes-data, table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.vehicles (id int PRIMARY KEY, make text, model text, year smallint, color text);
-- @after
CREATE TABLE public.vehicles (id int PRIMARY KEY, make text, model text, year_built smallint, color int, vin char(17));
