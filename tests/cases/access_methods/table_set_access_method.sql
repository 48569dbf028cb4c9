-- an existing table moves from heap to heap2: ALTER TABLE ... SET ACCESS METHOD heap2 (rewrites the table), SET ACCESS METHOD heap on rollback; not a drop and create
-- @before
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.metrics (id bigint PRIMARY KEY, name text NOT NULL, value float8) USING heap;
-- @after
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.metrics (id bigint PRIMARY KEY, name text NOT NULL, value float8) USING heap2;
