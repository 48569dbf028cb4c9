-- a column used by extended statistics is dropped: dropping the column drops the statistics object too; the rollback must re-add the column and then recreate the statistics
-- @before
CREATE TABLE public.customers (id int PRIMARY KEY, country text NOT NULL, legacy_region text);
CREATE STATISTICS public.customers_country_region (dependencies) ON country, legacy_region FROM public.customers;
COMMENT ON STATISTICS public.customers_country_region IS 'region follows country';
-- @after
CREATE TABLE public.customers (id int PRIMARY KEY, country text NOT NULL);
