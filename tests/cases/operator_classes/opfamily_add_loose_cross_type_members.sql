-- cross-type loose members (int4 vs int8 operators and a cross-type support function) join a family: ALTER OPERATOR FAMILY ... ADD OPERATOR/FUNCTION, and ... DROP OPERATOR/FUNCTION with their type pairs on rollback
-- @before
CREATE OPERATOR FAMILY public.rev_int_ops USING btree;
CREATE FUNCTION public.int4_rev_cmp(int4, int4) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint4cmp($2, $1) $$;
CREATE OPERATOR CLASS public.int4_rev_ops FOR TYPE int4 USING btree FAMILY public.rev_int_ops AS
    OPERATOR 1 > , OPERATOR 2 >= , OPERATOR 3 = , OPERATOR 4 <= , OPERATOR 5 < , FUNCTION 1 public.int4_rev_cmp(int4, int4);
CREATE FUNCTION public.int8_rev_cmp(int8, int8) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint8cmp($2, $1) $$;
CREATE OPERATOR CLASS public.int8_rev_ops FOR TYPE int8 USING btree FAMILY public.rev_int_ops AS
    OPERATOR 1 > , OPERATOR 2 >= , OPERATOR 3 = , OPERATOR 4 <= , OPERATOR 5 < , FUNCTION 1 public.int8_rev_cmp(int8, int8);
CREATE FUNCTION public.int48_rev_cmp(int4, int8) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint84cmp($2, $1) $$;
-- @after
CREATE OPERATOR FAMILY public.rev_int_ops USING btree;
CREATE FUNCTION public.int4_rev_cmp(int4, int4) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint4cmp($2, $1) $$;
CREATE OPERATOR CLASS public.int4_rev_ops FOR TYPE int4 USING btree FAMILY public.rev_int_ops AS
    OPERATOR 1 > , OPERATOR 2 >= , OPERATOR 3 = , OPERATOR 4 <= , OPERATOR 5 < , FUNCTION 1 public.int4_rev_cmp(int4, int4);
CREATE FUNCTION public.int8_rev_cmp(int8, int8) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint8cmp($2, $1) $$;
CREATE OPERATOR CLASS public.int8_rev_ops FOR TYPE int8 USING btree FAMILY public.rev_int_ops AS
    OPERATOR 1 > , OPERATOR 2 >= , OPERATOR 3 = , OPERATOR 4 <= , OPERATOR 5 < , FUNCTION 1 public.int8_rev_cmp(int8, int8);
CREATE FUNCTION public.int48_rev_cmp(int4, int8) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint84cmp($2, $1) $$;
ALTER OPERATOR FAMILY public.rev_int_ops USING btree ADD
    OPERATOR 1 > (int4, int8), OPERATOR 2 >= (int4, int8), OPERATOR 3 = (int4, int8),
    OPERATOR 4 <= (int4, int8), OPERATOR 5 < (int4, int8),
    FUNCTION 1 (int4, int8) public.int48_rev_cmp(int4, int8);
