-- timestamp without time zone columns.

-- fire: timestamp in CREATE TABLE
CREATE TABLE app.users (created_at timestamp NOT NULL DEFAULT now());

-- fire: explicitly without time zone, with precision
create table "Accounts" ("CreatedAt" timestamp(3) without time zone);

-- fire: added column
ALTER TABLE orders ADD COLUMN shipped_at timestamp;

-- fire: type change to timestamp
alter table app.users alter column created_ts type timestamp without time zone;

-- fire: an array
CREATE TABLE schedules (slots timestamp[]);

-- ok: timestamptz
CREATE TABLE app.users (created_at timestamptz NOT NULL DEFAULT now());

-- ok: timestamp with time zone
CREATE TABLE accounts (created_at timestamp with time zone);

-- ok: date and time columns
CREATE TABLE holidays (day date, opens_at time with time zone);

-- ok: type change to timestamptz on a new table
CREATE TABLE tmp_events (at timestamp with time zone);
ALTER TABLE tmp_events ALTER COLUMN at TYPE timestamptz;

-- ok: interval
ALTER TABLE orders ADD COLUMN lead_time interval;
