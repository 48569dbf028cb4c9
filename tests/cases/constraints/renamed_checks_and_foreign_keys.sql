-- checks and foreign keys that only change name are renamed in place (quoted names, a NOT VALID check, a comment that changes too) and a check that a child table inherits (its copy renamed with it); two checks that swap names stay drop and add
-- @before
CREATE TABLE public.boxes (id int PRIMARY KEY);
CREATE TABLE public.items (id int PRIMARY KEY, box_id int, qty int, note text,
  CONSTRAINT items_box_id_fkey FOREIGN KEY (box_id) REFERENCES public.boxes(id) ON DELETE CASCADE,
  CONSTRAINT qty_pos CHECK (qty > 0), CONSTRAINT c1 CHECK (qty < 100), CONSTRAINT c2 CHECK (qty <> 50),
  CONSTRAINT "Note Len" CHECK (length(note) < 10) NOT VALID);
COMMENT ON CONSTRAINT qty_pos ON public.items IS 'positive';
CREATE TABLE public.parent (id int, v int, CONSTRAINT pv CHECK (v > 0));
CREATE TABLE public.child () INHERITS (public.parent);
-- @after
CREATE TABLE public.boxes (id int PRIMARY KEY);
CREATE TABLE public.items (id int PRIMARY KEY, box_id int, qty int, note text,
  CONSTRAINT "items box fk" FOREIGN KEY (box_id) REFERENCES public.boxes(id) ON DELETE CASCADE,
  CONSTRAINT items_qty_positive CHECK (qty > 0), CONSTRAINT c2 CHECK (qty < 100), CONSTRAINT c1 CHECK (qty <> 50),
  CONSTRAINT note_len CHECK (length(note) < 10) NOT VALID);
COMMENT ON CONSTRAINT items_qty_positive ON public.items IS 'positive, renamed';
CREATE TABLE public.parent (id int, v int, CONSTRAINT parent_v CHECK (v > 0));
CREATE TABLE public.child () INHERITS (public.parent);
