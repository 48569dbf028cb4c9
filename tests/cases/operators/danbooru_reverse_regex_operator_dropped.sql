-- danbooru-style operator and its function are dropped back to an empty schema: DROP OPERATOR public.~<< (text, text) before DROP FUNCTION
-- @before
CREATE FUNCTION public.reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $2 ~ $1 $$;
CREATE OPERATOR public.~<< (FUNCTION = public.reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
-- @after
