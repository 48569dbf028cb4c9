-- a custom range type used in a new exclusion constraint together with btree_gist equality on a room id
-- expect-hazards: index-build
-- @before
CREATE EXTENSION btree_gist;
CREATE TYPE public.daterange_custom AS RANGE (subtype = date);
CREATE TABLE public.reservations (id int PRIMARY KEY, room_id int NOT NULL, during public.daterange_custom NOT NULL);
-- @after
CREATE EXTENSION btree_gist;
CREATE TYPE public.daterange_custom AS RANGE (subtype = date);
CREATE TABLE public.reservations (
    id int PRIMARY KEY,
    room_id int NOT NULL,
    during public.daterange_custom NOT NULL,
    CONSTRAINT reservations_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)
);
