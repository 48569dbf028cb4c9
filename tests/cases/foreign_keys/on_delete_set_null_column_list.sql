-- PG15 ON DELETE SET NULL (column_list) nulls only some FK columns: the column list must round-trip
-- @before
CREATE TABLE public.tenants (id int PRIMARY KEY);
CREATE TABLE public.users (tenant_id int NOT NULL REFERENCES public.tenants (id), id int NOT NULL, PRIMARY KEY (tenant_id, id));
CREATE TABLE public.posts (id int PRIMARY KEY, tenant_id int NOT NULL, author_id int,
    CONSTRAINT posts_author_fkey FOREIGN KEY (tenant_id, author_id) REFERENCES public.users (tenant_id, id) ON DELETE SET NULL);
-- @after
CREATE TABLE public.tenants (id int PRIMARY KEY);
CREATE TABLE public.users (tenant_id int NOT NULL REFERENCES public.tenants (id), id int NOT NULL, PRIMARY KEY (tenant_id, id));
CREATE TABLE public.posts (id int PRIMARY KEY, tenant_id int NOT NULL, author_id int,
    CONSTRAINT posts_author_fkey FOREIGN KEY (tenant_id, author_id) REFERENCES public.users (tenant_id, id) ON DELETE SET NULL (author_id));
