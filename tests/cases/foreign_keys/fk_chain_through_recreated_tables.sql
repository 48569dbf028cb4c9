-- a chain of foreign keys (c -> b -> a -> c) where two tables change how they are stored: one becomes typed (OF a composite type), one unlogged-and-partitioned; the keys between them come back after both are recreated
-- expect-hazards: acquires-access-exclusive-lock, correctness, table-rewrite
-- @before
CREATE TYPE public.item_shape AS (id int, name text, box_id int);
CREATE TABLE public.boxes (id int PRIMARY KEY, shelf_id int);
CREATE TABLE public.items (id int PRIMARY KEY, name text, box_id int REFERENCES public.boxes (id));
CREATE TABLE public.shelves (id int PRIMARY KEY, first_item int REFERENCES public.items (id));
ALTER TABLE public.boxes ADD CONSTRAINT boxes_shelf_fkey FOREIGN KEY (shelf_id) REFERENCES public.shelves (id);
INSERT INTO public.boxes VALUES (1, NULL);
INSERT INTO public.items VALUES (1, 'pen', 1);
INSERT INTO public.shelves VALUES (1, 1);
UPDATE public.boxes SET shelf_id = 1;
-- @after
CREATE TYPE public.item_shape AS (id int, name text, box_id int);
CREATE TABLE public.boxes (id int PRIMARY KEY, shelf_id int) PARTITION BY HASH (id);
CREATE TABLE public.boxes_0 PARTITION OF public.boxes FOR VALUES WITH (MODULUS 1, REMAINDER 0);
CREATE TABLE public.items OF public.item_shape (PRIMARY KEY (id), FOREIGN KEY (box_id) REFERENCES public.boxes (id));
CREATE TABLE public.shelves (id int PRIMARY KEY, first_item int REFERENCES public.items (id));
ALTER TABLE public.boxes ADD CONSTRAINT boxes_shelf_fkey FOREIGN KEY (shelf_id) REFERENCES public.shelves (id);
