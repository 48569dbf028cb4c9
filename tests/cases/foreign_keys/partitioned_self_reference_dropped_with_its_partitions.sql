-- a partitioned table whose foreign key references itself is dropped with its partitions and a table referencing it: the keys go first, since each depends on every partition
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.folders (id int NOT NULL, tenant int NOT NULL, parent_id int, PRIMARY KEY (id, tenant),
    FOREIGN KEY (parent_id, tenant) REFERENCES public.folders (id, tenant)) PARTITION BY LIST (tenant);
CREATE TABLE public.folders_t1 PARTITION OF public.folders FOR VALUES IN (1);
CREATE TABLE public.folders_other PARTITION OF public.folders DEFAULT;
CREATE TABLE public.files (id int PRIMARY KEY, folder_id int, tenant int, FOREIGN KEY (folder_id, tenant) REFERENCES public.folders (id, tenant));
CREATE TABLE public.kept (id int PRIMARY KEY);
-- @after
CREATE TABLE public.kept (id int PRIMARY KEY);
