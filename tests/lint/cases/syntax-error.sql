-- Statements PostgreSQL cannot parse (always blocking).

-- fire: a misspelled keyword
CREATE TABEL users (id bigint);

-- fire: garbage after a valid statement
SELECT 1;
this is not sql;

-- fire: an unterminated string
INSERT INTO notes (body) VALUES ('never closed);

-- fire: an unterminated dollar-quoted body
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1;

-- fire: a bad statement after a function with a BEGIN ATOMIC body
CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;
ALTER TABLE users ADD COLUMN;

-- fire: a psql meta-command pgshift cannot run
SELECT 1;
\connect otherdb
SELECT 2;

-- ok: a BEGIN ATOMIC body with semicolons
CREATE FUNCTION h() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;

-- ok: dollar-quoted bodies with semicolons and quotes
CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  NEW.updated_at := now(); -- it's fine
  RETURN NEW;
END
$body$;

-- ok: strings with doubled quotes and escapes
INSERT INTO notes (body) VALUES ('it''s fine'), (E'line\nbreak');

-- ok: psql variables pgshift ignores
\set ON_ERROR_STOP on
SELECT 1;

-- ok: comments only around a statement
/* a /* nested */ comment */
SELECT 1; -- trailing

-- fire: a DO block whose PL/pgSQL body does not parse
DO $$ BEGIN UPDTE accounts SET flagged = true; END $$;

-- fire: a PL/pgSQL function body that does not parse (checked when it is created)
CREATE FUNCTION app.touch() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1 END $$;

-- fire: a SQL function body given as a string
CREATE FUNCTION app.total() RETURNS bigint LANGUAGE sql AS 'SELECT sum(amount) FRM payments';

-- ok: body checks turned off, as pg_dump output does (the body is parsed when first called)
SET check_function_bodies = false;
CREATE FUNCTION app.later() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1 END $$;

-- ok: a DO block declaring a variable of a schema-qualified type
DO $$ DECLARE r app.account_role; BEGIN PERFORM 1; END $$;
