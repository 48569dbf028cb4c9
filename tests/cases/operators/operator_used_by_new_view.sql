-- danbooru-style operator and a view using it (SELECT a ~<< b) are created together: function, operator, then the view; rollback drops the view first
-- @before
CREATE TABLE public.tag_aliases (antecedent text NOT NULL, consequent text NOT NULL);
-- @after
CREATE TABLE public.tag_aliases (antecedent text NOT NULL, consequent text NOT NULL);
CREATE FUNCTION public.reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $2 ~ $1 $$;
CREATE OPERATOR public.~<< (FUNCTION = public.reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
CREATE VIEW public.matching_aliases AS
    SELECT a.antecedent, a.consequent, a.antecedent ~<< a.consequent AS matches FROM public.tag_aliases a;
