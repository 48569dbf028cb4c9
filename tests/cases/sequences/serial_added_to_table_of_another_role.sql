-- serial columns are added to tables another role owns (one in a schema whose name needs quoting): each new sequence is first given its table's owner (ALTER SEQUENCE ... OWNER TO), since PostgreSQL refuses OWNED BY across owners
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.tickets (title text);
ALTER TABLE public.tickets OWNER TO pgshift_owner;
CREATE SCHEMA "Ops Data";
CREATE TABLE "Ops Data"."Work Items" (label text);
ALTER TABLE "Ops Data"."Work Items" OWNER TO pgshift_owner;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.tickets (title text, id serial);
ALTER TABLE public.tickets OWNER TO pgshift_owner;
CREATE SCHEMA "Ops Data";
CREATE TABLE "Ops Data"."Work Items" (label text, "Ref" bigserial);
ALTER TABLE "Ops Data"."Work Items" OWNER TO pgshift_owner;
