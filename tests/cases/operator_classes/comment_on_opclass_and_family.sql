-- comments on an operator class and on its operator family: COMMENT ON OPERATOR CLASS/FAMILY ... USING btree
-- @before
CREATE OPERATOR FAMILY public.rev_int_ops USING btree;
CREATE FUNCTION public.int4_rev_cmp(int4, int4) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint4cmp($2, $1) $$;
CREATE OPERATOR CLASS public.int4_rev_ops FOR TYPE int4 USING btree FAMILY public.rev_int_ops AS
    OPERATOR 1 > , OPERATOR 2 >= , OPERATOR 3 = , OPERATOR 4 <= , OPERATOR 5 < , FUNCTION 1 public.int4_rev_cmp(int4, int4);
-- @after
CREATE OPERATOR FAMILY public.rev_int_ops USING btree;
CREATE FUNCTION public.int4_rev_cmp(int4, int4) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint4cmp($2, $1) $$;
CREATE OPERATOR CLASS public.int4_rev_ops FOR TYPE int4 USING btree FAMILY public.rev_int_ops AS
    OPERATOR 1 > , OPERATOR 2 >= , OPERATOR 3 = , OPERATOR 4 <= , OPERATOR 5 < , FUNCTION 1 public.int4_rev_cmp(int4, int4);
COMMENT ON OPERATOR FAMILY public.rev_int_ops USING btree IS 'descending integer orderings';
COMMENT ON OPERATOR CLASS public.int4_rev_ops USING btree IS 'int4, largest first';
