-- a table whose foreign key references itself becomes partitioned (and back), and another table references it: the self reference is dropped with the old table's keys and added again after the rows are copied
-- expect-hazards: acquires-access-exclusive-lock, correctness, table-rewrite
-- @before
CREATE TABLE public.nodes (id int NOT NULL, tree int NOT NULL, parent_id int, PRIMARY KEY (id, tree),
    FOREIGN KEY (parent_id, tree) REFERENCES public.nodes (id, tree));
CREATE TABLE public.labels (node_id int, tree int, label text, FOREIGN KEY (node_id, tree) REFERENCES public.nodes (id, tree) ON DELETE CASCADE);
INSERT INTO public.nodes VALUES (1, 1, NULL), (2, 1, 1), (3, 2, NULL);
INSERT INTO public.labels VALUES (2, 1, 'leaf');
-- @after
CREATE TABLE public.nodes (id int NOT NULL, tree int NOT NULL, parent_id int, PRIMARY KEY (id, tree),
    FOREIGN KEY (parent_id, tree) REFERENCES public.nodes (id, tree)) PARTITION BY LIST (tree);
CREATE TABLE public.nodes_1 PARTITION OF public.nodes FOR VALUES IN (1);
CREATE TABLE public.nodes_rest PARTITION OF public.nodes DEFAULT;
CREATE TABLE public.labels (node_id int, tree int, label text, FOREIGN KEY (node_id, tree) REFERENCES public.nodes (id, tree) ON DELETE CASCADE);
