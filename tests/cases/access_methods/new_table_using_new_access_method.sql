-- a new table is created USING a new table access method: CREATE ACCESS METHOD before CREATE TABLE ... USING heap2; rollback drops the table then the access method
-- @before
CREATE SCHEMA app;
-- @after
CREATE SCHEMA app;
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE app.audit_log (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), entry jsonb) USING heap2;
