-- PostgreSQL 14+ expression statistics: one on an expression and a column (all kinds implied), one on a single expression only
-- @before
CREATE TABLE public.users (id int PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL);
-- @after
CREATE TABLE public.users (id int PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL);
CREATE STATISTICS public.users_lower_name_id ON (lower(name)), id FROM public.users;
CREATE STATISTICS public.users_created_day ON (date_trunc('day', created_at AT TIME ZONE 'UTC')) FROM public.users;
