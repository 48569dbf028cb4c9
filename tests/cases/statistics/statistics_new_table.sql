-- a new table arrives together with its extended statistics and a statistics target: CREATE TABLE, CREATE STATISTICS, ALTER STATISTICS, in that order; the rollback drops the table (taking the statistics with it)
-- @before
-- @after
CREATE TABLE public.shipments (id int PRIMARY KEY, carrier text NOT NULL, service text NOT NULL, weight_kg numeric);
CREATE STATISTICS public.shipments_carrier_service (ndistinct, dependencies, mcv) ON carrier, service FROM public.shipments;
ALTER STATISTICS public.shipments_carrier_service SET STATISTICS 50;
