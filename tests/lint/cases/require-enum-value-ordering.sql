-- ADD VALUE without BEFORE/AFTER.

-- fire: an enum defined elsewhere
ALTER TYPE order_status ADD VALUE 'refunded';

-- fire: IF NOT EXISTS, quoted and schema-qualified
alter type "Billing"."PlanTier" add value if not exists 'Enterprise';

-- fire: known values in alphabetical order; the new one belongs in the middle
CREATE TYPE size AS ENUM ('large', 'medium', 'small');
ALTER TYPE size ADD VALUE 'extra_large';

-- fire: known values in no alphabetical order
CREATE TYPE stage AS ENUM ('draft', 'review', 'published');
ALTER TYPE stage ADD VALUE 'archived';

-- fire: no-transaction file adding several values
-- pgshift:no-transaction
ALTER TYPE color ADD VALUE 'teal';
ALTER TYPE color ADD VALUE 'navy';

-- ok: BEFORE
ALTER TYPE order_status ADD VALUE 'refunded' BEFORE 'closed';

-- ok: AFTER with IF NOT EXISTS
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded' AFTER 'paid';

-- ok: appending keeps known alphabetical order
CREATE TYPE account_state AS ENUM ('active', 'blocked');
ALTER TYPE account_state ADD VALUE 'deleted';

-- ok: renaming a value
ALTER TYPE order_status RENAME VALUE 'canceled' TO 'cancelled';

-- ok: a new enum with all its values
CREATE TYPE priority AS ENUM ('low', 'normal', 'high');
