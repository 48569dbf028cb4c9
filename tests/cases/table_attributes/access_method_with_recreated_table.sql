-- a table recreated as partitioned loses its access method (partitioned tables have none) and its new partition takes one; a changed method together with a new column
-- expect-hazards: table-rewrite
-- @before
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL) USING heap2;
CREATE TABLE public.notes (id bigint PRIMARY KEY);
-- @after
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.events_all PARTITION OF public.events DEFAULT USING heap2;
CREATE TABLE public.notes (id bigint PRIMARY KEY, body text) USING heap2;
