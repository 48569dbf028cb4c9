-- Constraints that check every row under their lock.

-- fire: a check without NOT VALID
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_positive CHECK (balance >= 0);

-- fire: a foreign key without NOT VALID, quoted and schema-qualified
alter table "Ledger"."Entries" add constraint entries_account_fk foreign key ("AccountId") references "Ledger"."Accounts" ("Id");

-- fire: a column, its foreign key NOT VALID and the validation in one BEGIN block
BEGIN;
ALTER TABLE shipments ADD COLUMN carrier_id bigint;
ALTER TABLE shipments ADD CONSTRAINT shipments_carrier_fk FOREIGN KEY (carrier_id) REFERENCES carriers (id) NOT VALID;
ALTER TABLE shipments VALIDATE CONSTRAINT shipments_carrier_fk;
COMMIT;

-- fire: NOT VALID and VALIDATE inside one DO block, which runs as one statement
DO $$
BEGIN
  ALTER TABLE invoices ADD CONSTRAINT invoices_amount_positive CHECK (amount > 0) NOT VALID;
  ALTER TABLE invoices VALIDATE CONSTRAINT invoices_amount_positive;
END
$$;

-- fire: both inside one explicit block
-- pgshift:no-transaction
BEGIN;
ALTER TABLE emails ADD CONSTRAINT emails_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
ALTER TABLE emails VALIDATE CONSTRAINT emails_user_fk;
COMMIT;

-- fire: unnamed check in a multi-command ALTER TABLE with ONLY
ALTER TABLE ONLY shipments ADD COLUMN weight numeric, ADD CHECK (weight > 0);

-- fire: NOT NULL table constraint (PostgreSQL 18)
ALTER TABLE users ADD CONSTRAINT users_email_nn NOT NULL email;

-- fire: inside a DO block
DO $$ BEGIN ALTER TABLE IF EXISTS invoices ADD CONSTRAINT invoices_due CHECK (due_at > issued_at); END $$;

-- ok: NOT VALID, validated by a later migration
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_positive CHECK (balance >= 0) NOT VALID;

-- ok: validating a constraint added by an earlier migration
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_balance_positive;

-- ok: NOT VALID and VALIDATE in separate transactions of a no-transaction file
-- pgshift:no-transaction
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;

-- ok: NOT VALID then VALIDATE in a file of their own: pgshift runs it statement by statement
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;

-- ok: a new column, its foreign key NOT VALID and the validation, each committing on its own
SET lock_timeout = '2s';
ALTER TABLE payments ADD COLUMN payer_id bigint;
ALTER TABLE payments ADD CONSTRAINT payments_payer_fk FOREIGN KEY (payer_id) REFERENCES payers (id) NOT VALID;
ALTER TABLE public.payments VALIDATE CONSTRAINT payments_payer_fk;

-- ok: NOT VALID committed in one block, validated in the next
BEGIN;
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
COMMIT;
BEGIN;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
COMMIT;

-- ok: a check on a table created in the same file
CREATE TABLE limits (max_items integer);
ALTER TABLE limits ADD CONSTRAINT limits_positive CHECK (max_items > 0);

-- fire: a check written on a new column is checked against every row (and cannot be NOT VALID)
ALTER TABLE products ADD COLUMN discount numeric CHECK (discount BETWEEN 0 AND 1);

-- ok: the column first, its check NOT VALID
ALTER TABLE products ADD COLUMN discount numeric;
ALTER TABLE products ADD CONSTRAINT products_discount_range CHECK (discount BETWEEN 0 AND 1) NOT VALID;

-- ok: a unique constraint attached from an index
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;
