-- a value moves out of the DEFAULT partition into its own new list partition: creating it fails if the default already holds such rows
-- expect-hazards: full-table-scan
-- @before
CREATE TABLE public.customers (id bigint NOT NULL, country char(2) NOT NULL) PARTITION BY LIST (country);
CREATE TABLE public.customers_de PARTITION OF public.customers FOR VALUES IN ('DE', 'AT', 'CH');
CREATE TABLE public.customers_rest PARTITION OF public.customers DEFAULT;
-- @after
CREATE TABLE public.customers (id bigint NOT NULL, country char(2) NOT NULL) PARTITION BY LIST (country);
CREATE TABLE public.customers_de PARTITION OF public.customers FOR VALUES IN ('DE', 'AT', 'CH');
CREATE TABLE public.customers_fr PARTITION OF public.customers FOR VALUES IN ('FR', 'BE');
CREATE TABLE public.customers_rest PARTITION OF public.customers DEFAULT;
