-- a child declares a check that its parent also has, NOT VALID on the parent (conislocal and inherited on the child): the child's valid check is added before the parent's, which merges into it (the other order is refused: it conflicts with the NOT VALID copy)
-- @before
-- @after
CREATE TABLE public.readings (id int, "Value" int);
CREATE TABLE public.readings_2026 (note text) INHERITS (public.readings);
ALTER TABLE public.readings_2026 ADD CONSTRAINT "Value positive" CHECK ("Value" > 0);
ALTER TABLE public.readings ADD CONSTRAINT "Value positive" CHECK ("Value" > 0) NOT VALID;
CREATE TABLE public.readings_2027 () INHERITS (public.readings_2026);
ALTER TABLE public.readings_2027 ADD CONSTRAINT "Value positive" CHECK ("Value" > 0);
