-- a check and NOT NULL added to a domain declare the SHARE lock PostgreSQL holds on each table with a column of it, or of a domain over it, while their rows are checked (an array of it is not checked)
-- expect-hazards: full-table-scan, acquires-share-lock
-- @before
CREATE DOMAIN public.qty AS integer;
CREATE DOMAIN public.small_qty AS public.qty CHECK (VALUE < 100);
CREATE TABLE public.stock (id int PRIMARY KEY, on_hand public.qty);
CREATE TABLE public.picks (id int PRIMARY KEY, n public.small_qty);
CREATE TABLE public.bins (id int PRIMARY KEY, layout public.qty[]);
-- @after
CREATE DOMAIN public.qty AS integer NOT NULL CONSTRAINT qty_not_negative CHECK (VALUE >= 0);
CREATE DOMAIN public.small_qty AS public.qty CHECK (VALUE < 100);
CREATE TABLE public.stock (id int PRIMARY KEY, on_hand public.qty);
CREATE TABLE public.picks (id int PRIMARY KEY, n public.small_qty);
CREATE TABLE public.bins (id int PRIMARY KEY, layout public.qty[]);
