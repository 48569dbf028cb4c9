-- the primary key a GROUP BY view relies on is replaced (new constraint name and fillfactor; a rename alone is done in place): the view must be dropped before the PK and recreated after
-- expect-hazards: index-dropped, index-build, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.teams (id int NOT NULL, name text NOT NULL, CONSTRAINT teams_pkey PRIMARY KEY (id));
CREATE TABLE public.players (id int PRIMARY KEY, team_id int NOT NULL);
CREATE VIEW public.team_sizes AS SELECT t.id, t.name, count(p.id) AS size FROM public.teams t LEFT JOIN public.players p ON p.team_id = t.id GROUP BY t.id;
-- @after
CREATE TABLE public.teams (id int NOT NULL, name text NOT NULL, CONSTRAINT teams_id_pk PRIMARY KEY (id) WITH (fillfactor = 90));
CREATE TABLE public.players (id int PRIMARY KEY, team_id int NOT NULL);
CREATE VIEW public.team_sizes AS SELECT t.id, t.name, count(p.id) AS size FROM public.teams t LEFT JOIN public.players p ON p.team_id = t.id GROUP BY t.id;
