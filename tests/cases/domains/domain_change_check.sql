-- a domain CHECK with the same name but a different expression: drop the old constraint and add the new one
-- @before
CREATE DOMAIN public.positive_qty AS integer CONSTRAINT positive_qty_check CHECK (VALUE > 0);
CREATE TABLE public.lines (id int PRIMARY KEY, qty public.positive_qty NOT NULL);
-- @after
CREATE DOMAIN public.positive_qty AS integer CONSTRAINT positive_qty_check CHECK (VALUE > 0 AND VALUE < 10000);
CREATE TABLE public.lines (id int PRIMARY KEY, qty public.positive_qty NOT NULL);
