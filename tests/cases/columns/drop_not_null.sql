-- a NOT NULL column becomes nullable: DROP NOT NULL, cheap
-- @before
CREATE TABLE public.orders (id bigint PRIMARY KEY, shipped_at timestamptz NOT NULL);
-- @after
CREATE TABLE public.orders (id bigint PRIMARY KEY, shipped_at timestamptz);
