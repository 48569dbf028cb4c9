-- DROP SEQUENCE of existing sequences.

-- fire: plain
DROP SEQUENCE invoice_numbers;

-- fire: IF EXISTS, CASCADE
drop sequence if exists order_seq cascade;

-- fire: schema-qualified, several
DROP SEQUENCE app.ticket_seq, app.batch_seq;

-- fire: quoted
DROP SEQUENCE "InvoiceSeq";

-- fire: inside a DO block
DO $$ BEGIN DROP SEQUENCE IF EXISTS legacy_ids; END $$;

-- ok: a sequence created in the same file
CREATE SEQUENCE tmp_seq;
DROP SEQUENCE tmp_seq;

-- ok: a schema-qualified sequence created here
CREATE SEQUENCE IF NOT EXISTS app.tmp_seq;
DROP SEQUENCE app.tmp_seq;

-- ok: creating a sequence
CREATE SEQUENCE IF NOT EXISTS receipt_numbers;

-- ok: changing a sequence
ALTER SEQUENCE receipt_numbers INCREMENT BY 2;

-- ok: dropping a view
DROP VIEW IF EXISTS unused_view;
