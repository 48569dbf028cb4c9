-- a new partial unique index with a WHERE predicate (one active row per user)
-- expect-hazards: index-build
-- @before
CREATE TABLE public.subscriptions (id int PRIMARY KEY, user_id int NOT NULL, cancelled_at timestamptz);
-- @after
CREATE TABLE public.subscriptions (id int PRIMARY KEY, user_id int NOT NULL, cancelled_at timestamptz);
CREATE UNIQUE INDEX subscriptions_one_active_per_user ON public.subscriptions (user_id) WHERE cancelled_at IS NULL;
