-- new tables, a partition and a typed table created with another table access method (heap stays unwritten)
-- @before
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.measurements (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TYPE public.point2 AS (x int, y int);
-- @after
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.measurements (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TYPE public.point2 AS (x int, y int);
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text) USING heap2 WITH (fillfactor = 70);
CREATE TABLE public.plain (id bigint) USING heap;
CREATE TABLE public.measurements_2024 PARTITION OF public.measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') USING heap2;
CREATE TABLE public.points OF public.point2 USING heap2;
