-- an operator gains a one-way link to an operator that exists: creating it would link that operator back, so that operator is created again after it
-- @before
CREATE FUNCTION public.lt_f(int, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1::text < $2';
CREATE FUNCTION public.gt_f(text, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 > $2::text';
CREATE OPERATOR public.<<< (LEFTARG = int, RIGHTARG = text, FUNCTION = public.lt_f);
CREATE OPERATOR public.>>> (LEFTARG = text, RIGHTARG = int, FUNCTION = public.gt_f);
-- @after
CREATE FUNCTION public.lt_f(int, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1::text < $2';
CREATE FUNCTION public.gt_f(text, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 > $2::text';
CREATE OPERATOR public.<<< (LEFTARG = int, RIGHTARG = text, FUNCTION = public.lt_f, COMMUTATOR = OPERATOR(public.>>>));
CREATE OPERATOR public.>>> (LEFTARG = text, RIGHTARG = int, FUNCTION = public.gt_f);
