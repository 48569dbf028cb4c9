-- a function used by a view changes its return type: the function must be dropped and recreated, which requires dropping and recreating the view around it
-- @before
CREATE FUNCTION public.score(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x * 2 $$;
CREATE TABLE public.players (id int PRIMARY KEY, points int);
CREATE VIEW public.player_scores AS SELECT id, public.score(points) AS score FROM public.players;
-- @after
CREATE FUNCTION public.score(x int) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT x * 2.5 $$;
CREATE TABLE public.players (id int PRIMARY KEY, points int);
CREATE VIEW public.player_scores AS SELECT id, public.score(points) AS score FROM public.players;
