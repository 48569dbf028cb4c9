-- a new table access method reusing the built-in heap handler: CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler (superuser only, not schema-qualified)
-- @before
-- @after
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
