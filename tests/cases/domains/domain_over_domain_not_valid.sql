-- two new domains, one over the other, each with a NOT VALID check beside a valid one and NOT NULL on the outer one
-- @before
CREATE TABLE public.services (id int PRIMARY KEY);
-- @after
CREATE DOMAIN public.nonneg_int AS integer CONSTRAINT nonneg_int_check CHECK (VALUE >= 0);
ALTER DOMAIN public.nonneg_int ADD CONSTRAINT nonneg_int_small CHECK (VALUE < 1000000) NOT VALID;
CREATE DOMAIN public.port_number AS public.nonneg_int NOT NULL;
ALTER DOMAIN public.port_number ADD CONSTRAINT port_number_range CHECK (VALUE <= 65535) NOT VALID;
CREATE TABLE public.services (id int PRIMARY KEY, port public.port_number DEFAULT 80);
