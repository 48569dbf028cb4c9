-- an operator is re-pointed at a different function: PostgreSQL 15 cannot ALTER OPERATOR ... FUNCTION, so drop and recreate the operator (the old function stays, the new one exists first)
-- @before
CREATE FUNCTION public.close_to(float8, float8) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT abs($1 - $2) < 0.001 $$;
CREATE FUNCTION public.close_to_rel(float8, float8) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT abs($1 - $2) <= 1e-9 * greatest(abs($1), abs($2)) $$;
CREATE OPERATOR public.~= (FUNCTION = public.close_to, LEFTARG = float8, RIGHTARG = float8, COMMUTATOR = ~=);
-- @after
CREATE FUNCTION public.close_to(float8, float8) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT abs($1 - $2) < 0.001 $$;
CREATE FUNCTION public.close_to_rel(float8, float8) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT abs($1 - $2) <= 1e-9 * greatest(abs($1), abs($2)) $$;
CREATE OPERATOR public.~= (FUNCTION = public.close_to_rel, LEFTARG = float8, RIGHTARG = float8, COMMUTATOR = ~=);
