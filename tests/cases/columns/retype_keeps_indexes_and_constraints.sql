-- columns retyped in place keep what PostgreSQL rebuilds inside ALTER COLUMN TYPE: a unique key used as replica identity, the clustered index, a commented index, a NOT VALID check, extended statistics, an exclusion constraint, an inheritance child's index and a partitioned table's key with a foreign key into it; only indexes whose definition text changes are built again
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TYPE public.mood AS ENUM ('calm', 'busy');
CREATE TABLE public.members (id int PRIMARY KEY, handle varchar(40), code varchar(10), mood public.mood, score int CHECK (score > 0), rank int NOT NULL);
CREATE UNIQUE INDEX members_rank_key ON public.members (rank);
ALTER TABLE public.members REPLICA IDENTITY USING INDEX members_rank_key;
CREATE INDEX members_mood_idx ON public.members (mood);
ALTER TABLE public.members CLUSTER ON members_mood_idx;
CREATE INDEX members_code_idx ON public.members (code);
COMMENT ON INDEX public.members_code_idx IS 'lookups by code';
ALTER TABLE public.members ADD CONSTRAINT members_score_cap CHECK (score < 1000) NOT VALID;
CREATE STATISTICS public.members_code_score ON code, score FROM public.members;
CREATE TABLE public.slots (id int PRIMARY KEY, at int, EXCLUDE USING gist (at WITH =));
CREATE TABLE public.readings (id int, v int);
CREATE INDEX readings_v_idx ON public.readings (v);
CREATE TABLE public.readings_2024 (note text) INHERITS (public.readings);
CREATE INDEX readings_2024_v_idx ON public.readings_2024 (v);
CREATE TABLE public.events (id int, day int, PRIMARY KEY (id, day)) PARTITION BY RANGE (day);
CREATE TABLE public.events_a PARTITION OF public.events FOR VALUES FROM (0) TO (100);
CREATE TABLE public.event_links (id int PRIMARY KEY, event_id int, event_day int, FOREIGN KEY (event_id, event_day) REFERENCES public.events (id, day));
-- @after
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TYPE public.mood AS ENUM ('calm', 'busy');
CREATE TABLE public.members (id bigint PRIMARY KEY, handle text, code text, mood text, score bigint CHECK (score > 0), rank bigint NOT NULL);
CREATE UNIQUE INDEX members_rank_key ON public.members (rank);
ALTER TABLE public.members REPLICA IDENTITY USING INDEX members_rank_key;
CREATE INDEX members_mood_idx ON public.members (mood);
ALTER TABLE public.members CLUSTER ON members_mood_idx;
CREATE INDEX members_code_idx ON public.members (code);
COMMENT ON INDEX public.members_code_idx IS 'lookups by code';
ALTER TABLE public.members ADD CONSTRAINT members_score_cap CHECK (score < 1000) NOT VALID;
CREATE STATISTICS public.members_code_score ON code, score FROM public.members;
CREATE TABLE public.slots (id int PRIMARY KEY, at bigint, EXCLUDE USING gist (at WITH =));
CREATE TABLE public.readings (id int, v bigint);
CREATE INDEX readings_v_idx ON public.readings (v);
CREATE TABLE public.readings_2024 (note text) INHERITS (public.readings);
CREATE INDEX readings_2024_v_idx ON public.readings_2024 (v);
CREATE TABLE public.events (id bigint, day int, PRIMARY KEY (id, day)) PARTITION BY RANGE (day);
CREATE TABLE public.events_a PARTITION OF public.events FOR VALUES FROM (0) TO (100);
CREATE TABLE public.event_links (id int PRIMARY KEY, event_id bigint, event_day int, FOREIGN KEY (event_id, event_day) REFERENCES public.events (id, day));
