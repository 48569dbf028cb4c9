-- a column added to an inheritance parent appears in the child automatically: only the parent is altered, the child must not get a second ADD COLUMN
-- @before
CREATE TABLE public.media (id int NOT NULL, url text NOT NULL);
CREATE TABLE public.videos (duration_s int) INHERITS (public.media);
-- @after
CREATE TABLE public.media (id int NOT NULL, url text NOT NULL, alt_text text);
CREATE TABLE public.videos (duration_s int) INHERITS (public.media);
