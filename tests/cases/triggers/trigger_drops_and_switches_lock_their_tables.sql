-- triggers dropped (one of two on a table, one on a view's INSTEAD OF, one whose table keeps another) and switched between enabled states on tables that exist: DROP TRIGGER locks its table against reads and writes, ENABLE / DISABLE TRIGGER blocks writes; both are declared
-- expect-hazards: acquires-access-exclusive-lock, acquires-share-row-exclusive-lock
-- @before
CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric, touched_at timestamptz);
CREATE TABLE public.order_log (order_id bigint, note text);
CREATE VIEW public.order_totals AS SELECT id, total FROM public.orders;
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.touched_at := now(); RETURN NEW; END$$;
CREATE FUNCTION public.log_order() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN INSERT INTO public.order_log VALUES (NEW.id, TG_OP); RETURN NEW; END$$;
CREATE FUNCTION public.write_total() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN UPDATE public.orders SET total = NEW.total WHERE id = NEW.id; RETURN NEW; END$$;
CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE TRIGGER orders_log AFTER INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION public.log_order();
CREATE TRIGGER "Order Log Audit" AFTER INSERT ON public.order_log FOR EACH STATEMENT EXECUTE FUNCTION public.log_order();
CREATE TRIGGER order_totals_write INSTEAD OF UPDATE ON public.order_totals FOR EACH ROW EXECUTE FUNCTION public.write_total();
ALTER TABLE public.order_log DISABLE TRIGGER "Order Log Audit";
-- @after
CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric, touched_at timestamptz);
CREATE TABLE public.order_log (order_id bigint, note text);
CREATE VIEW public.order_totals AS SELECT id, total FROM public.orders;
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.touched_at := now(); RETURN NEW; END$$;
CREATE FUNCTION public.log_order() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN INSERT INTO public.order_log VALUES (NEW.id, TG_OP); RETURN NEW; END$$;
CREATE FUNCTION public.write_total() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN UPDATE public.orders SET total = NEW.total WHERE id = NEW.id; RETURN NEW; END$$;
CREATE TRIGGER orders_log AFTER INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION public.log_order();
CREATE TRIGGER "Order Log Audit" AFTER INSERT ON public.order_log FOR EACH STATEMENT EXECUTE FUNCTION public.log_order();
ALTER TABLE public.orders DISABLE TRIGGER orders_log;
