-- a label appended at the end of an enum used by a column: ALTER TYPE ADD VALUE, no rewrite, cannot run inside a transaction block before PG12
-- @before
CREATE TYPE public.order_status AS ENUM ('pending', 'paid', 'shipped');
CREATE TABLE public.orders (id bigint PRIMARY KEY, status public.order_status NOT NULL DEFAULT 'pending');
-- @after
CREATE TYPE public.order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered');
CREATE TABLE public.orders (id bigint PRIMARY KEY, status public.order_status NOT NULL DEFAULT 'pending');
