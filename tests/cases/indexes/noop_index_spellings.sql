-- no-op: the same indexes written with defaults spelled out (USING btree, ASC, NULLS LAST) on one side and omitted on the other
-- @before
CREATE TABLE public.t (id int PRIMARY KEY, a int, b text);
CREATE INDEX t_a_b_idx ON public.t USING btree (a ASC NULLS LAST, b);
CREATE INDEX t_b_desc_idx ON public.t (b DESC NULLS FIRST);
-- @after
CREATE TABLE public.t (id int PRIMARY KEY, a int, b text);
CREATE INDEX t_a_b_idx ON public.t (a, b);
CREATE INDEX t_b_desc_idx ON public.t (b DESC);
