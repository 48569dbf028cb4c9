-- a table with its own serial becomes a partition of a table that is partitioned in the same plan: its sequence goes, and it takes the parent's default, which attaching does not copy
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.jobs (id int, queue text, seq_no serial, payload text);
CREATE TABLE public.jobs_mail (id int, queue text, seq_no serial, payload text);
-- @after
CREATE TABLE public.jobs (id int, queue text, seq_no serial, payload text) PARTITION BY LIST (queue);
CREATE TABLE public.jobs_mail PARTITION OF public.jobs FOR VALUES IN ('mail');
