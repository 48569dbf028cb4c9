-- a btree operator family and a DEFAULT operator class for a composite type (operators and support function 1), and an index that picks the class up by default: family, class, then the index; rollback drops the index first
-- @before
CREATE TYPE public.semver AS (major int, minor int, patch int);
CREATE FUNCTION public.semver_cmp(a public.semver, b public.semver) RETURNS int LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT CASE WHEN (a.major, a.minor, a.patch) < (b.major, b.minor, b.patch) THEN -1 WHEN (a.major, a.minor, a.patch) > (b.major, b.minor, b.patch) THEN 1 ELSE 0 END $$;
CREATE FUNCTION public.semver_lt(public.semver, public.semver) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT public.semver_cmp($1, $2) < 0 $$;
CREATE FUNCTION public.semver_le(public.semver, public.semver) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT public.semver_cmp($1, $2) <= 0 $$;
CREATE FUNCTION public.semver_eq(public.semver, public.semver) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT public.semver_cmp($1, $2) = 0 $$;
CREATE FUNCTION public.semver_ge(public.semver, public.semver) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT public.semver_cmp($1, $2) >= 0 $$;
CREATE FUNCTION public.semver_gt(public.semver, public.semver) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT public.semver_cmp($1, $2) > 0 $$;
CREATE OPERATOR public.< (FUNCTION = public.semver_lt, LEFTARG = public.semver, RIGHTARG = public.semver);
CREATE OPERATOR public.<= (FUNCTION = public.semver_le, LEFTARG = public.semver, RIGHTARG = public.semver);
CREATE OPERATOR public.= (FUNCTION = public.semver_eq, LEFTARG = public.semver, RIGHTARG = public.semver);
CREATE OPERATOR public.>= (FUNCTION = public.semver_ge, LEFTARG = public.semver, RIGHTARG = public.semver);
CREATE OPERATOR public.> (FUNCTION = public.semver_gt, LEFTARG = public.semver, RIGHTARG = public.semver);
CREATE TABLE public.releases (id int PRIMARY KEY, version public.semver NOT NULL);
-- @after
CREATE TYPE public.semver AS (major int, minor int, patch int);
CREATE FUNCTION public.semver_cmp(a public.semver, b public.semver) RETURNS int LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT CASE WHEN (a.major, a.minor, a.patch) < (b.major, b.minor, b.patch) THEN -1 WHEN (a.major, a.minor, a.patch) > (b.major, b.minor, b.patch) THEN 1 ELSE 0 END $$;
CREATE FUNCTION public.semver_lt(public.semver, public.semver) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT public.semver_cmp($1, $2) < 0 $$;
CREATE FUNCTION public.semver_le(public.semver, public.semver) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT public.semver_cmp($1, $2) <= 0 $$;
CREATE FUNCTION public.semver_eq(public.semver, public.semver) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT public.semver_cmp($1, $2) = 0 $$;
CREATE FUNCTION public.semver_ge(public.semver, public.semver) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT public.semver_cmp($1, $2) >= 0 $$;
CREATE FUNCTION public.semver_gt(public.semver, public.semver) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT public.semver_cmp($1, $2) > 0 $$;
CREATE OPERATOR public.< (FUNCTION = public.semver_lt, LEFTARG = public.semver, RIGHTARG = public.semver);
CREATE OPERATOR public.<= (FUNCTION = public.semver_le, LEFTARG = public.semver, RIGHTARG = public.semver);
CREATE OPERATOR public.= (FUNCTION = public.semver_eq, LEFTARG = public.semver, RIGHTARG = public.semver);
CREATE OPERATOR public.>= (FUNCTION = public.semver_ge, LEFTARG = public.semver, RIGHTARG = public.semver);
CREATE OPERATOR public.> (FUNCTION = public.semver_gt, LEFTARG = public.semver, RIGHTARG = public.semver);
CREATE TABLE public.releases (id int PRIMARY KEY, version public.semver NOT NULL);
CREATE OPERATOR FAMILY public.semver_ops USING btree;
CREATE OPERATOR CLASS public.semver_ops DEFAULT FOR TYPE public.semver USING btree FAMILY public.semver_ops AS
    OPERATOR 1 public.< , OPERATOR 2 public.<= , OPERATOR 3 public.= , OPERATOR 4 public.>= , OPERATOR 5 public.> ,
    FUNCTION 1 public.semver_cmp(public.semver, public.semver);
CREATE INDEX releases_version_idx ON public.releases (version);
