-- a commented primary key whose columns change keeps its index comment and its constraint comment
-- @before
CREATE TABLE public.accounts (id bigint NOT NULL, region int NOT NULL, CONSTRAINT accounts_pkey PRIMARY KEY (id));
COMMENT ON INDEX public.accounts_pkey IS 'the key index';
COMMENT ON CONSTRAINT accounts_pkey ON public.accounts IS 'the key';
-- @after
CREATE TABLE public.accounts (id bigint NOT NULL, region int NOT NULL, CONSTRAINT accounts_pkey PRIMARY KEY (region, id));
COMMENT ON INDEX public.accounts_pkey IS 'the key index';
COMMENT ON CONSTRAINT accounts_pkey ON public.accounts IS 'the key';
