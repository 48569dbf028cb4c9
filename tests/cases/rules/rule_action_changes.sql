-- the action and the WHERE condition of an existing rule change: CREATE OR REPLACE RULE (or drop and create) in both directions
-- @before
CREATE TABLE public.stock (sku text PRIMARY KEY, qty int NOT NULL);
CREATE TABLE public.stock_log (sku text NOT NULL, old_qty int, new_qty int);
CREATE RULE stock_log_update AS ON UPDATE TO public.stock
    DO ALSO INSERT INTO public.stock_log (sku, new_qty) VALUES (NEW.sku, NEW.qty);
-- @after
CREATE TABLE public.stock (sku text PRIMARY KEY, qty int NOT NULL);
CREATE TABLE public.stock_log (sku text NOT NULL, old_qty int, new_qty int);
CREATE RULE stock_log_update AS ON UPDATE TO public.stock WHERE NEW.qty IS DISTINCT FROM OLD.qty
    DO ALSO INSERT INTO public.stock_log (sku, old_qty, new_qty) VALUES (NEW.sku, OLD.qty, NEW.qty);
