-- an exclusion constraint mixing = on an integer (needs btree_gist) and && on a tstzrange: extension, then constraint
-- expect-hazards: index-build
-- @before
CREATE TABLE public.room_bookings (id int PRIMARY KEY, room_id int NOT NULL, during tstzrange NOT NULL);
-- @after
CREATE EXTENSION btree_gist;
CREATE TABLE public.room_bookings (id int PRIMARY KEY, room_id int NOT NULL, during tstzrange NOT NULL,
    CONSTRAINT room_bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (NOT isempty(during)));
