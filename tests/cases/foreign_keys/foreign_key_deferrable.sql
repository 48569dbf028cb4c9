-- an FK becomes DEFERRABLE INITIALLY DEFERRED: ALTER TABLE ... ALTER CONSTRAINT can do this for FKs without re-validation
-- @before
CREATE TABLE public.parents (id int PRIMARY KEY);
CREATE TABLE public.children (id int PRIMARY KEY, parent_id int REFERENCES public.parents (id));
-- @after
CREATE TABLE public.parents (id int PRIMARY KEY);
CREATE TABLE public.children (id int PRIMARY KEY, parent_id int REFERENCES public.parents (id) DEFERRABLE INITIALLY DEFERRED);
