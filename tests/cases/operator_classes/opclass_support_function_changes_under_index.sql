-- the support function of an operator class used by an index changes to another function: class members cannot be swapped in place, so drop the index, recreate the class (and family), recreate the index
-- @before
CREATE TABLE public.words (id int PRIMARY KEY, word text NOT NULL);
CREATE FUNCTION public.text_len_cmp(text, text) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint4cmp(length($1), length($2)) $$;
CREATE FUNCTION public.text_len_then_text_cmp(text, text) RETURNS int LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT CASE WHEN length($1) <> length($2) THEN btint4cmp(length($1), length($2)) ELSE bttextcmp($1, $2) END $$;
CREATE OPERATOR CLASS public.text_len_ops FOR TYPE text USING btree AS FUNCTION 1 public.text_len_cmp(text, text);
CREATE INDEX words_word_len_idx ON public.words (word public.text_len_ops);
-- @after
CREATE TABLE public.words (id int PRIMARY KEY, word text NOT NULL);
CREATE FUNCTION public.text_len_cmp(text, text) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT btint4cmp(length($1), length($2)) $$;
CREATE FUNCTION public.text_len_then_text_cmp(text, text) RETURNS int LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT CASE WHEN length($1) <> length($2) THEN btint4cmp(length($1), length($2)) ELSE bttextcmp($1, $2) END $$;
CREATE OPERATOR CLASS public.text_len_ops FOR TYPE text USING btree AS FUNCTION 1 public.text_len_then_text_cmp(text, text);
CREATE INDEX words_word_len_idx ON public.words (word public.text_len_ops);
