-- an attribute appended to a composite type not used by any table: ALTER TYPE ADD ATTRIBUTE
-- @before
CREATE TYPE public.money_amount AS (amount numeric(12,2), currency char(3));
-- @after
CREATE TYPE public.money_amount AS (amount numeric(12,2), currency char(3), fx_rate numeric(12,6));
