-- danbooru-style: a SQL function and a binary operator over it appear in an empty schema: CREATE FUNCTION, then CREATE OPERATOR (FUNCTION, LEFTARG, RIGHTARG only); the rollback drops the operator before the function
-- @before
-- @after
CREATE FUNCTION public.reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $2 ~ $1 $$;
CREATE OPERATOR public.~<< (FUNCTION = public.reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
