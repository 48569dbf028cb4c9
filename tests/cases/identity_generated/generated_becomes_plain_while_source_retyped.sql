-- a stored generated column becomes a plain column while the column its expression reads changes type (bigint to int): DROP EXPRESSION comes first, PostgreSQL refuses to retype a column a generated column reads; back, the generated column is added again after the type change
-- @before
CREATE TABLE public.parcels (id int PRIMARY KEY, grams bigint NOT NULL, kilos int GENERATED ALWAYS AS (grams / 1000) STORED);
-- @after
CREATE TABLE public.parcels (id int PRIMARY KEY, grams int NOT NULL, kilos int);
