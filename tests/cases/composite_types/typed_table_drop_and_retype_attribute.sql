-- a typed table's type loses an attribute and retypes another: ALTER TYPE ... CASCADE carries both to the table (the drop deletes the column's data and is held back)
-- expect-hazards: deletes-data, table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TYPE public.device_t AS (serial text, firmware int, model text);
CREATE TABLE public.devices OF public.device_t (PRIMARY KEY (serial), model WITH OPTIONS NOT NULL DEFAULT 'unknown');
-- @after
CREATE TYPE public.device_t AS (serial text, firmware bigint);
CREATE TABLE public.devices OF public.device_t (PRIMARY KEY (serial), firmware WITH OPTIONS DEFAULT 0);
