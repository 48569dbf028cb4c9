-- a non-default btree operator class (reverse int4 order, its family created implicitly) and an index that names it: function, class, index (col public.int4_rev_ops)
-- @before
CREATE TABLE public.scores (id int PRIMARY KEY, points int NOT NULL);
-- @after
CREATE TABLE public.scores (id int PRIMARY KEY, points int NOT NULL);
CREATE FUNCTION public.int4_rev_cmp(int4, int4) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint4cmp($2, $1) $$;
CREATE OPERATOR CLASS public.int4_rev_ops FOR TYPE int4 USING btree AS
    OPERATOR 1 > , OPERATOR 2 >= , OPERATOR 3 = , OPERATOR 4 <= , OPERATOR 5 < ,
    FUNCTION 1 public.int4_rev_cmp(int4, int4);
CREATE INDEX scores_points_rev_idx ON public.scores (points public.int4_rev_ops);
