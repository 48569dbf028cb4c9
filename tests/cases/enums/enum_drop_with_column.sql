-- an enum dropped together with the only column using it: column first, then the type
-- expect-hazards: deletes-data
-- @before
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE public.diary (id int PRIMARY KEY, mood public.mood);
-- @after
CREATE TABLE public.diary (id int PRIMARY KEY);
