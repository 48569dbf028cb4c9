-- the function a CHECK calls changes its argument type (integer to numeric), so it is a different function: drop the constraint, drop the old function, create the new one, re-add the constraint
-- expect-hazards: full-table-scan
-- @before
CREATE FUNCTION public.in_range(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT v BETWEEN 0 AND 100 $$;
CREATE TABLE public.scores (id int PRIMARY KEY, score integer NOT NULL CONSTRAINT scores_score_check CHECK (public.in_range(score)));
-- @after
CREATE FUNCTION public.in_range(v numeric) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT v BETWEEN 0 AND 100 $$;
CREATE TABLE public.scores (id int PRIMARY KEY, score integer NOT NULL CONSTRAINT scores_score_check CHECK (public.in_range(score)));
