-- DROP TYPE / DROP CAST of existing types.

-- fire: plain
DROP TYPE mood;

-- fire: IF EXISTS, several, schema-qualified
drop type if exists app.status, priority;

-- fire: CASCADE drops the columns of that type
DROP TYPE IF EXISTS order_state CASCADE;

-- fire: a cast
DROP CAST (text AS money);

-- fire: inside a DO block
DO $$ BEGIN DROP TYPE IF EXISTS old_kind; END $$;

-- ok: a type created in the same file
CREATE TYPE tmp_kind AS ENUM ('a', 'b');
DROP TYPE tmp_kind;

-- ok: a composite type created in the same file, with CASCADE
CREATE TYPE app.pair AS (a int, b int);
DROP TYPE app.pair CASCADE;

-- ok: creating a type
CREATE TYPE size AS ENUM ('s', 'm', 'l');

-- ok: dropping a domain is another rule
DROP DOMAIN IF EXISTS positive_int;

-- ok: renaming a type is another rule
ALTER TYPE size RENAME TO shirt_size;

-- fire: an operator
DROP OPERATOR IF EXISTS === (text, text);

-- fire: an operator class, with CASCADE
DROP OPERATOR CLASS IF EXISTS app.text_ci_ops USING btree CASCADE;

-- fire: an operator family
DROP OPERATOR FAMILY app.text_ci_family USING btree;

-- ok: creating an operator family
CREATE OPERATOR FAMILY app.text_ci_family USING btree;
