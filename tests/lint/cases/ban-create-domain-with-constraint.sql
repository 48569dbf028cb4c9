-- CREATE DOMAIN with a CHECK constraint.

-- fire: unnamed check
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);

-- fire: named check with NOT NULL
create domain app.email as text not null constraint email_has_at check (value like '%@%');

-- fire: several checks
CREATE DOMAIN percent AS numeric(5,2) CHECK (VALUE >= 0) CHECK (VALUE <= 100);

-- fire: quoted name with default and check
CREATE DOMAIN "Slug" AS text DEFAULT 'x' CHECK (VALUE ~ '^[a-z0-9-]+$');

-- fire: inside a DO block
DO $$ BEGIN CREATE DOMAIN us_zip AS text CHECK (VALUE ~ '^[0-9]{5}$'); END $$;

-- ok: a plain domain
CREATE DOMAIN email AS text;

-- ok: NOT NULL and a default only
CREATE DOMAIN app.tenant_id AS bigint NOT NULL DEFAULT 0;

-- ok: a check on the column instead
CREATE TABLE contacts (email text CHECK (email LIKE '%@%'));

-- ok: varchar domain
CREATE DOMAIN short_code AS character varying(8);

-- ok: collation only
CREATE DOMAIN ci_text AS text COLLATE "C";
