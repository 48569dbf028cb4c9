-- CREATE OR REPLACE of views, functions, procedures, aggregates, triggers and rules.

-- fire: a view
CREATE OR REPLACE VIEW active_users AS SELECT 1 AS id;

-- fire: a function
create or replace function calc_total(i int) returns int language sql as 'select i';

-- fire: a procedure
CREATE OR REPLACE PROCEDURE archive_orders() LANGUAGE sql AS 'select 1';

-- fire: schema-qualified view
CREATE OR REPLACE VIEW app.recent AS SELECT 1 AS id;

-- fire: inside a DO block
DO $$ BEGIN CREATE OR REPLACE VIEW legacy_totals AS SELECT 1 AS total; END $$;

-- fire: a trigger
CREATE OR REPLACE TRIGGER audit_orders AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION audit();

-- fire: a rule, schema-qualified table
create or replace rule protect_deletes as on delete to app.orders do instead nothing;

-- fire: an aggregate
CREATE OR REPLACE AGGREGATE total_of (int) (SFUNC = int4pl, STYPE = int);

-- ok: a trigger created earlier in the file
CREATE TRIGGER tmp_audit BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION audit();
CREATE OR REPLACE TRIGGER tmp_audit AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION audit();

-- ok: a plain rule
CREATE RULE tmp_protect AS ON DELETE TO orders DO INSTEAD NOTHING;

-- ok: a plain view
CREATE VIEW brand_new AS SELECT 1 AS id;

-- ok: a plain function
CREATE FUNCTION brand_new_fn() RETURNS int LANGUAGE sql AS 'select 1';

-- ok: a view created earlier in the file
CREATE VIEW tmp_v AS SELECT 1 AS a;
CREATE OR REPLACE VIEW tmp_v AS SELECT 1 AS a, 2 AS b;

-- ok: a function created earlier in the file
CREATE FUNCTION app.tmp_f() RETURNS int LANGUAGE sql AS 'select 1';
CREATE OR REPLACE FUNCTION app.tmp_f() RETURNS int LANGUAGE sql AS 'select 2';

-- ok: a materialized view
CREATE MATERIALIZED VIEW IF NOT EXISTS totals AS SELECT 1 AS t;
