-- the same privilege granted by a delegate in one schema and by the owner in the other: the grantor counts, one revoked as the delegate and one granted as the owner
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_delegate; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "pgshift Sub Reader"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.board (id int);
GRANT SELECT ON public.board TO pgshift_delegate WITH GRANT OPTION;
SET ROLE pgshift_delegate;
GRANT SELECT ON public.board TO "pgshift Sub Reader";
RESET ROLE;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_delegate; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "pgshift Sub Reader"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.board (id int);
GRANT SELECT ON public.board TO pgshift_delegate WITH GRANT OPTION;
GRANT SELECT ON public.board TO "pgshift Sub Reader";
