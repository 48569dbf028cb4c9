-- a new child table INHERITS from an existing parent and adds its own column: inherited columns are not re-declared
-- @before
CREATE TABLE public.vehicles (id int NOT NULL, wheels int NOT NULL DEFAULT 4, maker text);
-- @after
CREATE TABLE public.vehicles (id int NOT NULL, wheels int NOT NULL DEFAULT 4, maker text);
CREATE TABLE public.trucks (payload_kg int) INHERITS (public.vehicles);
