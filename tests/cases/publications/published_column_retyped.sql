-- columns a publication names (in a column list, and in a row filter) change type: PostgreSQL refuses the type change while the publication pins them, so the table leaves the publication first and comes back with the same list and filter; a publication of the whole table is left alone
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE TABLE public.orders (id int PRIMARY KEY, "Total" int NOT NULL, note text);
CREATE TABLE public.shipments (id int PRIMARY KEY, weight int);
CREATE PUBLICATION orders_pub FOR TABLE public.orders (id, "Total");
CREATE PUBLICATION "Heavy Shipments" FOR TABLE public.shipments WHERE (weight > 100);
CREATE PUBLICATION everything_pub FOR TABLE public.orders, public.shipments;
-- @after
CREATE TABLE public.orders (id int PRIMARY KEY, "Total" bigint NOT NULL, note text);
CREATE TABLE public.shipments (id int PRIMARY KEY, weight numeric);
CREATE PUBLICATION orders_pub FOR TABLE public.orders (id, "Total");
CREATE PUBLICATION "Heavy Shipments" FOR TABLE public.shipments WHERE (weight > 100);
CREATE PUBLICATION everything_pub FOR TABLE public.orders, public.shipments;
