-- varchar(n) columns.

-- fire: varchar(n) in CREATE TABLE
CREATE TABLE users (email varchar(255) NOT NULL);

-- fire: character varying(n) added
alter table "Users" add column "Name" character varying(100);

-- fire: pg_catalog.varchar(n)
CREATE TABLE t (code pg_catalog.varchar(10));

-- fire: a type change to a longer varchar
ALTER TABLE core_foo ALTER COLUMN kind TYPE varchar(1000) USING kind::varchar(1000);

-- fire: an array of varchar(n)
CREATE TABLE tagsets (tags varchar(30)[]);

-- ok: text with a check
CREATE TABLE users (email text NOT NULL CHECK (char_length(email) <= 255));

-- ok: varchar without a limit
CREATE TABLE IF NOT EXISTS foo_table (bar_col varchar);

-- ok: text added
ALTER TABLE users ADD COLUMN bio text;

-- ok: a length check added NOT VALID
ALTER TABLE users ADD CONSTRAINT users_bio_length CHECK (char_length(bio) <= 500) NOT VALID;

-- ok: a cast in a view
CREATE VIEW short_names AS SELECT name::varchar(10) AS short FROM users;
