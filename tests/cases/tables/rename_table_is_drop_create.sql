-- a table renamed in the target is not detected as a rename: the diff drops the old table (data loss) and creates the new one
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.customer (id bigint PRIMARY KEY, full_name text NOT NULL);
-- @after
CREATE TABLE public.customers (id bigint PRIMARY KEY, full_name text NOT NULL);
