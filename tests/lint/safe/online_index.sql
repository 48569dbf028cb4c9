-- pgshift:no-transaction
SET lock_timeout = '3s';
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_idx ON public.orders (customer_id);
DROP INDEX CONCURRENTLY IF EXISTS public.orders_old_idx;
