-- new partitions declare NOT NULL and a default of their own on columns they inherit (PARTITION OF parent (col WITH OPTIONS ...)): each is set after the partition is created, as a partition's own primary key column needs none
-- @before
CREATE TABLE public.keep_me (id int);
-- @after
CREATE TABLE public.keep_me (id int);
CREATE TABLE public.tickets (id int, queue text, owner_name text, opened date DEFAULT CURRENT_DATE) PARTITION BY LIST (queue);
CREATE TABLE public.tickets_ops PARTITION OF public.tickets (owner_name NOT NULL, PRIMARY KEY (queue, id)) FOR VALUES IN ('ops');
CREATE TABLE public.tickets_dev PARTITION OF public.tickets (opened DEFAULT '2000-01-01', owner_name DEFAULT 'nobody') FOR VALUES IN ('dev');
