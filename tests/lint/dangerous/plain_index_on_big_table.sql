SET lock_timeout = '3s';
CREATE INDEX orders_customer_idx ON public.orders (customer_id);
