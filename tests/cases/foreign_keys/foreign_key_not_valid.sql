-- the target FK is NOT VALID: add it NOT VALID and leave it unvalidated
-- @before
CREATE TABLE public.warehouses (id int PRIMARY KEY);
CREATE TABLE public.stock (id int PRIMARY KEY, warehouse_id int);
-- @after
CREATE TABLE public.warehouses (id int PRIMARY KEY);
CREATE TABLE public.stock (id int PRIMARY KEY, warehouse_id int);
ALTER TABLE public.stock ADD CONSTRAINT stock_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES public.warehouses (id) NOT VALID;
