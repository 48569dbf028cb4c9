-- ALTER DOMAIN ... ADD CONSTRAINT checks every column of the domain.

-- fire: named check
ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0);

-- fire: unnamed check on a schema-qualified domain
alter domain billing.currency_code add check (char_length(value) = 3);

-- fire: quoted domain name
ALTER DOMAIN "EmailAddress" ADD CONSTRAINT has_at CHECK (VALUE LIKE '%@%');

-- fire: inside an explicit transaction
-- pgshift:no-transaction
BEGIN;
ALTER DOMAIN us_zip ADD CONSTRAINT us_zip_format CHECK (VALUE ~ '^[0-9]{5}$');
COMMIT;

-- fire: inside a DO block
DO $$ BEGIN ALTER DOMAIN percentage ADD CONSTRAINT percentage_range CHECK (VALUE BETWEEN 0 AND 100); END $$;

-- ok: added NOT VALID
ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0) NOT VALID;

-- ok: validating later
ALTER DOMAIN positive_amount VALIDATE CONSTRAINT positive_amount_check;

-- ok: dropping and renaming constraints
ALTER DOMAIN positive_amount DROP CONSTRAINT IF EXISTS old_check;
ALTER DOMAIN positive_amount RENAME CONSTRAINT positive_amount_check TO amount_positive;

-- ok: a domain created in the same file
CREATE DOMAIN ratio AS numeric;
ALTER DOMAIN ratio ADD CONSTRAINT ratio_range CHECK (VALUE BETWEEN 0 AND 1);

-- ok: defaults, owner and schema
ALTER DOMAIN positive_amount SET DEFAULT 1;
ALTER DOMAIN positive_amount OWNER TO app_owner;
