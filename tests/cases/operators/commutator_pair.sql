-- two operators that are each other's commutator (<<< and >>> on int, "is much smaller/larger than"): the first CREATE makes a shell for the second, the second fills it; dropping one clears the other's link
-- @before
CREATE FUNCTION public.much_less(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 * 10 < $2 $$;
CREATE FUNCTION public.much_greater(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 > $2 * 10 $$;
-- @after
CREATE FUNCTION public.much_less(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 * 10 < $2 $$;
CREATE FUNCTION public.much_greater(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 > $2 * 10 $$;
CREATE OPERATOR public.<<< (FUNCTION = public.much_less, LEFTARG = int, RIGHTARG = int, COMMUTATOR = >>>, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR public.>>> (FUNCTION = public.much_greater, LEFTARG = int, RIGHTARG = int, COMMUTATOR = <<<, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
