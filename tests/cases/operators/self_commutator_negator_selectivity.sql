-- a case-insensitive equality operator that is its own commutator, with a negator, eqsel/eqjoinsel estimators, HASHES and MERGES: creating it also fills the negator shell; both operators created (and dropped) together
-- @before
CREATE FUNCTION public.ci_eq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT lower($1) = lower($2) $$;
CREATE FUNCTION public.ci_ne(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT lower($1) <> lower($2) $$;
-- @after
CREATE FUNCTION public.ci_eq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT lower($1) = lower($2) $$;
CREATE FUNCTION public.ci_ne(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT lower($1) <> lower($2) $$;
CREATE OPERATOR public.=== (
    FUNCTION = public.ci_eq, LEFTARG = text, RIGHTARG = text,
    COMMUTATOR = ===, NEGATOR = !==,
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR public.!== (
    FUNCTION = public.ci_ne, LEFTARG = text, RIGHTARG = text,
    COMMUTATOR = !==, NEGATOR = ===,
    RESTRICT = neqsel, JOIN = neqjoinsel
);
