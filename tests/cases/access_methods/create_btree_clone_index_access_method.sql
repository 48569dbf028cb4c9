-- a new index access method on the btree handler (CREATE ACCESS METHOD myidx TYPE INDEX HANDLER bthandler) with an operator class but no index (btree code refuses to build indexes for any other AM oid)
-- @before
-- @after
CREATE ACCESS METHOD myidx TYPE INDEX HANDLER bthandler;
CREATE OPERATOR CLASS public.int4_myidx_ops DEFAULT FOR TYPE int4 USING myidx AS
    OPERATOR 1 < , OPERATOR 2 <= , OPERATOR 3 = , OPERATOR 4 >= , OPERATOR 5 > , FUNCTION 1 btint4cmp(int4, int4);
