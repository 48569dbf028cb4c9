-- a child comes to declare a column and a CHECK it had only from its parent (local and inherited at once); the other way, a child stops declaring them
-- @before
CREATE TABLE public.measure (reading int, unit text, CONSTRAINT reading_positive CHECK (reading > 0));
CREATE TABLE public.indoor (room text) INHERITS (public.measure);
CREATE TABLE public.outdoor (reading int, site text, CONSTRAINT reading_positive CHECK (reading > 0)) INHERITS (public.measure);
-- @after
CREATE TABLE public.measure (reading int, unit text, CONSTRAINT reading_positive CHECK (reading > 0));
CREATE TABLE public.indoor (room text, reading int, CONSTRAINT reading_positive CHECK (reading > 0)) INHERITS (public.measure);
CREATE TABLE public.outdoor (site text) INHERITS (public.measure);
