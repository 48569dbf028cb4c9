-- an operator class used by an index is dropped and the index is rebuilt with the default class under the same name: drop the index, drop the class and its implicit family (DROP OPERATOR CLASS alone leaves the family), drop the function, create the index
-- @before
CREATE TABLE public.scores (id int PRIMARY KEY, points int NOT NULL);
CREATE FUNCTION public.int4_rev_cmp(int4, int4) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint4cmp($2, $1) $$;
CREATE OPERATOR CLASS public.int4_rev_ops FOR TYPE int4 USING btree AS
    OPERATOR 1 > , OPERATOR 2 >= , OPERATOR 3 = , OPERATOR 4 <= , OPERATOR 5 < ,
    FUNCTION 1 public.int4_rev_cmp(int4, int4);
CREATE INDEX scores_points_idx ON public.scores (points public.int4_rev_ops);
-- @after
CREATE TABLE public.scores (id int PRIMARY KEY, points int NOT NULL);
CREATE INDEX scores_points_idx ON public.scores (points);
