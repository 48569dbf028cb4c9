-- a composite type that a table column holds gets an attribute retyped, one dropped and one added, so it is recreated; two tables made OF it are released (NOT OF), their columns matched to the new attributes, and made OF the new type again, keeping their rows, key and column default
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock, deletes-data
-- @before
CREATE TYPE public.parcel AS (width int, height int, tag text, legacy_code text);
CREATE TABLE public.parcels OF public.parcel (PRIMARY KEY (width, height), tag WITH OPTIONS DEFAULT 'none');
CREATE TABLE public.returned_parcels OF public.parcel;
CREATE TABLE public.shipments (id int PRIMARY KEY, content public.parcel);
INSERT INTO public.parcels VALUES (3, 4, 'fragile', 'L1');
INSERT INTO public.shipments VALUES (1, ROW(3, 4, 'fragile', 'L1'));
-- @after
CREATE TYPE public.parcel AS (width bigint, height int, tag text COLLATE "C", weighed_on date);
CREATE TABLE public.parcels OF public.parcel (PRIMARY KEY (width, height), tag WITH OPTIONS DEFAULT 'none');
CREATE TABLE public.returned_parcels OF public.parcel;
CREATE TABLE public.shipments (id int PRIMARY KEY, content public.parcel);
INSERT INTO public.parcels VALUES (3, 4, 'fragile');
INSERT INTO public.shipments VALUES (1, ROW(3, 4, 'fragile', NULL));
