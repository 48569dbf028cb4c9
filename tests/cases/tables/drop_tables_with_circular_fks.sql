-- two tables that reference each other are both dropped: a plain drop order fails unless an FK is dropped first
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.nodes (id int PRIMARY KEY, first_edge int);
CREATE TABLE public.edges (id int PRIMARY KEY, from_node int NOT NULL REFERENCES public.nodes (id));
ALTER TABLE public.nodes ADD CONSTRAINT nodes_first_edge_fkey FOREIGN KEY (first_edge) REFERENCES public.edges (id);
CREATE TABLE public.unrelated (id int PRIMARY KEY);
-- @after
CREATE TABLE public.unrelated (id int PRIMARY KEY);
