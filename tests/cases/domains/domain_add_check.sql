-- a CHECK constraint added to an existing domain in use: ALTER DOMAIN ADD CONSTRAINT scans every column of that domain (NOT VALID avoids it)
-- expect-hazards: full-table-scan
-- @before
CREATE DOMAIN public.percentage AS numeric(5,2);
CREATE TABLE public.discounts (id int PRIMARY KEY, pct public.percentage);
-- @after
CREATE DOMAIN public.percentage AS numeric(5,2) CONSTRAINT percentage_range CHECK (VALUE >= 0 AND VALUE <= 100);
CREATE TABLE public.discounts (id int PRIMARY KEY, pct public.percentage);
