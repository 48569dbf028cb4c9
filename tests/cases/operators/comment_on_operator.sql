-- a comment is added to a binary operator and one to a prefix operator: COMMENT ON OPERATOR with (text, text) and (NONE, int) signatures
-- @before
CREATE FUNCTION public.reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $2 ~ $1 $$;
CREATE OPERATOR public.~<< (FUNCTION = public.reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
CREATE FUNCTION public.halve(int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 / 2 $$;
CREATE OPERATOR public./% (RIGHTARG = int, FUNCTION = public.halve);
-- @after
CREATE FUNCTION public.reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $2 ~ $1 $$;
CREATE OPERATOR public.~<< (FUNCTION = public.reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
CREATE FUNCTION public.halve(int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 / 2 $$;
CREATE OPERATOR public./% (RIGHTARG = int, FUNCTION = public.halve);
COMMENT ON OPERATOR public.~<< (text, text) IS 'right side matches the left side as a regex';
COMMENT ON OPERATOR public./% (NONE, int) IS 'halves';
