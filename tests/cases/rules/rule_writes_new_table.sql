-- a new rule writes into a table that is also new: the table first, then the rule; on rollback the rule goes before the table
-- @before
CREATE TABLE public.prices (product_id int PRIMARY KEY, price numeric NOT NULL);
-- @after
CREATE TABLE public.prices (product_id int PRIMARY KEY, price numeric NOT NULL);
CREATE TABLE public.price_history (product_id int NOT NULL, old_price numeric, new_price numeric, changed_at timestamptz NOT NULL DEFAULT now());
CREATE RULE prices_history AS ON UPDATE TO public.prices WHERE NEW.price <> OLD.price
    DO ALSO INSERT INTO public.price_history (product_id, old_price, new_price) VALUES (OLD.product_id, OLD.price, NEW.price);
