-- 16-bit integer columns.

-- fire: smallint in CREATE TABLE
CREATE TABLE ratings (stars smallint NOT NULL);

-- fire: smallserial and int2
create table "Flags" ("Id" smallserial, "Bits" int2);

-- fire: added column
ALTER TABLE products ADD COLUMN shelf smallint;

-- fire: type change to smallint
ALTER TABLE products ALTER COLUMN aisle TYPE int2;

-- fire: serial2 array
CREATE TABLE s (a serial2, b smallint[]);

-- ok: bigint
CREATE TABLE ratings (stars bigint NOT NULL);

-- ok: integer is another rule's business (warned there)
CREATE TABLE places (floor numeric);

-- ok: smallint in a cast
CREATE VIEW v AS SELECT 1::smallint AS one;

-- ok: boolean
ALTER TABLE products ADD COLUMN active boolean;

-- ok: numeric
ALTER TABLE products ADD COLUMN weight numeric(6,2);
