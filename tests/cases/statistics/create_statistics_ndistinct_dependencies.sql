-- new extended statistics with the ndistinct and dependencies kinds on two correlated columns: CREATE STATISTICS after the table
-- @before
CREATE TABLE public.addresses (id int PRIMARY KEY, city text NOT NULL, zip text NOT NULL, street text);
-- @after
CREATE TABLE public.addresses (id int PRIMARY KEY, city text NOT NULL, zip text NOT NULL, street text);
CREATE STATISTICS public.addresses_city_zip (ndistinct, dependencies) ON city, zip FROM public.addresses;
