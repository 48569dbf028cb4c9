-- an operator gains a commutator that is created after it: PostgreSQL makes the commutator a shell and fills it without linking it back, so the plan creates the operator first and the commutator after
-- @before
CREATE FUNCTION public.lt_f(int, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1::text < $2';
CREATE FUNCTION public.gt_f(text, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 > $2::text';
CREATE OPERATOR public.<<< (LEFTARG = int, RIGHTARG = text, FUNCTION = public.lt_f);
-- @after
CREATE FUNCTION public.lt_f(int, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1::text < $2';
CREATE FUNCTION public.gt_f(text, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 > $2::text';
CREATE OPERATOR public.<<< (LEFTARG = int, RIGHTARG = text, FUNCTION = public.lt_f, COMMUTATOR = OPERATOR(public.>>>));
CREATE OPERATOR public.>>> (LEFTARG = text, RIGHTARG = int, FUNCTION = public.gt_f);
