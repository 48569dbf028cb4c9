-- two rules change their firing mode: one becomes ENABLE REPLICA RULE, the other ENABLE ALWAYS RULE (ev_enabled R and A)
-- @before
CREATE TABLE public.accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE TABLE public.account_changes (account_id int, note text);
CREATE RULE accounts_note_insert AS ON INSERT TO public.accounts DO ALSO INSERT INTO public.account_changes VALUES (NEW.id, 'created');
CREATE RULE accounts_note_delete AS ON DELETE TO public.accounts DO ALSO INSERT INTO public.account_changes VALUES (OLD.id, 'deleted');
-- @after
CREATE TABLE public.accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE TABLE public.account_changes (account_id int, note text);
CREATE RULE accounts_note_insert AS ON INSERT TO public.accounts DO ALSO INSERT INTO public.account_changes VALUES (NEW.id, 'created');
CREATE RULE accounts_note_delete AS ON DELETE TO public.accounts DO ALSO INSERT INTO public.account_changes VALUES (OLD.id, 'deleted');
ALTER TABLE public.accounts ENABLE REPLICA RULE accounts_note_insert;
ALTER TABLE public.accounts ENABLE ALWAYS RULE accounts_note_delete;
