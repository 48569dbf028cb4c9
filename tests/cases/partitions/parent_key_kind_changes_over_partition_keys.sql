-- a partitioned table's primary key becomes a unique key of the same name and columns; one partition's copy is a unique key of its own that the key adopts (the parent's key is dropped and added again, the partition's key made first), the other's is made by PostgreSQL
-- @before
CREATE TABLE public.bookings (venue text NOT NULL, slot int NOT NULL, guest text) PARTITION BY LIST (venue);
CREATE TABLE public.bookings_hall PARTITION OF public.bookings FOR VALUES IN ('hall');
CREATE TABLE public.bookings_yard PARTITION OF public.bookings FOR VALUES IN ('yard');
CREATE INDEX bookings_hall_slot ON public.bookings_hall (venue, slot);
ALTER TABLE public.bookings ADD CONSTRAINT bookings_ident PRIMARY KEY (venue, slot);
-- @after
CREATE TABLE public.bookings (venue text NOT NULL, slot int NOT NULL, guest text) PARTITION BY LIST (venue);
CREATE TABLE public.bookings_hall PARTITION OF public.bookings FOR VALUES IN ('hall');
CREATE TABLE public.bookings_yard PARTITION OF public.bookings FOR VALUES IN ('yard');
ALTER TABLE public.bookings_hall ADD CONSTRAINT bookings_hall_slot UNIQUE (venue, slot);
ALTER TABLE public.bookings ADD CONSTRAINT bookings_ident UNIQUE (venue, slot);
