-- no-op: overloads, defaults, OUT/VARIADIC params, SECURITY DEFINER with SET, procedures, aggregates, triggers (disabled, constraint, WHEN) and an event trigger must diff empty
-- @before
CREATE TABLE public.accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0, updated_at timestamptz, frozen boolean NOT NULL DEFAULT false);
CREATE FUNCTION public.fmt(v int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;
CREATE FUNCTION public.fmt(v numeric, places int DEFAULT 2) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT round(v, places)::text $$;
CREATE FUNCTION public.join_all(sep text, VARIADIC parts text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT array_to_string(parts, sep) $$;
CREATE FUNCTION public.bounds(vals numeric[], OUT lo numeric, OUT hi numeric) LANGUAGE sql IMMUTABLE AS $$ SELECT min(v), max(v) FROM unnest(vals) v $$;
CREATE FUNCTION public.total_balance() RETURNS numeric LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET work_mem = '32MB'
    AS $$ SELECT sum(balance) FROM public.accounts $$;
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE FUNCTION public.refuse_frozen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD.frozen THEN RAISE EXCEPTION 'frozen'; END IF; RETURN NULL; END $$;
CREATE FUNCTION public.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', tg_tag; END $$;
CREATE PROCEDURE public.credit(acct int, amount numeric) LANGUAGE sql AS $$ UPDATE public.accounts SET balance = balance + amount WHERE id = acct $$;
CREATE PROCEDURE public.credit_all(amount numeric) LANGUAGE sql BEGIN ATOMIC UPDATE public.accounts SET balance = balance + amount; END;
CREATE AGGREGATE public.product_of(numeric) (SFUNC = numeric_mul, STYPE = numeric, INITCOND = '1', PARALLEL = SAFE);
CREATE TRIGGER accounts_touch BEFORE UPDATE ON public.accounts FOR EACH ROW WHEN (OLD.balance IS DISTINCT FROM NEW.balance) EXECUTE FUNCTION public.touch();
CREATE CONSTRAINT TRIGGER accounts_frozen AFTER UPDATE ON public.accounts DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION public.refuse_frozen();
CREATE TRIGGER accounts_touch_insert BEFORE INSERT ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.touch();
ALTER TABLE public.accounts DISABLE TRIGGER accounts_touch_insert;
CREATE EVENT TRIGGER pgshift_noop_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION public.log_ddl();
REVOKE EXECUTE ON FUNCTION public.total_balance() FROM PUBLIC;
COMMENT ON FUNCTION public.fmt(numeric, int) IS 'rounded';
COMMENT ON PROCEDURE public.credit(int, numeric) IS 'adds money';
-- @after
CREATE TABLE public.accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0, updated_at timestamptz, frozen boolean NOT NULL DEFAULT false);
CREATE FUNCTION public.fmt(v int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;
CREATE FUNCTION public.fmt(v numeric, places int DEFAULT 2) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT round(v, places)::text $$;
CREATE FUNCTION public.join_all(sep text, VARIADIC parts text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT array_to_string(parts, sep) $$;
CREATE FUNCTION public.bounds(vals numeric[], OUT lo numeric, OUT hi numeric) LANGUAGE sql IMMUTABLE AS $$ SELECT min(v), max(v) FROM unnest(vals) v $$;
CREATE FUNCTION public.total_balance() RETURNS numeric LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET work_mem = '32MB'
    AS $$ SELECT sum(balance) FROM public.accounts $$;
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE FUNCTION public.refuse_frozen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD.frozen THEN RAISE EXCEPTION 'frozen'; END IF; RETURN NULL; END $$;
CREATE FUNCTION public.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', tg_tag; END $$;
CREATE PROCEDURE public.credit(acct int, amount numeric) LANGUAGE sql AS $$ UPDATE public.accounts SET balance = balance + amount WHERE id = acct $$;
CREATE PROCEDURE public.credit_all(amount numeric) LANGUAGE sql BEGIN ATOMIC UPDATE public.accounts SET balance = balance + amount; END;
CREATE AGGREGATE public.product_of(numeric) (SFUNC = numeric_mul, STYPE = numeric, INITCOND = '1', PARALLEL = SAFE);
CREATE TRIGGER accounts_touch BEFORE UPDATE ON public.accounts FOR EACH ROW WHEN (OLD.balance IS DISTINCT FROM NEW.balance) EXECUTE FUNCTION public.touch();
CREATE CONSTRAINT TRIGGER accounts_frozen AFTER UPDATE ON public.accounts DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION public.refuse_frozen();
CREATE TRIGGER accounts_touch_insert BEFORE INSERT ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.touch();
ALTER TABLE public.accounts DISABLE TRIGGER accounts_touch_insert;
CREATE EVENT TRIGGER pgshift_noop_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION public.log_ddl();
REVOKE EXECUTE ON FUNCTION public.total_balance() FROM PUBLIC;
COMMENT ON FUNCTION public.fmt(numeric, int) IS 'rounded';
COMMENT ON PROCEDURE public.credit(int, numeric) IS 'adds money';
