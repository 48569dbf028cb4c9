-- a partition leaves its parent and keeps its copy of the parent's index under another name, while the parent's index is made unique: the copy goes with the old parent index, so the detached table's index is made under its new name
-- @before
CREATE TABLE public.logs (src text NOT NULL, seq int NOT NULL, line text) PARTITION BY LIST (src);
CREATE TABLE public.logs_api PARTITION OF public.logs FOR VALUES IN ('api');
CREATE TABLE public.logs_old PARTITION OF public.logs FOR VALUES IN ('old');
CREATE INDEX logs_by_seq ON public.logs (src, seq);
-- @after
CREATE TABLE public.logs (src text NOT NULL, seq int NOT NULL, line text) PARTITION BY LIST (src);
CREATE TABLE public.logs_api PARTITION OF public.logs FOR VALUES IN ('api');
CREATE TABLE public.logs_old (src text NOT NULL, seq int NOT NULL, line text);
CREATE INDEX logs_old_archive_seq ON public.logs_old (src, seq);
CREATE UNIQUE INDEX logs_by_seq ON public.logs (src, seq);
