-- DROP DOMAIN of existing domains.

-- fire: plain
DROP DOMAIN positive_int;

-- fire: IF EXISTS, CASCADE
drop domain if exists email_address cascade;

-- fire: schema-qualified, several
DROP DOMAIN app.us_zip, app.phone;

-- fire: quoted
DROP DOMAIN "Percent";

-- fire: inside a DO block
DO $$ BEGIN DROP DOMAIN IF EXISTS short_text; END $$;

-- ok: a domain created in the same file
CREATE DOMAIN tmp_d AS integer;
DROP DOMAIN tmp_d;

-- ok: a schema-qualified domain created here, with CASCADE
CREATE DOMAIN app.tmp_text AS text;
DROP DOMAIN app.tmp_text CASCADE;

-- ok: creating a domain
CREATE DOMAIN amount AS numeric(12, 2);

-- ok: dropping a type is another rule
DROP TYPE IF EXISTS old_kind;

-- ok: renaming a domain is another rule
ALTER DOMAIN amount RENAME TO money_amount;
