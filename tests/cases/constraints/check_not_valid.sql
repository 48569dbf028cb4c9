-- the target has a CHECK that is NOT VALID: add it NOT VALID and do not validate it, or the diff would never be empty
-- @before
CREATE TABLE public.shipments (id int PRIMARY KEY, weight_g int);
-- @after
CREATE TABLE public.shipments (id int PRIMARY KEY, weight_g int);
ALTER TABLE public.shipments ADD CONSTRAINT shipments_weight_positive CHECK (weight_g > 0) NOT VALID;
