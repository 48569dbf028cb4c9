-- a procedural language made from the built-in plpgsql handlers (no extension): CREATE LANGUAGE with HANDLER, INLINE and VALIDATOR; rollback drops it
-- @before
-- @after
CREATE LANGUAGE plfoo HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
