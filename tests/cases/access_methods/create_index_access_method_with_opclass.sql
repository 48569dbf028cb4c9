-- a new index access method on the hash handler, a default operator class for it and an index using it: access method, operator class, then the index (USING myidx); rollback in reverse. (A btree clone, HANDLER bthandler, cannot build indexes: btree code checks for its own AM oid.)
-- @before
CREATE TABLE public.events (id int PRIMARY KEY, seq int NOT NULL);
-- @after
CREATE TABLE public.events (id int PRIMARY KEY, seq int NOT NULL);
CREATE ACCESS METHOD myidx TYPE INDEX HANDLER hashhandler;
CREATE OPERATOR CLASS public.int4_myidx_ops DEFAULT FOR TYPE int4 USING myidx AS OPERATOR 1 = , FUNCTION 1 hashint4(int4);
CREATE INDEX events_seq_myidx ON public.events USING myidx (seq);
