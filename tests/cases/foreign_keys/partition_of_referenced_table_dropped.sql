-- a partition is dropped from a partitioned table that foreign keys reference (its own self reference and another table's): each key depends on every partition, so the partition is detached first (which checks no row references it), then dropped
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.folders (id int NOT NULL, tenant int NOT NULL, parent_id int, PRIMARY KEY (id, tenant),
    FOREIGN KEY (parent_id, tenant) REFERENCES public.folders (id, tenant)) PARTITION BY LIST (tenant);
CREATE TABLE public.folders_t1 PARTITION OF public.folders FOR VALUES IN (1);
CREATE TABLE public.folders_t2 PARTITION OF public.folders FOR VALUES IN (2) PARTITION BY LIST (id);
CREATE TABLE public.folders_t2_a PARTITION OF public.folders_t2 FOR VALUES IN (1, 2, 3);
CREATE TABLE public.folders_t2_b PARTITION OF public.folders_t2 DEFAULT;
CREATE TABLE public.folders_other PARTITION OF public.folders DEFAULT;
CREATE TABLE public.files (id int PRIMARY KEY, folder_id int, tenant int, FOREIGN KEY (folder_id, tenant) REFERENCES public.folders (id, tenant) ON DELETE CASCADE);
-- @after
CREATE TABLE public.folders (id int NOT NULL, tenant int NOT NULL, parent_id int, PRIMARY KEY (id, tenant),
    FOREIGN KEY (parent_id, tenant) REFERENCES public.folders (id, tenant)) PARTITION BY LIST (tenant);
CREATE TABLE public.folders_t2 PARTITION OF public.folders FOR VALUES IN (2) PARTITION BY LIST (id);
CREATE TABLE public.folders_t2_a PARTITION OF public.folders_t2 FOR VALUES IN (1, 2, 3);
CREATE TABLE public.folders_other PARTITION OF public.folders DEFAULT;
CREATE TABLE public.files (id int PRIMARY KEY, folder_id int, tenant int, FOREIGN KEY (folder_id, tenant) REFERENCES public.folders (id, tenant) ON DELETE CASCADE);
