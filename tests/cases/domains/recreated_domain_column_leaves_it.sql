-- a domain gets a new base type (so it is recreated) while one column keeps the domain and another turns to a plain integer: the column that leaves is retyped before the domain is dropped
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE DOMAIN public.quantity AS int CHECK (VALUE >= 0);
CREATE TABLE public.stock (
    sku text PRIMARY KEY,
    on_hand public.quantity NOT NULL,
    reserved public.quantity
);
-- @after
CREATE DOMAIN public.quantity AS bigint CHECK (VALUE >= 0);
CREATE TABLE public.stock (
    sku text PRIMARY KEY,
    on_hand public.quantity NOT NULL,
    reserved int
);
