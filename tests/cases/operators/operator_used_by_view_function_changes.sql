-- an operator used by a view is re-pointed at another function: the view depends on the operator, so drop the view, drop and recreate the operator, recreate the view
-- @before
CREATE TABLE public.tag_aliases (antecedent text NOT NULL, consequent text NOT NULL);
CREATE FUNCTION public.reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $2 ~ $1 $$;
CREATE FUNCTION public.reverse_texticregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $2 ~* $1 $$;
CREATE OPERATOR public.~<< (FUNCTION = public.reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
CREATE VIEW public.matching_aliases AS SELECT a.antecedent FROM public.tag_aliases a WHERE a.antecedent ~<< a.consequent;
-- @after
CREATE TABLE public.tag_aliases (antecedent text NOT NULL, consequent text NOT NULL);
CREATE FUNCTION public.reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $2 ~ $1 $$;
CREATE FUNCTION public.reverse_texticregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $2 ~* $1 $$;
CREATE OPERATOR public.~<< (FUNCTION = public.reverse_texticregexeq, LEFTARG = text, RIGHTARG = text);
CREATE VIEW public.matching_aliases AS SELECT a.antecedent FROM public.tag_aliases a WHERE a.antecedent ~<< a.consequent;
