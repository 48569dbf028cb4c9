-- an operator class and the index using it go while an operator it lists is recreated (its commutator changes): the class goes first, in the drop phase, before the operator
-- @before
CREATE FUNCTION public.abs_lt(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) < abs($2)';
CREATE FUNCTION public.abs_le(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) <= abs($2)';
CREATE FUNCTION public.abs_eq(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) = abs($2)';
CREATE FUNCTION public.abs_ge(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) >= abs($2)';
CREATE FUNCTION public.abs_gt(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) > abs($2)';
CREATE FUNCTION public.abs_cmp(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT CASE WHEN abs($1) < abs($2) THEN -1 WHEN abs($1) > abs($2) THEN 1 ELSE 0 END';
CREATE OPERATOR public.<# (LEFTARG = int, RIGHTARG = int, FUNCTION = public.abs_lt);
CREATE OPERATOR public.<=# (LEFTARG = int, RIGHTARG = int, FUNCTION = public.abs_le);
CREATE OPERATOR public.=# (LEFTARG = int, RIGHTARG = int, FUNCTION = public.abs_eq, COMMUTATOR = =#, RESTRICT = eqsel, JOIN = eqjoinsel, MERGES);
CREATE OPERATOR public.>=# (LEFTARG = int, RIGHTARG = int, FUNCTION = public.abs_ge);
CREATE OPERATOR public.># (LEFTARG = int, RIGHTARG = int, FUNCTION = public.abs_gt);
CREATE OPERATOR CLASS public.abs_ops FOR TYPE int USING btree AS OPERATOR 1 <#, OPERATOR 2 <=#, OPERATOR 3 =#, OPERATOR 4 >=#, OPERATOR 5 >#, FUNCTION 1 public.abs_cmp(int, int);
CREATE TABLE public.amounts (a int);
CREATE INDEX amounts_abs ON public.amounts (a public.abs_ops);
-- @after
CREATE FUNCTION public.abs_lt(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) < abs($2)';
CREATE FUNCTION public.abs_le(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) <= abs($2)';
CREATE FUNCTION public.abs_eq(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) = abs($2)';
CREATE FUNCTION public.abs_ge(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) >= abs($2)';
CREATE FUNCTION public.abs_gt(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) > abs($2)';
CREATE FUNCTION public.abs_cmp(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT CASE WHEN abs($1) < abs($2) THEN -1 WHEN abs($1) > abs($2) THEN 1 ELSE 0 END';
CREATE OPERATOR public.<# (LEFTARG = int, RIGHTARG = int, FUNCTION = public.abs_lt);
CREATE OPERATOR public.<=# (LEFTARG = int, RIGHTARG = int, FUNCTION = public.abs_le);
CREATE OPERATOR public.=# (LEFTARG = int, RIGHTARG = int, FUNCTION = public.abs_eq, RESTRICT = eqsel, JOIN = eqjoinsel);
CREATE OPERATOR public.>=# (LEFTARG = int, RIGHTARG = int, FUNCTION = public.abs_ge);
CREATE OPERATOR public.># (LEFTARG = int, RIGHTARG = int, FUNCTION = public.abs_gt);
CREATE TABLE public.amounts (a int);
