-- three labels added at the start, middle and end at once: each ADD VALUE needs the right anchor, in an order that keeps anchors valid
-- @before
CREATE TYPE public.stage AS ENUM ('b', 'd');
CREATE TABLE public.pipeline (id int PRIMARY KEY, stage public.stage);
-- @after
CREATE TYPE public.stage AS ENUM ('a', 'b', 'c', 'd', 'e');
CREATE TABLE public.pipeline (id int PRIMARY KEY, stage public.stage);
