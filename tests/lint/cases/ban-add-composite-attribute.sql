-- ALTER TYPE ... ADD ATTRIBUTE on existing composite types.

-- fire: plain
ALTER TYPE address ADD ATTRIBUTE street text;

-- fire: schema-qualified, several
alter type app.pair add attribute a int, add attribute b int;

-- fire: quoted
ALTER TYPE "Point3" ADD ATTRIBUTE z double precision;

-- fire: with CASCADE
ALTER TYPE money_range ADD ATTRIBUTE currency text CASCADE;

-- fire: inside a DO block
DO $$ BEGIN ALTER TYPE contact ADD ATTRIBUTE phone text; END $$;

-- ok: a type created in the same file
CREATE TYPE tmp_pair AS (a int);
ALTER TYPE tmp_pair ADD ATTRIBUTE b int;

-- ok: dropping an attribute is another rule
CREATE TYPE tmp_three AS (a int, b int);
ALTER TYPE tmp_three DROP ATTRIBUTE b;

-- ok: creating a composite type
CREATE TYPE geo AS (lat float8, lon float8);

-- ok: renaming an attribute of a type created here
CREATE TYPE tmp_r AS (a int);
ALTER TYPE tmp_r RENAME ATTRIBUTE a TO b;

-- ok: adding a value to an enum is another rule
CREATE TYPE tmp_e AS ENUM ('x');
