-- REPLICA IDENTITY USING INDEX set on an existing index, kept across its rebuild (new predicate-free definition) and across a primary key's rebuild, and on a new table
-- @before
CREATE TABLE public.events (id bigint NOT NULL, kind text);
CREATE UNIQUE INDEX events_id ON public.events (id);
CREATE TABLE public.accounts (id bigint NOT NULL, email text NOT NULL);
CREATE UNIQUE INDEX accounts_email ON public.accounts (email);
ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email;
CREATE TABLE public.orders (id bigint NOT NULL, region int NOT NULL, CONSTRAINT orders_pkey PRIMARY KEY (id));
ALTER TABLE public.orders REPLICA IDENTITY USING INDEX orders_pkey;
-- @after
CREATE TABLE public.events (id bigint NOT NULL, kind text);
CREATE UNIQUE INDEX events_id ON public.events (id);
ALTER TABLE public.events REPLICA IDENTITY USING INDEX events_id;
CREATE TABLE public.accounts (id bigint NOT NULL, email text NOT NULL);
CREATE UNIQUE INDEX accounts_email ON public.accounts (email, id);
ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email;
CREATE TABLE public.orders (id bigint NOT NULL, region int NOT NULL, CONSTRAINT orders_pkey PRIMARY KEY (region, id));
ALTER TABLE public.orders REPLICA IDENTITY USING INDEX orders_pkey;
CREATE TABLE public.tags (id bigint NOT NULL, name text NOT NULL);
CREATE UNIQUE INDEX tags_name ON public.tags (name);
ALTER TABLE public.tags REPLICA IDENTITY USING INDEX tags_name;
