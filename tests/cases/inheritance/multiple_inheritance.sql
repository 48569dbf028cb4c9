-- a child inherits from two parents that share a column name (merged) and each bring a CHECK
-- @before
CREATE TABLE public.has_timestamps (created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz);
CREATE TABLE public.has_owner (owner_id int NOT NULL CHECK (owner_id > 0), created_at timestamptz NOT NULL DEFAULT now());
-- @after
CREATE TABLE public.has_timestamps (created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz);
CREATE TABLE public.has_owner (owner_id int NOT NULL CHECK (owner_id > 0), created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE public.notes (id int PRIMARY KEY, body text) INHERITS (public.has_timestamps, public.has_owner);
