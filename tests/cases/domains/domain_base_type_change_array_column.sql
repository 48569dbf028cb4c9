-- a domain's base type widens (integer to bigint) while a plain column and an array column use it: the columns are parked as text, the domain recreated, the columns converted back
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock, correctness
-- @before
CREATE DOMAIN public.quantity AS integer CHECK (VALUE >= 0);
CREATE TABLE public.stock (id int PRIMARY KEY, on_hand public.quantity NOT NULL DEFAULT 0, history public.quantity[]);
-- @after
CREATE DOMAIN public.quantity AS bigint CHECK (VALUE >= 0);
CREATE TABLE public.stock (id int PRIMARY KEY, on_hand public.quantity NOT NULL DEFAULT 0, history public.quantity[]);
