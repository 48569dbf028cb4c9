-- a table is dropped and its OWNED BY sequence goes with it, but a table in another schema still uses that sequence in a default: that default must be dropped first
-- expect-hazards: deletes-data
-- @before
CREATE SCHEMA app;
CREATE SEQUENCE app.ticket_seq;
CREATE TABLE app.tickets (id bigint PRIMARY KEY DEFAULT nextval('app.ticket_seq'));
ALTER SEQUENCE app.ticket_seq OWNED BY app.tickets.id;
CREATE TABLE public.ticket_archive (id bigint PRIMARY KEY DEFAULT nextval('app.ticket_seq'), archived_at timestamptz);
-- @after
CREATE SCHEMA app;
CREATE TABLE public.ticket_archive (id bigint PRIMARY KEY, archived_at timestamptz);
