-- comments on a custom schema and a changed comment on schema public
-- @before
CREATE SCHEMA billing;
-- @after
CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'Everything money';
COMMENT ON SCHEMA public IS 'application objects';
