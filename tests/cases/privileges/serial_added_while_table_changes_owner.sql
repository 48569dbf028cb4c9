-- with owners managed, a table passes to another role and gains a bigserial column, and an existing sequence becomes owned by a column of a table another role owns: each sequence takes its table's current owner before OWNED BY, and a table's OWNER TO afterwards carries its sequences along
-- diff-options: owners
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_other; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.readings (value numeric);
ALTER TABLE public.readings OWNER TO pgshift_other;
CREATE SEQUENCE public.batch_seq;
CREATE TABLE public.batches (ref integer);
ALTER TABLE public.batches OWNER TO pgshift_owner;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgshift_other; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.readings (value numeric, id bigserial);
ALTER TABLE public.readings OWNER TO pgshift_owner;
CREATE SEQUENCE public.batch_seq;
CREATE TABLE public.batches (ref integer DEFAULT nextval('public.batch_seq'));
ALTER TABLE public.batches OWNER TO pgshift_owner;
ALTER SEQUENCE public.batch_seq OWNER TO pgshift_owner;
ALTER SEQUENCE public.batch_seq OWNED BY public.batches.ref;
