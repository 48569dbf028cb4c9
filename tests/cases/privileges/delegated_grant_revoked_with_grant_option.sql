-- a role that passed SELECT on with its grant option loses it: what it granted is revoked as that role first, then its own
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_delegate; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "pgshift Sub Reader"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.ledger (id int PRIMARY KEY, memo text);
GRANT SELECT ON public.ledger TO pgshift_delegate WITH GRANT OPTION;
GRANT UPDATE (memo) ON public.ledger TO pgshift_delegate WITH GRANT OPTION;
SET ROLE pgshift_delegate;
GRANT SELECT ON public.ledger TO "pgshift Sub Reader";
GRANT UPDATE (memo) ON public.ledger TO "pgshift Sub Reader";
RESET ROLE;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_delegate; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "pgshift Sub Reader"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.ledger (id int PRIMARY KEY, memo text);
GRANT SELECT ON public.ledger TO pgshift_delegate;
