-- a parent's column changes type, which recurses to its inheritance child and its partition and sets their storage back to the new type's: the children's own storage (kept in the target) is set again after the parent's change
-- @before
CREATE TABLE public.items (id int, payload varchar(200));
ALTER TABLE ONLY public.items ALTER COLUMN payload SET STORAGE EXTERNAL;
CREATE TABLE public.items_old () INHERITS (public.items);
ALTER TABLE ONLY public.items_old ALTER COLUMN payload SET STORAGE MAIN;
CREATE TABLE public.logs (at date NOT NULL, line varchar(500)) PARTITION BY RANGE (at);
CREATE TABLE public.logs_2026 PARTITION OF public.logs FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE ONLY public.logs_2026 ALTER COLUMN line SET STORAGE EXTERNAL;
-- @after
CREATE TABLE public.items (id int, payload text);
ALTER TABLE ONLY public.items ALTER COLUMN payload SET STORAGE EXTERNAL;
CREATE TABLE public.items_old () INHERITS (public.items);
ALTER TABLE ONLY public.items_old ALTER COLUMN payload SET STORAGE MAIN;
CREATE TABLE public.logs (at date NOT NULL, line text) PARTITION BY RANGE (at);
CREATE TABLE public.logs_2026 PARTITION OF public.logs FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE ONLY public.logs_2026 ALTER COLUMN line SET STORAGE EXTERNAL;
