-- from nothing: two tables whose column defaults call functions that read the other table (BEGIN ATOMIC bodies, whose dependencies PostgreSQL records) and a table whose default calls a SQL function reading that same table: a default that closes a cycle is set after the table and the function exist, and dropped before them the other way, as pg_dump does
-- @before
-- @after
CREATE TABLE public.batches (id int PRIMARY KEY, label text);
CREATE TABLE public.jobs (id int PRIMARY KEY, batch_id int);
CREATE FUNCTION public.latest_batch() RETURNS int LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT max(id) FROM public.batches;
END;
CREATE FUNCTION public.job_count() RETURNS text LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*)::text FROM public.jobs;
END;
ALTER TABLE public.jobs ALTER COLUMN batch_id SET DEFAULT public.latest_batch();
ALTER TABLE public.batches ALTER COLUMN label SET DEFAULT public.job_count();
CREATE TABLE public.tickets (id int PRIMARY KEY, number int);
CREATE FUNCTION public.next_ticket() RETURNS int LANGUAGE sql VOLATILE AS $$ SELECT coalesce(max(number), 0) + 1 FROM public.tickets $$;
ALTER TABLE public.tickets ALTER COLUMN number SET DEFAULT public.next_ticket();
