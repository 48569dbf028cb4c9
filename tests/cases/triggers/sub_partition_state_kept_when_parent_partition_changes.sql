-- a sub-partitioned partition's trigger state changes while a partition below it keeps its own (always-enabled) state and another below it changes the other way: setting the middle level passes its state down, so the levels below are set again after it, top to bottom
-- @before
CREATE TABLE public.ev (id int, region text, d date) PARTITION BY LIST (region);
CREATE TABLE public."ev_Zeu" PARTITION OF public.ev FOR VALUES IN ('eu') PARTITION BY RANGE (d);
CREATE TABLE public.ev_a2024 PARTITION OF public."ev_Zeu" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.ev_a2025 PARTITION OF public."ev_Zeu" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.ev_us PARTITION OF public.ev FOR VALUES IN ('us');
CREATE FUNCTION public.note() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER audit AFTER INSERT ON public.ev FOR EACH ROW EXECUTE FUNCTION public.note();
ALTER TABLE public.ev_a2024 ENABLE ALWAYS TRIGGER audit;
ALTER TABLE public.ev_a2025 DISABLE TRIGGER audit;
-- @after
CREATE TABLE public.ev (id int, region text, d date) PARTITION BY LIST (region);
CREATE TABLE public."ev_Zeu" PARTITION OF public.ev FOR VALUES IN ('eu') PARTITION BY RANGE (d);
CREATE TABLE public.ev_a2024 PARTITION OF public."ev_Zeu" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.ev_a2025 PARTITION OF public."ev_Zeu" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.ev_us PARTITION OF public.ev FOR VALUES IN ('us');
CREATE FUNCTION public.note() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER audit AFTER INSERT ON public.ev FOR EACH ROW EXECUTE FUNCTION public.note();
ALTER TABLE public."ev_Zeu" DISABLE TRIGGER audit;
ALTER TABLE public.ev_a2024 ENABLE ALWAYS TRIGGER audit;
ALTER TABLE public.ev_a2025 ENABLE TRIGGER audit;
