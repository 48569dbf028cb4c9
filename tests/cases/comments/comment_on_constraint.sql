-- comments on a CHECK constraint and a primary key constraint (COMMENT ON CONSTRAINT ... ON table)
-- @before
CREATE TABLE public.products (id int CONSTRAINT products_pkey PRIMARY KEY, price numeric CONSTRAINT products_price_check CHECK (price >= 0));
-- @after
CREATE TABLE public.products (id int CONSTRAINT products_pkey PRIMARY KEY, price numeric CONSTRAINT products_price_check CHECK (price >= 0));
COMMENT ON CONSTRAINT products_price_check ON public.products IS 'free products are allowed';
COMMENT ON CONSTRAINT products_pkey ON public.products IS 'surrogate key';
