-- a column going from an enum back to varchar gets its IN-list check with the target's very expression (PostgreSQL stores the array cast as a whole, not per element)
-- @before
CREATE TYPE public.user_role AS ENUM ('owner', 'admin', 'member');
CREATE TABLE public.users (id bigint PRIMARY KEY, email text NOT NULL, role public.user_role NOT NULL DEFAULT 'member');
-- @after
CREATE TABLE public.users (id bigint PRIMARY KEY, email varchar(255) NOT NULL, role varchar(20) NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'member')));
