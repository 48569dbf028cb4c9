-- a partition leaves its parent, which keeps its primary key; the detached table keeps the copy of the key as its own, which the target does not have: dropped after the detach
-- @before
CREATE TABLE public.tickets (queue text NOT NULL, num int NOT NULL, PRIMARY KEY (queue, num)) PARTITION BY LIST (queue);
CREATE TABLE public.tickets_open PARTITION OF public.tickets FOR VALUES IN ('open');
CREATE TABLE public.tickets_closed PARTITION OF public.tickets FOR VALUES IN ('closed');
-- @after
CREATE TABLE public.tickets (queue text NOT NULL, num int NOT NULL, PRIMARY KEY (queue, num)) PARTITION BY LIST (queue);
CREATE TABLE public.tickets_open PARTITION OF public.tickets FOR VALUES IN ('open');
CREATE TABLE public.tickets_closed (queue text NOT NULL, num int NOT NULL);
CREATE INDEX tickets_closed_lookup ON public.tickets_closed (queue, num);
