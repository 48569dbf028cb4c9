-- a CHECK constraint is added to a populated table: validating it scans the table (NOT VALID then VALIDATE avoids the long lock)
-- expect-hazards: full-table-scan
-- @before
CREATE TABLE public.products (id int PRIMARY KEY, price numeric(10,2) NOT NULL);
-- @after
CREATE TABLE public.products (id int PRIMARY KEY, price numeric(10,2) NOT NULL, CONSTRAINT products_price_positive CHECK (price > 0));
