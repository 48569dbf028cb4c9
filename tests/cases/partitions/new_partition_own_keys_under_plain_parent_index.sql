-- a plain unique index of a partitioned table takes as its copies a new partition's own primary key and the own unique key of a table attached as a partition: the copy PostgreSQL makes for the partition becomes that key (ADD CONSTRAINT ... USING INDEX), instead of a second index beside it
-- @before
CREATE TABLE public.events (id int NOT NULL, kind text NOT NULL, at date NOT NULL) PARTITION BY LIST (kind);
CREATE UNIQUE INDEX events_kind_id_idx ON public.events (kind, id);
CREATE TABLE public.events_b (id int NOT NULL, kind text NOT NULL, at date NOT NULL);
-- @after
CREATE TABLE public.events (id int NOT NULL, kind text NOT NULL, at date NOT NULL) PARTITION BY LIST (kind);
CREATE TABLE public.events_a PARTITION OF public.events (PRIMARY KEY (kind, id)) FOR VALUES IN ('a');
CREATE TABLE public.events_b (id int NOT NULL, kind text NOT NULL, at date NOT NULL, CONSTRAINT events_b_key UNIQUE (kind, id));
ALTER TABLE public.events ATTACH PARTITION public.events_b FOR VALUES IN ('b');
CREATE UNIQUE INDEX events_kind_id_idx ON public.events (kind, id);
