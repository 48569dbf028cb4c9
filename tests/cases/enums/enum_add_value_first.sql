-- a label added before the first existing label: ADD VALUE ... BEFORE 'first'
-- @before
CREATE TYPE public.plan_tier AS ENUM ('basic', 'pro');
-- @after
CREATE TYPE public.plan_tier AS ENUM ('free', 'basic', 'pro');
