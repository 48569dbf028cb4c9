-- an operator family with two classes and a loose member is dropped entirely: DROP OPERATOR FAMILY (or the classes, then the family), then the support functions; rollback rebuilds family, classes, then the loose member
-- @before
CREATE OPERATOR FAMILY public.rev_int_ops USING btree;
CREATE FUNCTION public.int4_rev_cmp(int4, int4) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint4cmp($2, $1) $$;
CREATE OPERATOR CLASS public.int4_rev_ops FOR TYPE int4 USING btree FAMILY public.rev_int_ops AS
    OPERATOR 1 > , OPERATOR 2 >= , OPERATOR 3 = , OPERATOR 4 <= , OPERATOR 5 < , FUNCTION 1 public.int4_rev_cmp(int4, int4);
CREATE FUNCTION public.int8_rev_cmp(int8, int8) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint8cmp($2, $1) $$;
CREATE OPERATOR CLASS public.int8_rev_ops FOR TYPE int8 USING btree FAMILY public.rev_int_ops AS
    OPERATOR 1 > , OPERATOR 2 >= , OPERATOR 3 = , OPERATOR 4 <= , OPERATOR 5 < , FUNCTION 1 public.int8_rev_cmp(int8, int8);
ALTER OPERATOR FAMILY public.rev_int_ops USING btree ADD OPERATOR 3 = (int4, int8);
-- @after
