-- a domain over an array of an enum: the enum is created before the domain and dropped after it
-- @before
CREATE TABLE public.survey_answers (id int PRIMARY KEY);
-- @after
CREATE TYPE public.answer_mood AS ENUM ('glad', 'meh', 'sad');
CREATE DOMAIN public.mood_trail AS public.answer_mood[]
    CONSTRAINT mood_trail_short CHECK (cardinality(VALUE) <= 5);
CREATE TABLE public.survey_answers (id int PRIMARY KEY, moods public.mood_trail);
