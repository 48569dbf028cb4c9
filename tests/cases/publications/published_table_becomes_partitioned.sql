-- a table listed in a publication (with a column list and a row filter) becomes partitioned: the new table joins the publication again, which is otherwise left alone
-- expect-hazards: acquires-access-exclusive-lock, correctness, table-rewrite
-- @before
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, kind text, secret text, PRIMARY KEY (id, at));
CREATE TABLE public.other (id int PRIMARY KEY);
CREATE PUBLICATION feed FOR TABLE public.events (id, at, kind) WHERE (kind <> 'debug'), TABLE public.other WITH (publish_via_partition_root = true);
-- @after
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, kind text, secret text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE public.events_all PARTITION OF public.events DEFAULT;
CREATE TABLE public.other (id int PRIMARY KEY);
CREATE PUBLICATION feed FOR TABLE public.events (id, at, kind) WHERE (kind <> 'debug'), TABLE public.other WITH (publish_via_partition_root = true);
