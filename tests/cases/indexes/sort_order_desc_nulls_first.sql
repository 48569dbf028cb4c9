-- an index column changes to DESC NULLS LAST and another to NULLS FIRST: ordering options are part of the index definition
-- expect-hazards: index-dropped, index-build
-- @before
CREATE TABLE public.leaderboard (id int PRIMARY KEY, score int, updated_at timestamptz);
CREATE INDEX leaderboard_rank_idx ON public.leaderboard (score, updated_at);
-- @after
CREATE TABLE public.leaderboard (id int PRIMARY KEY, score int, updated_at timestamptz);
CREATE INDEX leaderboard_rank_idx ON public.leaderboard (score DESC NULLS LAST, updated_at NULLS FIRST);
