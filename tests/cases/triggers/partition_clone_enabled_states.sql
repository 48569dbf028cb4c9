-- a partitioned table's triggers are enabled, disabled or always-enabled differently on some partitions (two levels deep, and on a table that becomes a partition): each clone's state is set after its parent trigger's, which PostgreSQL passes down
-- @before
CREATE TABLE public.m (id int, d date) PARTITION BY RANGE (d);
CREATE TABLE public.m1 PARTITION OF public.m FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE TABLE public.m2 PARTITION OF public.m FOR VALUES FROM ('2021-01-01') TO ('2022-01-01') PARTITION BY LIST (id);
CREATE TABLE public.m2a PARTITION OF public.m2 FOR VALUES IN (1);
CREATE TABLE public.m3 (id int, d date);
CREATE FUNCTION public.trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t1 BEFORE INSERT ON public.m FOR EACH ROW EXECUTE FUNCTION public.trg();
CREATE TRIGGER t2 AFTER INSERT ON public.m FOR EACH ROW EXECUTE FUNCTION public.trg();
ALTER TABLE public.m1 DISABLE TRIGGER t2;
ALTER TABLE public.m2 DISABLE TRIGGER t2;
ALTER TABLE public.m2a ENABLE ALWAYS TRIGGER t2;
-- @after
CREATE TABLE public.m (id int, d date) PARTITION BY RANGE (d);
CREATE TABLE public.m1 PARTITION OF public.m FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE TABLE public.m2 PARTITION OF public.m FOR VALUES FROM ('2021-01-01') TO ('2022-01-01') PARTITION BY LIST (id);
CREATE TABLE public.m2a PARTITION OF public.m2 FOR VALUES IN (1);
CREATE TABLE public.m3 PARTITION OF public.m FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');
CREATE FUNCTION public.trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t1 BEFORE INSERT ON public.m FOR EACH ROW EXECUTE FUNCTION public.trg();
CREATE TRIGGER t2 AFTER INSERT ON public.m FOR EACH ROW EXECUTE FUNCTION public.trg();
CREATE TRIGGER t3 AFTER UPDATE ON public.m FOR EACH ROW EXECUTE FUNCTION public.trg();
ALTER TABLE public.m1 DISABLE TRIGGER t1;
ALTER TABLE public.m3 DISABLE TRIGGER t3;
ALTER TABLE public.m2 DISABLE TRIGGER t2;
ALTER TABLE public.m DISABLE TRIGGER t2;
ALTER TABLE public.m2a ENABLE TRIGGER t2;
