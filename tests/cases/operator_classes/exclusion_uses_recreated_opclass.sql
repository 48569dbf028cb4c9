-- an operator class that an exclusion constraint names is recreated (its support function changes): the constraint, whose use of the class PostgreSQL records on its index, is dropped before the class and added after
-- @before
CREATE FUNCTION public.int4_desc_cmp(int4, int4) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint4cmp($2, $1) $$;
CREATE OPERATOR CLASS public.int4_desc_ops FOR TYPE int4 USING btree AS
    OPERATOR 1 > , OPERATOR 2 >= , OPERATOR 3 = , OPERATOR 4 <= , OPERATOR 5 < ,
    FUNCTION 1 public.int4_desc_cmp(int4, int4);
CREATE TABLE public.lanes (
    id int PRIMARY KEY,
    lane int NOT NULL,
    CONSTRAINT lanes_lane_excl EXCLUDE USING btree (lane public.int4_desc_ops WITH =)
);
-- @after
CREATE FUNCTION public.int4_desc_cmp_v2(int4, int4) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint4cmp($2, $1) $$;
CREATE OPERATOR CLASS public.int4_desc_ops FOR TYPE int4 USING btree AS
    OPERATOR 1 > , OPERATOR 2 >= , OPERATOR 3 = , OPERATOR 4 <= , OPERATOR 5 < ,
    FUNCTION 1 public.int4_desc_cmp_v2(int4, int4);
CREATE TABLE public.lanes (
    id int PRIMARY KEY,
    lane int NOT NULL,
    CONSTRAINT lanes_lane_excl EXCLUDE USING btree (lane public.int4_desc_ops WITH =)
);
