-- a replica identity index, clustered and commented, rebuilt because its column's type changes keeps all three
-- @before
CREATE TABLE public.accounts (id bigint NOT NULL, code int NOT NULL);
CREATE UNIQUE INDEX accounts_code ON public.accounts (code);
ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_code;
ALTER TABLE public.accounts CLUSTER ON accounts_code;
COMMENT ON INDEX public.accounts_code IS 'replication key';
-- @after
CREATE TABLE public.accounts (id bigint NOT NULL, code bigint NOT NULL);
CREATE UNIQUE INDEX accounts_code ON public.accounts (code);
ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_code;
ALTER TABLE public.accounts CLUSTER ON accounts_code;
COMMENT ON INDEX public.accounts_code IS 'replication key';
