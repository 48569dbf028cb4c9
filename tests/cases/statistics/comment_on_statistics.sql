-- a comment is added to extended statistics: COMMENT ON STATISTICS
-- @before
CREATE TABLE public.flights (id int PRIMARY KEY, airline text NOT NULL, flight_no text NOT NULL);
CREATE STATISTICS public.flights_airline_no ON airline, flight_no FROM public.flights;
-- @after
CREATE TABLE public.flights (id int PRIMARY KEY, airline text NOT NULL, flight_no text NOT NULL);
CREATE STATISTICS public.flights_airline_no ON airline, flight_no FROM public.flights;
COMMENT ON STATISTICS public.flights_airline_no IS 'flight numbers are unique per airline';
