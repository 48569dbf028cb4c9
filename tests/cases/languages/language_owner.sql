-- a language changes owner: ALTER LANGUAGE ... OWNER TO
-- diff-options: owners
-- @before
DO $$ BEGIN CREATE ROLE lang_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE LANGUAGE plfoo HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
-- @after
DO $$ BEGIN CREATE ROLE lang_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE LANGUAGE plfoo HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
ALTER LANGUAGE plfoo OWNER TO lang_owner;
