-- a child leaving its parent keeps its columns and its copy of the parent's check as its own (NO INHERIT): its own check, the index and the view over its columns are not dropped and made again, and the copy is not added a second time
-- @before
CREATE TABLE public.readings (id int NOT NULL, value int CHECK (value >= 0));
CREATE TABLE public."Old Readings" (note text, CONSTRAINT note_short CHECK (length(note) < 100)) INHERITS (public.readings);
CREATE INDEX old_readings_value ON public."Old Readings" (value);
CREATE VIEW public.old_values AS SELECT id, value FROM public."Old Readings";
-- @after
CREATE TABLE public.readings (id int NOT NULL, value int CHECK (value >= 0));
CREATE TABLE public."Old Readings" (id int NOT NULL, value int, note text, CONSTRAINT note_short CHECK (length(note) < 100), CONSTRAINT readings_value_check CHECK (value >= 0));
CREATE INDEX old_readings_value ON public."Old Readings" (value);
CREATE VIEW public.old_values AS SELECT id, value FROM public."Old Readings";
