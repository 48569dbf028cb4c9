-- Mixed Case identifiers that would fold to lower case if left unquoted, next to a lower-case twin of the same name
-- @before
CREATE TABLE public."Users" (id int PRIMARY KEY, "firstName" text);
CREATE TABLE public.users (id int PRIMARY KEY);
-- @after
CREATE TABLE public."Users" (id int PRIMARY KEY, "firstName" text, "lastName" text, "EMAIL" text);
CREATE TABLE public.users (id int PRIMARY KEY, email text);
CREATE INDEX "Users_lastName_idx" ON public."Users" ("lastName");
