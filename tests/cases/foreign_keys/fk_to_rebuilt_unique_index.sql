-- a foreign key references a unique index (not a constraint) that gets a new definition, and another references a unique constraint of a table that becomes partitioned: each key goes before what it needs and comes back after
-- expect-hazards: acquires-access-exclusive-lock, correctness, index-build, index-dropped, table-rewrite
-- @before
CREATE TABLE public.currencies (code text NOT NULL, name text);
CREATE UNIQUE INDEX currencies_code_idx ON public.currencies (code);
CREATE TABLE public.prices (id int PRIMARY KEY, currency text REFERENCES public.currencies (code), amount numeric);
CREATE TABLE public.markets (id int NOT NULL, zone int NOT NULL, currency text REFERENCES public.currencies (code), UNIQUE (id, zone));
CREATE TABLE public.listings (id int PRIMARY KEY, market_id int, market_zone int, FOREIGN KEY (market_id, market_zone) REFERENCES public.markets (id, zone));
INSERT INTO public.currencies VALUES ('EUR', 'euro');
INSERT INTO public.prices VALUES (1, 'EUR', 2);
INSERT INTO public.markets VALUES (1, 1, 'EUR');
INSERT INTO public.listings VALUES (1, 1, 1);
-- @after
CREATE TABLE public.currencies (code text NOT NULL, name text);
CREATE UNIQUE INDEX currencies_code_idx ON public.currencies (code) INCLUDE (name);
CREATE TABLE public.prices (id int PRIMARY KEY, currency text REFERENCES public.currencies (code), amount numeric);
CREATE TABLE public.markets (id int NOT NULL, zone int NOT NULL, currency text REFERENCES public.currencies (code), UNIQUE (id, zone)) PARTITION BY RANGE (zone);
CREATE TABLE public.markets_low PARTITION OF public.markets FOR VALUES FROM (0) TO (100);
CREATE TABLE public.listings (id int PRIMARY KEY, market_id int, market_zone int, FOREIGN KEY (market_id, market_zone) REFERENCES public.markets (id, zone));
