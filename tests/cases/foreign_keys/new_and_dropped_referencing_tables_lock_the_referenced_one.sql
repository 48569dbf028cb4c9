-- foreign keys that come and go with their tables still lock the table they reference, which stays in use: a new table's key blocks writes to it, a dropped table's or dropped key's removal locks it briefly; keys between new tables or to their own table lock nothing else
-- expect-hazards: acquires-share-row-exclusive-lock, acquires-access-exclusive-lock, deletes-data
-- @before
CREATE SCHEMA billing;
CREATE TABLE public.accounts (id bigint PRIMARY KEY, code text UNIQUE);
CREATE TABLE public.ledger (id bigint PRIMARY KEY, account_id bigint REFERENCES public.accounts (id));
CREATE TABLE public.tags (id bigint PRIMARY KEY, account_code text,
    CONSTRAINT tags_account_code_fkey FOREIGN KEY (account_code) REFERENCES public.accounts (code));
-- @after
CREATE SCHEMA billing;
CREATE TABLE public.accounts (id bigint PRIMARY KEY, code text UNIQUE);
CREATE TABLE public.tags (id bigint PRIMARY KEY, account_code text);
CREATE TABLE billing.payments (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES public.accounts (id) ON DELETE CASCADE,
    refund_of bigint REFERENCES billing.payments (id));
CREATE TABLE billing.payment_lines (payment_id bigint REFERENCES billing.payments (id), amount numeric);
