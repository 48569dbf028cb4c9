-- a range type gets a new subtype (so it is recreated) while one column keeps it and another turns to a built-in range: the column that leaves is retyped before the range is dropped
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TYPE public.seat_span AS RANGE (subtype = int4);
CREATE TABLE public.bookings (
    id int PRIMARY KEY,
    seats public.seat_span,
    held public.seat_span
);
-- @after
CREATE TYPE public.seat_span AS RANGE (subtype = int8);
CREATE TABLE public.bookings (
    id int PRIMARY KEY,
    seats public.seat_span,
    held int8range
);
