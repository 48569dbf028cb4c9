-- char(n) columns.

-- fire: char(n) in CREATE TABLE
CREATE TABLE countries (code char(2) PRIMARY KEY, name text NOT NULL);

-- fire: character(n) added to an existing table
alter table "Stores" add column "Region" character(4);

-- fire: bare char and an array of bpchar
CREATE TABLE flags (kind char, codes bpchar(3)[]);

-- fire: a type change to char(n)
ALTER TABLE accounts ALTER COLUMN currency TYPE char(3);

-- fire: quoted type name with a length
CREATE TABLE legacy_codes (code "character"(10));

-- ok: text and varchar
CREATE TABLE countries (code text PRIMARY KEY, name varchar(80));

-- ok: the one-byte internal "char" type
CREATE TABLE internal_flags (kind "char" NOT NULL);

-- ok: character varying
ALTER TABLE stores ADD COLUMN region character varying;

-- ok: a check on the length instead
ALTER TABLE accounts ADD COLUMN currency text;
ALTER TABLE accounts ADD CONSTRAINT accounts_currency_length CHECK (char_length(currency) = 3) NOT VALID;

-- ok: casts to char in queries are not columns
CREATE VIEW country_codes AS SELECT code::char(2) AS code2 FROM countries;
