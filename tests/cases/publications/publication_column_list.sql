-- PG15 column lists: a published table's column list changes to exclude a sensitive column (ALTER PUBLICATION SET TABLE ... (cols))
-- @before
CREATE TABLE public.users (id int PRIMARY KEY, email text, password_hash text, created_at timestamptz);
CREATE PUBLICATION pgshift_users_pub FOR TABLE public.users;
-- @after
CREATE TABLE public.users (id int PRIMARY KEY, email text, password_hash text, created_at timestamptz);
CREATE PUBLICATION pgshift_users_pub FOR TABLE public.users (id, email, created_at);
