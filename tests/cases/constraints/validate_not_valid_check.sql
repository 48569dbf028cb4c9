-- a NOT VALID CHECK becomes validated with the same expression: VALIDATE CONSTRAINT only, no drop/add
-- expect-hazards: full-table-scan
-- @before
CREATE TABLE public.shipments (id int PRIMARY KEY, weight_g int);
ALTER TABLE public.shipments ADD CONSTRAINT shipments_weight_positive CHECK (weight_g > 0) NOT VALID;
-- @after
CREATE TABLE public.shipments (id int PRIMARY KEY, weight_g int, CONSTRAINT shipments_weight_positive CHECK (weight_g > 0));
