-- a DEFERRABLE INITIALLY DEFERRED unique becomes DEFERRABLE INITIALLY IMMEDIATE: ALTER CONSTRAINT cannot change unique constraints, so drop+add
-- @before
CREATE TABLE public.seats (id int PRIMARY KEY, row_no int NOT NULL, seat_no int NOT NULL,
    CONSTRAINT seats_row_seat_key UNIQUE (row_no, seat_no) DEFERRABLE INITIALLY DEFERRED);
-- @after
CREATE TABLE public.seats (id int PRIMARY KEY, row_no int NOT NULL, seat_no int NOT NULL,
    CONSTRAINT seats_row_seat_key UNIQUE (row_no, seat_no) DEFERRABLE INITIALLY IMMEDIATE);
