-- same labels in a different order: ADD VALUE cannot reorder, so the type must be recreated and dependent columns converted
-- @before
CREATE TYPE public.size AS ENUM ('small', 'large', 'medium');
CREATE TABLE public.shirts (id int PRIMARY KEY, size public.size NOT NULL);
-- @after
CREATE TYPE public.size AS ENUM ('small', 'medium', 'large');
CREATE TABLE public.shirts (id int PRIMARY KEY, size public.size NOT NULL);
