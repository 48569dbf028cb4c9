-- a domain's base type changes (recreated, its column converted) while exclusion constraints read the column in an expression or a WHERE predicate: they are dropped before and added after
-- @before
CREATE DOMAIN public.seat_no AS int CHECK (VALUE > 0);
CREATE TABLE public.seats (
    id int PRIMARY KEY,
    seat public.seat_no NOT NULL,
    CONSTRAINT seats_seat_excl EXCLUDE USING btree ((seat + 0) WITH =),
    CONSTRAINT seats_id_excl EXCLUDE USING btree (id WITH =) WHERE (seat > 5)
);
-- @after
CREATE DOMAIN public.seat_no AS bigint CHECK (VALUE > 0);
CREATE TABLE public.seats (
    id int PRIMARY KEY,
    seat public.seat_no NOT NULL,
    CONSTRAINT seats_seat_excl EXCLUDE USING btree ((seat + 0) WITH =),
    CONSTRAINT seats_id_excl EXCLUDE USING btree (id WITH =) WHERE (seat > 5)
);
