-- an operator with a one-way negator link is recreated (its function changes): the negator is created again after it so the link stays one way
-- @before
CREATE FUNCTION public.eq_f(int, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1::text = $2';
CREATE FUNCTION public.ne_f(int, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1::text <> $2';
CREATE OPERATOR public.=== (LEFTARG = int, RIGHTARG = text, FUNCTION = public.eq_f, NEGATOR = OPERATOR(public.!==));
CREATE OPERATOR public.!== (LEFTARG = int, RIGHTARG = text, FUNCTION = public.ne_f);
-- @after
CREATE FUNCTION public.eq_f(int, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1::text = $2';
CREATE FUNCTION public.eq2_f(int, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1::text = $2';
CREATE FUNCTION public.ne_f(int, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1::text <> $2';
CREATE OPERATOR public.=== (LEFTARG = int, RIGHTARG = text, FUNCTION = public.eq2_f, NEGATOR = OPERATOR(public.!==));
CREATE OPERATOR public.!== (LEFTARG = int, RIGHTARG = text, FUNCTION = public.ne_f);
