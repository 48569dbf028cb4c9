-- an enum loses a label while a list partition key uses it (a key column cannot be converted): the partitioned table is recreated with the new type, its partitions converted while detached and attached again, their indexes kept
-- @before
CREATE TYPE public.plan_tier AS ENUM ('starter', 'retired', 'business');
CREATE TABLE public.invoices (id bigint NOT NULL, tier public.plan_tier NOT NULL DEFAULT 'starter', total numeric, PRIMARY KEY (id, tier)) PARTITION BY LIST (tier);
CREATE TABLE public.invoices_starter PARTITION OF public.invoices FOR VALUES IN ('starter');
CREATE TABLE public.invoices_other PARTITION OF public.invoices DEFAULT;
CREATE INDEX invoices_total_idx ON public.invoices (total);
-- @after
CREATE TYPE public.plan_tier AS ENUM ('starter', 'business');
CREATE TABLE public.invoices (id bigint NOT NULL, tier public.plan_tier NOT NULL DEFAULT 'starter', total numeric, PRIMARY KEY (id, tier)) PARTITION BY LIST (tier);
CREATE TABLE public.invoices_starter PARTITION OF public.invoices FOR VALUES IN ('starter');
CREATE TABLE public.invoices_other PARTITION OF public.invoices DEFAULT;
CREATE INDEX invoices_total_idx ON public.invoices (total);
