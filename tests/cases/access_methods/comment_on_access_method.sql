-- a comment on a table access method and one on an index access method: COMMENT ON ACCESS METHOD
-- @before
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE ACCESS METHOD myidx TYPE INDEX HANDLER bthandler;
-- @after
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE ACCESS METHOD myidx TYPE INDEX HANDLER bthandler;
COMMENT ON ACCESS METHOD heap2 IS 'heap under another name, for tests';
COMMENT ON ACCESS METHOD myidx IS 'btree under another name';
