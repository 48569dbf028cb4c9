-- different privilege sets on the same table for three roles (reader SELECT, writer DML, admin ALL): each role's ACL entry compared separately
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric);
GRANT SELECT ON public.orders TO pgshift_reader;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric);
GRANT SELECT ON public.orders TO pgshift_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.orders TO pgshift_writer;
GRANT ALL ON public.orders TO pgshift_admin;
