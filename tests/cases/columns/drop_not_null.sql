-- a NOT NULL column becomes nullable: DROP NOT NULL, no scan, but a brief ACCESS EXCLUSIVE lock
-- expect-hazards: acquires-access-exclusive-lock
-- @before
CREATE TABLE public.orders (id bigint PRIMARY KEY, shipped_at timestamptz NOT NULL);
-- @after
CREATE TABLE public.orders (id bigint PRIMARY KEY, shipped_at timestamptz);
