-- a two-column FK referencing a two-column unique key, column order differing from the key's: order of columns must be kept pairwise
-- @before
CREATE TABLE public.org_projects (org_id int NOT NULL, project_no int NOT NULL, name text, PRIMARY KEY (org_id, project_no));
CREATE TABLE public.tasks (id int PRIMARY KEY, p_no int NOT NULL, p_org int NOT NULL);
-- @after
CREATE TABLE public.org_projects (org_id int NOT NULL, project_no int NOT NULL, name text, PRIMARY KEY (org_id, project_no));
CREATE TABLE public.tasks (id int PRIMARY KEY, p_no int NOT NULL, p_org int NOT NULL,
    CONSTRAINT tasks_project_fkey FOREIGN KEY (p_org, p_no) REFERENCES public.org_projects (org_id, project_no) MATCH FULL);
