-- a sequence a PL/pgSQL body calls nextval on, a domain, a composite type and a collation that only queries use are dropped for good: each drop warns that what uses it fails (PostgreSQL tracks none of those uses)
-- expect-hazards: deletes-data, breaks-clients
-- @before
CREATE SCHEMA billing;
CREATE SEQUENCE billing.ticket_no AS bigint START WITH 500;
CREATE DOMAIN billing.cents AS bigint CHECK (VALUE >= 0);
CREATE TYPE billing.money_pair AS (amount billing.cents, currency text);
CREATE COLLATION billing.plain_order (provider = libc, locale = 'C');
CREATE TABLE billing.tickets (id bigint PRIMARY KEY, label text);
CREATE FUNCTION billing.next_ticket() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
  RETURN nextval('billing.ticket_no');
END
$$;
-- @after
CREATE SCHEMA billing;
CREATE TABLE billing.tickets (id bigint PRIMARY KEY, label text);
CREATE FUNCTION billing.next_ticket() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
  RETURN nextval('billing.ticket_no');
END
$$;
