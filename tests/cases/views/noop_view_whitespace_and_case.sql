-- no-op: the same view written with different whitespace, keyword case and column qualification normalises to the same stored definition
-- @before
CREATE TABLE public.t (id int PRIMARY KEY, name text, active boolean);
CREATE VIEW public.active_names AS SELECT id, name FROM public.t WHERE active;
-- @after
CREATE TABLE public.t (id int PRIMARY KEY, name text, active boolean);
create view public.active_names as
    select t.id,
           t.name
      from public.t
     where t.active;
