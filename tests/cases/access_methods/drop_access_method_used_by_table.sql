-- a table access method is dropped while a table that stays used it: ALTER TABLE ... SET ACCESS METHOD heap first, then DROP ACCESS METHOD; rollback recreates the method, then moves the table back
-- @before
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.logs (id bigint PRIMARY KEY, line text) USING heap2;
-- @after
CREATE TABLE public.logs (id bigint PRIMARY KEY, line text);
