-- a trusted language: USAGE taken from PUBLIC and given to one role (GRANT and REVOKE ... ON LANGUAGE; PostgreSQL refuses them on untrusted languages)
-- @before
DO $$ BEGIN CREATE ROLE lang_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TRUSTED LANGUAGE plfoo HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
-- @after
DO $$ BEGIN CREATE ROLE lang_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TRUSTED LANGUAGE plfoo HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
REVOKE USAGE ON LANGUAGE plfoo FROM PUBLIC;
GRANT USAGE ON LANGUAGE plfoo TO lang_user;
