-- an inheritance child outlives its parent: it keeps its copy of the parent's CHECK as its own when it stops inheriting, so the copy is dropped where the target has none
-- @before
CREATE TABLE public.vehicles (wheels int CONSTRAINT vehicles_wheels_check CHECK (wheels >= 0), label text);
CREATE TABLE public.trucks (payload int) INHERITS (public.vehicles);
-- @after
CREATE TABLE public.trucks (wheels int, label text, payload int);
