-- a new enum and a new column using it with a default literal: type first, then column
-- @before
CREATE TABLE public.members (id int PRIMARY KEY);
-- @after
CREATE TYPE public.member_role AS ENUM ('viewer', 'editor', 'admin');
CREATE TABLE public.members (id int PRIMARY KEY, role public.member_role NOT NULL DEFAULT 'viewer');
