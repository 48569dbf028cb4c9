-- new partitions and an inheritance child are created under parents whose column storage changes in the same plan: a table created PARTITION OF or INHERITS copies its parent's storage and compression, so it is created after the parent's own settings, and one whose storage differs from its parent's sets its own after
-- @before
CREATE TABLE public.mail (id bigint NOT NULL, sent_on date NOT NULL, raw text, headers text) PARTITION BY LIST (sent_on);
CREATE TABLE public.notes (id int, body text);
-- @after
CREATE TABLE public.mail (id bigint NOT NULL, sent_on date NOT NULL, raw text, headers text) PARTITION BY LIST (sent_on);
ALTER TABLE ONLY public.mail ALTER COLUMN raw SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.mail ALTER COLUMN headers SET COMPRESSION pglz;
CREATE TABLE public.mail_a PARTITION OF public.mail FOR VALUES IN ('2026-01-01');
CREATE TABLE public.mail_b PARTITION OF public.mail FOR VALUES IN ('2026-01-02');
ALTER TABLE ONLY public.mail_b ALTER COLUMN raw SET STORAGE EXTENDED;
ALTER TABLE ONLY public.mail_b ALTER COLUMN headers SET COMPRESSION default;
ALTER TABLE ONLY public.mail_b ALTER COLUMN headers SET (n_distinct = 40);
CREATE TABLE public.notes (id int, body text);
ALTER TABLE ONLY public.notes ALTER COLUMN body SET STORAGE MAIN;
CREATE TABLE public."Notes Old" () INHERITS (public.notes);
