-- two tables that reference each other both become partitioned (and back): every foreign key between them goes before either is stashed and comes back once both hold their rows
-- expect-hazards: acquires-access-exclusive-lock, correctness, table-rewrite
-- @before
CREATE TABLE public.teams (id int NOT NULL, kind text NOT NULL, lead_id int, lead_kind text, PRIMARY KEY (id, kind));
CREATE TABLE public.players (id int NOT NULL, kind text NOT NULL, team_id int, team_kind text, PRIMARY KEY (id, kind),
    FOREIGN KEY (team_id, team_kind) REFERENCES public.teams (id, kind));
ALTER TABLE public.teams ADD CONSTRAINT teams_lead_fkey FOREIGN KEY (lead_id, lead_kind) REFERENCES public.players (id, kind);
CREATE TABLE public.matches (id int PRIMARY KEY, home_id int, home_kind text, FOREIGN KEY (home_id, home_kind) REFERENCES public.teams (id, kind));
INSERT INTO public.teams VALUES (1, 'pro', NULL, NULL);
INSERT INTO public.players VALUES (5, 'pro', 1, 'pro');
UPDATE public.teams SET lead_id = 5, lead_kind = 'pro';
INSERT INTO public.matches VALUES (100, 1, 'pro');
-- @after
CREATE TABLE public.teams (id int NOT NULL, kind text NOT NULL, lead_id int, lead_kind text, PRIMARY KEY (id, kind)) PARTITION BY LIST (kind);
CREATE TABLE public.teams_all PARTITION OF public.teams DEFAULT;
CREATE TABLE public.players (id int NOT NULL, kind text NOT NULL, team_id int, team_kind text, PRIMARY KEY (id, kind),
    FOREIGN KEY (team_id, team_kind) REFERENCES public.teams (id, kind)) PARTITION BY HASH (id);
CREATE TABLE public.players_0 PARTITION OF public.players FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.players_1 PARTITION OF public.players FOR VALUES WITH (MODULUS 2, REMAINDER 1);
ALTER TABLE public.teams ADD CONSTRAINT teams_lead_fkey FOREIGN KEY (lead_id, lead_kind) REFERENCES public.players (id, kind);
CREATE TABLE public.matches (id int PRIMARY KEY, home_id int, home_kind text, FOREIGN KEY (home_id, home_kind) REFERENCES public.teams (id, kind));
