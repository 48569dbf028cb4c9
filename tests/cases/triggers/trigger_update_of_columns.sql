-- an UPDATE OF column-list trigger: the trigger depends on those columns, so dropping one of them requires the trigger to change first
-- expect-hazards: deletes-data
-- @before
CREATE FUNCTION public.note_price_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.price_changed_at := now(); RETURN NEW; END $$;
CREATE TABLE public.products (id int PRIMARY KEY, price numeric, list_price numeric, price_changed_at timestamptz);
CREATE TRIGGER products_price_change BEFORE UPDATE OF price, list_price ON public.products FOR EACH ROW EXECUTE FUNCTION public.note_price_change();
-- @after
CREATE FUNCTION public.note_price_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.price_changed_at := now(); RETURN NEW; END $$;
CREATE TABLE public.products (id int PRIMARY KEY, price numeric, price_changed_at timestamptz);
CREATE TRIGGER products_price_change BEFORE UPDATE OF price ON public.products FOR EACH ROW EXECUTE FUNCTION public.note_price_change();
