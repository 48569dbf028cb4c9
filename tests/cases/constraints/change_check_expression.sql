-- a CHECK keeps its name but its expression changes: drop then add under the same name, in that order
-- expect-hazards: full-table-scan
-- @before
CREATE TABLE public.ratings (id int PRIMARY KEY, stars int NOT NULL, CONSTRAINT ratings_stars_check CHECK (stars BETWEEN 1 AND 5));
-- @after
CREATE TABLE public.ratings (id int PRIMARY KEY, stars int NOT NULL, CONSTRAINT ratings_stars_check CHECK (stars BETWEEN 0 AND 10));
