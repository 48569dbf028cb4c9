-- a table access method created with the first table that uses it
-- @before
-- @after
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text) USING heap2;
