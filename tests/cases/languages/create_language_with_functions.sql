-- a new language and functions written in it: the language after its handlers, the functions after the language; rollback drops the functions, then the language
-- @before
CREATE TABLE public.items (id int PRIMARY KEY, qty int NOT NULL);
-- @after
CREATE TABLE public.items (id int PRIMARY KEY, qty int NOT NULL);
CREATE LANGUAGE plfoo HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
CREATE FUNCTION public.total_qty() RETURNS bigint LANGUAGE plfoo STABLE AS $$ BEGIN RETURN (SELECT sum(qty) FROM public.items); END $$;
CREATE PROCEDURE public.bump(n int) LANGUAGE plfoo AS $$ BEGIN UPDATE public.items SET qty = qty + n; END $$;
