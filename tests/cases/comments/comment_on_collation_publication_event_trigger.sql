-- comments on a collation, a publication and an event trigger: three less common COMMENT ON targets
-- @before
CREATE COLLATION public.sv_se (provider = icu, locale = 'sv-SE');
CREATE TABLE public.t (id int PRIMARY KEY);
CREATE PUBLICATION pgshift_pub FOR TABLE public.t;
CREATE FUNCTION public.et() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER pgshift_et ON ddl_command_end EXECUTE FUNCTION public.et();
-- @after
CREATE COLLATION public.sv_se (provider = icu, locale = 'sv-SE');
CREATE TABLE public.t (id int PRIMARY KEY);
CREATE PUBLICATION pgshift_pub FOR TABLE public.t;
CREATE FUNCTION public.et() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER pgshift_et ON ddl_command_end EXECUTE FUNCTION public.et();
COMMENT ON COLLATION public.sv_se IS 'Swedish ordering';
COMMENT ON PUBLICATION pgshift_pub IS 'feeds the warehouse';
COMMENT ON EVENT TRIGGER pgshift_et IS 'audits DDL';
