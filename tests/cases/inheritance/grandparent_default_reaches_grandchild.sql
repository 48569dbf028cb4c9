-- three generations: the top table changes a default and a NOT NULL, which recurse through the middle table into the bottom one; the middle and bottom tables keep their own defaults, and NOT NULL moves from the top to the middle
-- @before
CREATE TABLE public.asset (id int, status text DEFAULT 'draft', owner_id int NOT NULL);
CREATE TABLE public.vehicle (wheels int) INHERITS (public.asset);
CREATE TABLE public.truck (payload int) INHERITS (public.vehicle);
ALTER TABLE public.vehicle ALTER COLUMN status SET DEFAULT 'parked';
ALTER TABLE public.truck ALTER COLUMN status SET DEFAULT 'loading';
-- @after
CREATE TABLE public.asset (id int, status text DEFAULT 'new', owner_id int);
CREATE TABLE public.vehicle (wheels int) INHERITS (public.asset);
CREATE TABLE public.truck (payload int) INHERITS (public.vehicle);
ALTER TABLE public.vehicle ALTER COLUMN status SET DEFAULT 'parked';
ALTER TABLE public.truck ALTER COLUMN status SET DEFAULT 'loading';
ALTER TABLE public.vehicle ALTER COLUMN owner_id SET NOT NULL;
