-- a text column switches collation to "C": ALTER COLUMN TYPE text COLLATE "C" rebuilds indexes on it
-- expect-hazards: acquires-access-exclusive-lock
-- @before
CREATE TABLE public.words (id int PRIMARY KEY, word text NOT NULL);
CREATE INDEX words_word_idx ON public.words (word);
-- @after
CREATE TABLE public.words (id int PRIMARY KEY, word text COLLATE "C" NOT NULL);
CREATE INDEX words_word_idx ON public.words (word);
