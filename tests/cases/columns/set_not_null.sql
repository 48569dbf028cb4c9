-- a column becomes NOT NULL: SET NOT NULL scans the table under an exclusive lock (a validated CHECK first avoids the long lock)
-- expect-hazards: full-table-scan
-- @before
CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_email text);
-- @after
CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_email text NOT NULL);
