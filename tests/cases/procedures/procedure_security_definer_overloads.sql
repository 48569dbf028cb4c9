-- two procedure overloads, one of which becomes SECURITY DEFINER with SET search_path: only that overload changes
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.audit (id bigserial PRIMARY KEY, msg text);
CREATE PROCEDURE public.audit_write(msg text) LANGUAGE sql AS $$ INSERT INTO public.audit (msg) VALUES (msg) $$;
CREATE PROCEDURE public.audit_write(msg text, times int) LANGUAGE sql AS $$ INSERT INTO public.audit (msg) SELECT msg FROM generate_series(1, times) $$;
-- @after
CREATE TABLE public.audit (id bigserial PRIMARY KEY, msg text);
CREATE PROCEDURE public.audit_write(msg text) LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ INSERT INTO public.audit (msg) VALUES (msg) $$;
CREATE PROCEDURE public.audit_write(msg text, times int) LANGUAGE sql AS $$ INSERT INTO public.audit (msg) SELECT msg FROM generate_series(1, times) $$;
