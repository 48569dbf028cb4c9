-- the selectivity estimators of an operator change (none -> eqsel/eqjoinsel): ALTER OPERATOR ... SET (RESTRICT = ..., JOIN = ...) in place, SET (RESTRICT = NONE, JOIN = NONE) on rollback
-- @before
CREATE FUNCTION public.same_domain(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT split_part($1, '@', 2) = split_part($2, '@', 2) $$;
CREATE OPERATOR public.@@= (FUNCTION = public.same_domain, LEFTARG = text, RIGHTARG = text);
-- @after
CREATE FUNCTION public.same_domain(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT split_part($1, '@', 2) = split_part($2, '@', 2) $$;
CREATE OPERATOR public.@@= (FUNCTION = public.same_domain, LEFTARG = text, RIGHTARG = text, RESTRICT = eqsel, JOIN = eqjoinsel);
