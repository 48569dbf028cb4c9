-- Foreign keys added to existing tables without NOT VALID.

-- fire: named foreign key
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);

-- fire: unnamed, quoted and schema-qualified
alter table "Sales"."Orders" add foreign key ("CustomerId") references "Sales"."Customers" ("Id") on delete cascade;

-- fire: REFERENCES written on a new column with a default (every row is checked)
ALTER TABLE comments ADD COLUMN author_id bigint NOT NULL DEFAULT 0 REFERENCES users (id);

-- fire: multi-command ALTER TABLE inside an explicit transaction
-- pgshift:no-transaction
BEGIN;
ALTER TABLE payments
    ADD COLUMN invoice_id bigint,
    ADD CONSTRAINT payments_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoices (id);
COMMIT;

-- fire: ONLY and IF EXISTS inside a DO block
DO $$
BEGIN
  ALTER TABLE IF EXISTS ONLY measurements ADD CONSTRAINT measurements_sensor_fk FOREIGN KEY (sensor_id) REFERENCES sensors (id) DEFERRABLE;
END
$$;

-- ok: NOT VALID, validated by a later migration
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;

-- ok: validating a foreign key added by an earlier migration
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;

-- ok: foreign keys in CREATE TABLE
CREATE TABLE order_notes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id),
    author_id bigint,
    CONSTRAINT order_notes_author_fk FOREIGN KEY (author_id) REFERENCES users (id)
);

-- ok: a foreign key added to a table created in the same file
create table app.memberships (user_id bigint not null, team_id bigint not null);
alter table app.memberships add constraint memberships_team_fk foreign key (team_id) references app.teams (id);

-- ok: NOT VALID, then VALIDATE in the same plain file (each statement commits on its own)
ALTER TABLE reviews ADD CONSTRAINT reviews_product_fk FOREIGN KEY (product_id) REFERENCES products (id) NOT VALID;
ALTER TABLE reviews VALIDATE CONSTRAINT reviews_product_fk;

-- ok: NOT VALID in one block, VALIDATE after the commit
-- pgshift:no-transaction
BEGIN;
ALTER TABLE invoices ADD CONSTRAINT invoices_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
COMMIT;
ALTER TABLE invoices VALIDATE CONSTRAINT invoices_account_fk;
