-- the index a partition had attached to its parent's index becomes an index of the partition's own on another column, while the parent index stays: PostgreSQL detaches nothing by itself, so the parent index is rebuilt and the partition gets a new copy
-- @before
CREATE TABLE public.shipments (carrier text NOT NULL, tracking int NOT NULL, weight int) PARTITION BY LIST (carrier);
CREATE TABLE public.shipments_air PARTITION OF public.shipments FOR VALUES IN ('air');
CREATE INDEX shipments_air_lookup ON public.shipments_air (carrier, tracking);
CREATE INDEX shipments_lookup ON public.shipments (carrier, tracking);
-- @after
CREATE TABLE public.shipments (carrier text NOT NULL, tracking int NOT NULL, weight int) PARTITION BY LIST (carrier);
CREATE TABLE public.shipments_air PARTITION OF public.shipments FOR VALUES IN ('air');
CREATE INDEX shipments_air_lookup ON public.shipments_air (weight);
CREATE INDEX shipments_lookup ON public.shipments (carrier, tracking);
