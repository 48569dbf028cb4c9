-- the source has default privileges the target drops, and the target has objects created without them: the plan must not leave the source's default grants on the objects it creates
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT ON TABLES TO pgshift_reader;
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO pgshift_writer;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.orders (id bigserial PRIMARY KEY, total numeric);
GRANT SELECT ON public.orders TO pgshift_writer;
CREATE SEQUENCE public.invoice_numbers;
