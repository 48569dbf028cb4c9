-- ALTER TYPE ... ADD VALUE on existing enums.

-- fire: plain
ALTER TYPE mood ADD VALUE 'ecstatic';

-- fire: IF NOT EXISTS, BEFORE
alter type mood add value if not exists 'happy' before 'sad';

-- fire: schema-qualified, AFTER
ALTER TYPE app.status ADD VALUE 'archived' AFTER 'done';

-- fire: quoted
ALTER TYPE "OrderState" ADD VALUE 'Refunded';

-- fire: inside a DO block
DO $$ BEGIN ALTER TYPE priority ADD VALUE 'urgent'; END $$;

-- ok: an enum created in the same file
CREATE TYPE tmp_kind AS ENUM ('a');
ALTER TYPE tmp_kind ADD VALUE 'b';

-- ok: renaming a value
ALTER TYPE mood RENAME VALUE 'sad' TO 'unhappy';

-- ok: creating an enum
CREATE TYPE size AS ENUM ('s', 'm', 'l');

-- ok: a schema-qualified enum created here
CREATE TYPE app.tmp_state AS ENUM ('new');
ALTER TYPE app.tmp_state ADD VALUE 'old';

-- ok: renaming an enum is another rule
ALTER TYPE size RENAME TO shirt_size;
