-- row level security is enabled on a table with no policies yet: every non-owner read returns nothing from then on
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.notes (id int PRIMARY KEY, owner_name text NOT NULL, body text);
-- @after
CREATE TABLE public.notes (id int PRIMARY KEY, owner_name text NOT NULL, body text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
