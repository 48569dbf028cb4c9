-- the primary key moves from one column to a composite key under the same constraint name: drop then add, and the old key column keeps NOT NULL only if declared
-- expect-hazards: index-dropped, index-build, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.memberships (id int NOT NULL, org_id int NOT NULL, user_id int NOT NULL, CONSTRAINT memberships_pkey PRIMARY KEY (id));
-- @after
CREATE TABLE public.memberships (id int NOT NULL, org_id int NOT NULL, user_id int NOT NULL, CONSTRAINT memberships_pkey PRIMARY KEY (org_id, user_id));
