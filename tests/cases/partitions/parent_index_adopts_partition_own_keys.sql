-- a partitioned table created with a unique index on the parent while its partitions hold matching keys of their own (a primary key, a unique constraint): PostgreSQL adopts the keys' indexes, so the plan attaches them to the parent index instead of building more
-- @before
CREATE TABLE public.keep_me (id int);
-- @after
CREATE TABLE public.keep_me (id int);
CREATE TABLE public.shipments (id int NOT NULL, carrier text NOT NULL, weight numeric) PARTITION BY LIST (carrier);
CREATE TABLE public.shipments_a PARTITION OF public.shipments (PRIMARY KEY (carrier, id)) FOR VALUES IN ('a');
CREATE TABLE public.shipments_b PARTITION OF public.shipments (UNIQUE (carrier, id)) FOR VALUES IN ('b');
CREATE TABLE public.shipments_c PARTITION OF public.shipments FOR VALUES IN ('c');
CREATE UNIQUE INDEX shipments_carrier_id_uq ON public.shipments (carrier, id);
