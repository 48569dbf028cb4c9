-- a composite type that a column uses gets its attributes reordered and one added: it is renamed away, created anew, and the column rebuilt field by field by attribute name
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock, correctness
-- @before
CREATE TYPE public.address AS (street text, city text);
CREATE TABLE public.customers (id int PRIMARY KEY, home public.address, work public.address DEFAULT ROW('Main St', 'Springfield')::public.address);
COMMENT ON TYPE public.address IS 'postal address';
-- @after
CREATE TYPE public.address AS (city text, street text, postcode text);
CREATE TABLE public.customers (id int PRIMARY KEY, home public.address, work public.address DEFAULT ROW('Springfield', 'Main St', NULL)::public.address);
COMMENT ON TYPE public.address IS 'postal address';
