-- a composite type's attribute changes type while table columns hold it only through domains (one over an array of it with a unique index, one over the composite itself, and a domain over that domain): the type is recreated with the domains built over it, their columns parked as text and converted back, their comments, grants and defaults kept
-- expect-hazards: acquires-access-exclusive-lock, correctness, table-rewrite
-- @before
CREATE TYPE public."Point Pair" AS (x int, "Y" int);
CREATE DOMAIN public.pair_list AS public."Point Pair"[];
CREATE DOMAIN public.one_pair AS public."Point Pair" CHECK ((VALUE).x IS NOT NULL);
CREATE DOMAIN public.positive_pair AS public.one_pair CHECK ((VALUE).x > 0);
COMMENT ON DOMAIN public.pair_list IS 'pairs in order';
GRANT USAGE ON DOMAIN public.one_pair TO PUBLIC;
CREATE TABLE public.routes (
    id int PRIMARY KEY,
    stops public.pair_list DEFAULT '{}'::public.pair_list,
    start public.one_pair,
    finish public.positive_pair
);
CREATE UNIQUE INDEX routes_stops ON public.routes (stops);
INSERT INTO public.routes VALUES (1, ARRAY[ROW(1, 2)::public."Point Pair", ROW(3, 4)::public."Point Pair"], ROW(5, 6), ROW(7, 8));
-- @after
CREATE TYPE public."Point Pair" AS (x bigint, "Y" numeric);
CREATE DOMAIN public.pair_list AS public."Point Pair"[];
CREATE DOMAIN public.one_pair AS public."Point Pair" CHECK ((VALUE).x IS NOT NULL);
CREATE DOMAIN public.positive_pair AS public.one_pair CHECK ((VALUE).x > 0);
COMMENT ON DOMAIN public.pair_list IS 'pairs in order';
GRANT USAGE ON DOMAIN public.one_pair TO PUBLIC;
CREATE TABLE public.routes (
    id int PRIMARY KEY,
    stops public.pair_list DEFAULT '{}'::public.pair_list,
    start public.one_pair,
    finish public.positive_pair
);
CREATE UNIQUE INDEX routes_stops ON public.routes (stops);
