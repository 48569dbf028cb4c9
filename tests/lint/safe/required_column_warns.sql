-- Warns, does not block: on a table with rows the statement fails and nothing is kept; on an
-- empty one older clients' inserts fail (adding-required-field).
SET lock_timeout = '3s';
ALTER TABLE public.orders ADD COLUMN region text NOT NULL;
