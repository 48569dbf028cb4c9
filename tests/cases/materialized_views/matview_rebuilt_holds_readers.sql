-- a materialized view whose query changes is dropped and filled again: readers wait on its ACCESS EXCLUSIVE lock until the plan commits, and the plan says so
-- expect-hazards: acquires-access-exclusive-lock
-- @before
CREATE SCHEMA "Ledger Ops";
CREATE TABLE "Ledger Ops".entries (id bigint PRIMARY KEY, account text NOT NULL, amount_cents bigint NOT NULL, voided boolean NOT NULL DEFAULT false);
CREATE MATERIALIZED VIEW "Ledger Ops"."Account Balances" AS
    SELECT account, sum(amount_cents) AS balance_cents FROM "Ledger Ops".entries GROUP BY account;
CREATE UNIQUE INDEX account_balances_account ON "Ledger Ops"."Account Balances" (account);
-- @after
CREATE SCHEMA "Ledger Ops";
CREATE TABLE "Ledger Ops".entries (id bigint PRIMARY KEY, account text NOT NULL, amount_cents bigint NOT NULL, voided boolean NOT NULL DEFAULT false);
CREATE MATERIALIZED VIEW "Ledger Ops"."Account Balances" AS
    SELECT account, sum(amount_cents) AS balance_cents, count(*) AS entry_count FROM "Ledger Ops".entries WHERE NOT voided GROUP BY account;
CREATE UNIQUE INDEX account_balances_account ON "Ledger Ops"."Account Balances" (account);
