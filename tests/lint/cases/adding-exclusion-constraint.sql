-- ADD CONSTRAINT ... EXCLUDE on an existing table.

-- fire: named exclusion constraint with gist
ALTER TABLE room_bookings ADD CONSTRAINT no_double_booking EXCLUDE USING gist (room_id WITH =, during WITH &&);

-- fire: unnamed, schema-qualified and quoted
alter table "Sched"."Shifts" add exclude using gist ("WorkerId" with =, tsrange(starts_at, ends_at) with &&);

-- fire: one command of a multi-command ALTER TABLE on ONLY the parent
ALTER TABLE ONLY reservations
    ADD COLUMN note text,
    ADD CONSTRAINT reservations_no_overlap EXCLUDE USING gist (table_id WITH =, slot WITH &&) WHERE (NOT cancelled);

-- fire: IF EXISTS form inside an explicit transaction
-- pgshift:no-transaction
BEGIN;
ALTER TABLE IF EXISTS leases ADD CONSTRAINT leases_excl EXCLUDE USING gist (unit_id WITH =, period WITH &&) DEFERRABLE INITIALLY DEFERRED;
COMMIT;

-- fire: inside a DO block
DO $$ BEGIN
  ALTER TABLE calendar_events ADD CONSTRAINT calendar_no_overlap EXCLUDE USING gist (owner_id WITH =, span WITH &&);
END $$;

-- ok: exclusion constraint written in CREATE TABLE
CREATE TABLE bookings (
    room_id bigint NOT NULL,
    during tstzrange NOT NULL,
    EXCLUDE USING gist (room_id WITH =, during WITH &&)
);

-- ok: added to a table created earlier in the file
create table app.slots (id bigint generated always as identity primary key, span tstzrange not null);
alter table app.slots add constraint slots_no_overlap exclude using gist (span with &&);

-- ok: a check constraint added NOT VALID
ALTER TABLE room_bookings ADD CONSTRAINT positive_room CHECK (room_id > 0) NOT VALID;

-- ok: dropping an exclusion constraint
ALTER TABLE room_bookings DROP CONSTRAINT IF EXISTS no_double_booking;

-- ok: a unique constraint attached from an index built concurrently
ALTER TABLE room_bookings ADD CONSTRAINT room_bookings_code_key UNIQUE USING INDEX room_bookings_code_idx;
